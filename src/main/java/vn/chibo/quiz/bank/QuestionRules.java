package vn.chibo.quiz.bank;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

import vn.chibo.text.VietnameseText;

/**
 * The limits a question must keep to be asked on every platform; Telegram's quiz polls are the tightest
 * (question 300, option 100, explanation 200 characters with at most 2 line breaks, up to 12 options).
 */
final class QuestionRules {

    static final int MAX_TEXT = 300;
    static final int MAX_OPTION = 100;
    static final int MAX_EXPLANATION = 200;
    static final int MAX_EXPLANATION_LINE_BREAKS = 2;
    static final int MIN_OPTIONS = 2;
    static final int MAX_OPTIONS = 6;
    static final String LETTERS = "ABCDEF";

    private QuestionRules() {
    }

    /** The checks a JSON Schema cannot make: answers among the options, distinct options, line breaks. */
    static void checkMeaning(List<String> options, List<Integer> answer, String explanation, Location answerAt,
                             Location optionsAt, Location explanationAt, Problems problems) {
        for (int index : answer) {
            if (index >= options.size()) {
                problems.at(answerAt, "quizBank.problem.answerNotAnOption", LETTERS.charAt(index), options.size());
            }
        }
        var seen = new HashSet<String>();
        for (String option : options) {
            if (!seen.add(VietnameseText.fold(option))) {
                problems.at(optionsAt, "quizBank.problem.optionTwice", option);
            }
        }
        if (explanation != null && explanation.chars().filter(c -> c == '\n').count() > MAX_EXPLANATION_LINE_BREAKS) {
            problems.at(explanationAt, "quizBank.problem.explanationLines", MAX_EXPLANATION_LINE_BREAKS);
        }
    }

    /** The limits the schema states, for formats that have no schema (Excel, Aiken). */
    static void checkLengths(String text, List<String> options, String explanation, Location textAt,
                             Location optionsAt, Location explanationAt, Problems problems) {
        if (text.isBlank()) {
            problems.at(textAt, "quizBank.problem.missing", problems.text("quizBank.field.text"));
        } else if (text.length() > MAX_TEXT) {
            problems.at(textAt, "quizBank.problem.tooLong", problems.text("quizBank.field.text"), text.length(), MAX_TEXT);
        }
        if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            problems.at(optionsAt, "quizBank.problem.optionCount", options.size(), MIN_OPTIONS, MAX_OPTIONS);
        }
        for (String option : options) {
            if (option.length() > MAX_OPTION) {
                problems.at(optionsAt, "quizBank.problem.tooLong", problems.text("quizBank.field.option"),
                        option.length(), MAX_OPTION);
            }
        }
        if (explanation.isBlank()) {
            problems.at(explanationAt, "quizBank.problem.missing", problems.text("quizBank.field.explanation"));
        } else if (explanation.length() > MAX_EXPLANATION) {
            problems.at(explanationAt, "quizBank.problem.tooLong", problems.text("quizBank.field.explanation"),
                    explanation.length(), MAX_EXPLANATION);
        }
    }

    /** "B", "A, C", "a;c", "A C" to 0-based indexes; empty when any part is no letter A–F. */
    static Optional<List<Integer>> letters(String written) {
        String[] parts = written.strip().toUpperCase(Locale.ROOT).split("[\\s,;]+");
        var indexes = new TreeSet<Integer>();
        for (String part : parts) {
            if (part.length() != 1 || LETTERS.indexOf(part.charAt(0)) < 0) {
                return Optional.empty();
            }
            indexes.add(LETTERS.indexOf(part.charAt(0)));
        }
        return indexes.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(indexes));
    }
}
