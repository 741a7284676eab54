package vn.chibo.quiz.bank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.chibo.handbook.HandbookSection;
import vn.chibo.handbook.HandbookTopic;
import vn.chibo.quiz.BankUpload;
import vn.chibo.quiz.Question;

/**
 * Reads uploaded bank files of any kind and puts them together with the bank as it stands: a file replaces
 * the one of the same name, the others stay. Everything is checked across files before anything is kept.
 */
public final class BankFiles {

    /** A whole bank: topics, sections and questions, each knowing the file it came from. */
    public record Content(List<HandbookTopic> topics, List<HandbookSection> sections, List<Question> questions) {
    }

    /**
     * A YAML or Aiken file is read whole into memory: 2 MB holds thousands of questions, and keeps well under the
     * YAML reader's own limit, past which it would only say the file is not YAML.
     */
    static final int MAX_TEXT_FILE_BYTES = 2 * 1024 * 1024;
    private static final int MEGABYTE = 1024 * 1024;

    private BankFiles() {
    }

    /**
     * The bank after these uploads, without what came from the {@code dropped} files, or every problem found
     * in them (then {@code problems.any()} is true and the result must not be kept).
     */
    public static Content merge(Content current, List<BankUpload> uploads, List<String> dropped, Problems problems) {
        var parsed = new ArrayList<ParsedFile>();
        for (BankUpload upload : uploads) {
            if (upload.format() != BankUpload.Format.EXCEL && upload.content().length > MAX_TEXT_FILE_BYTES) {
                problems.at(Location.file(upload.fileName()), "quizBank.problem.tooLarge",
                        upload.content().length / (double) MEGABYTE, MAX_TEXT_FILE_BYTES / MEGABYTE);
                continue;
            }
            parsed.add(switch (upload.format()) {
                case YAML -> YamlBankFile.parse(upload.fileName(), upload.content(), problems);
                case EXCEL -> ExcelBankFile.parse(upload.fileName(), upload.content(), problems);
                case AIKEN -> AikenBankFile.parse(upload.fileName(), upload.content(), problems);
            });
        }
        var replaced = new ArrayList<>(dropped);
        uploads.forEach(upload -> replaced.add(upload.fileName()));
        Map<String, ParsedFile.Located<HandbookTopic>> topics = new LinkedHashMap<>();
        Map<String, ParsedFile.Located<HandbookSection>> sections = new LinkedHashMap<>();
        Map<String, ParsedFile.Located<Question>> questions = new LinkedHashMap<>();
        keep(current.topics(), HandbookTopic::sourceFile, HandbookTopic::id, replaced, topics);
        keep(current.sections(), HandbookSection::sourceFile, HandbookSection::id, replaced, sections);
        keep(current.questions(), Question::sourceFile, Question::id, replaced, questions);
        for (ParsedFile file : parsed) {
            add(file.topics(), HandbookTopic::id, topics, "quizBank.problem.duplicateTopic", problems);
            add(file.sections(), HandbookSection::id, sections, "quizBank.problem.duplicateSection", problems);
            add(file.questions(), Question::id, questions, "quizBank.problem.duplicateQuestion", problems);
        }
        for (var section : sections.values()) {
            if (!topics.containsKey(section.item().topicId())) {
                problems.at(section.topicAt(), "quizBank.problem.unknownTopic", section.item().topicId());
            }
        }
        var resolved = new ArrayList<Question>();
        for (var located : questions.values()) {
            Question question = located.item();
            var section = sections.get(question.sectionId());
            if (section == null) {
                problems.at(located.sectionAt(), "quizBank.problem.unknownSection", question.sectionId(), question.id());
                continue;
            }
            if (question.topicId() == null) {
                question = question.withTopic(section.item().topicId());
            } else if (!topics.containsKey(question.topicId())) {
                problems.at(located.topicAt(), "quizBank.problem.unknownTopic", question.topicId());
            }
            resolved.add(question);
        }
        ReplacedDocuments.of(sections.values().stream().map(ParsedFile.Located::item).toList())
                .check(questions.values(), sections.values(), problems);
        return new Content(topics.values().stream().map(ParsedFile.Located::item).toList(),
                sections.values().stream().map(ParsedFile.Located::item).toList(), resolved);
    }

    /** The question sheet to fill in, listing the sections of the bank as it stands. */
    public static byte[] excelTemplate(Content current, Problems texts) {
        return ExcelBankTemplate.write(current.topics(), current.sections(), texts);
    }

    private static <T> void keep(List<T> items, Function<T, String> file,
                                 Function<T, String> id, List<String> replaced,
                                 Map<String, ParsedFile.Located<T>> into) {
        for (T item : items) {
            if (!replaced.contains(file.apply(item))) {
                Location at = Location.file(file.apply(item));
                into.put(id.apply(item), new ParsedFile.Located<>(item, at, at, at));
            }
        }
    }

    private static <T> void add(List<ParsedFile.Located<T>> items, Function<T, String> id, Map<String, ParsedFile.Located<T>> into,
                                String duplicateKey, Problems problems) {
        for (var located : items) {
            String key = id.apply(located.item());
            var earlier = into.get(key);
            if (earlier != null) {
                Location first = earlier.at();
                problems.at(located.at(), duplicateKey, key, first.line() == null ? first.file()
                        : first.file() + ":" + first.line());
                continue;
            }
            into.put(key, located);
        }
    }
}
