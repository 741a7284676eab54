package vn.chibo.quiz.bank;

import java.util.List;

import vn.chibo.handbook.HandbookSection;
import vn.chibo.handbook.HandbookTopic;
import vn.chibo.quiz.Question;

/** What one uploaded file holds, each item with where it was written (for problems found across files). */
record ParsedFile(String name, List<Located<HandbookTopic>> topics, List<Located<HandbookSection>> sections,
                  List<Located<Question>> questions) {

    record Located<T>(T item, Location at, Location topicAt, Location sectionAt) {

        static <T> Located<T> at(T item, Location at) {
            return new Located<>(item, at, at, at);
        }
    }
}
