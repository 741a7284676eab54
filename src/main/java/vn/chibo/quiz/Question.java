package vn.chibo.quiz;

import java.util.List;

/**
 * A multiple-choice question as the bank holds it: options in the bank's order, {@code answer} the 0-based
 * indexes of the correct ones (ascending), the handbook section it rests on, the file it came from, and the
 * numbers of the facts in the bank's fact sheet it rests on ("4", "26b"; empty where a file names none).
 */
public record Question(String id, String topicId, String text, List<String> options, List<Integer> answer,
                       String explanation, String sectionId, Difficulty difficulty, String sourceFile,
                       List<String> facts) {

    public Question {
        options = List.copyOf(options);
        answer = answer.stream().sorted().toList();
        facts = List.copyOf(facts);
    }

    public Question withTopic(String topic) {
        return new Question(id, topic, text, options, answer, explanation, sectionId, difficulty, sourceFile, facts);
    }
}
