package vn.chibo.quiz;

import java.util.List;

/**
 * A multiple-choice question as the bank holds it: options in the bank's order, {@code answer} the 0-based
 * indexes of the correct ones (ascending), the handbook section it rests on, and the file it came from.
 */
public record Question(String id, String topicId, String text, List<String> options, List<Integer> answer,
                       String explanation, String sectionId, Difficulty difficulty, String sourceFile) {

    public Question {
        options = List.copyOf(options);
        answer = answer.stream().sorted().toList();
    }

    public Question withTopic(String topic) {
        return new Question(id, topic, text, options, answer, explanation, sectionId, difficulty, sourceFile);
    }
}
