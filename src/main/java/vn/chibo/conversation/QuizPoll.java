package vn.chibo.conversation;

import java.util.List;

/**
 * A quiz question a platform may show natively (Telegram's quiz polls). The message that carries it keeps its
 * text and buttons as the form every other platform shows. Choosing options {@code i, j} (0-based, as shown)
 * counts as sending {@code answerPrefix + " " + (i+1) + "," + (j+1)}.
 */
public record QuizPoll(String header, String question, List<String> options, List<Integer> correctOptions,
                       String explanation, int openSeconds, String answerPrefix) {

    public QuizPoll {
        options = List.copyOf(options);
        correctOptions = List.copyOf(correctOptions);
    }
}
