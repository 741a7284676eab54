package vn.chibo.quiz;

import java.time.Instant;
import java.util.List;

/** A quiz set for a cell or a committee: the same questions for every member, one attempt each, a deadline. */
public record CellQuiz(long id, long unitId, long versionId, String topicId, List<String> questionIds,
                       int secondsPerQuestion, Instant deadline, long createdBy, Instant createdAt) {

    public CellQuiz {
        questionIds = List.copyOf(questionIds);
    }
}
