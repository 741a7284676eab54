package vn.chibo.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A member's self-review in a round: the form, the answer to each item, the self-score per criteria group, the
 * answers to the cases that force "không hoàn thành", the proposed grade and the answers to its conditions. Lists hold
 * null where nothing is answered yet. {@code filledBy} is the secretary who filled it for the member, if one did.
 */
public record SelfReview(long roundId, long memberId, String form, List<String> answers, List<Integer> scores,
                         List<Boolean> failCases, Grade grade, List<Boolean> conditions, State state, Long filledBy,
                         Instant submittedAt) {

    public enum State { NOT_STARTED, DRAFT, SUBMITTED }

    public SelfReview {
        answers = Collections.unmodifiableList(new ArrayList<>(answers));
        scores = Collections.unmodifiableList(new ArrayList<>(scores));
        failCases = Collections.unmodifiableList(new ArrayList<>(failCases));
        conditions = Collections.unmodifiableList(new ArrayList<>(conditions));
    }

    /** An empty review sized for the frame. */
    static SelfReview empty(long roundId, long memberId, ReviewFrame frame) {
        return new SelfReview(roundId, memberId, frame.defaultForm(), nulls(frame.items().size()),
                nulls(frame.groups().size()), nulls(frame.failCases().size()), null, List.of(), State.NOT_STARTED, null, null);
    }

    static <T> List<T> nulls(int size) {
        return new ArrayList<>(Collections.nCopies(size, null));
    }

    public int total() {
        return scores.stream().filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
    }

    public boolean submitted() {
        return state == State.SUBMITTED;
    }

    /** Whether any case that forces "không hoàn thành nhiệm vụ" was answered yes. */
    public boolean failCase() {
        return failCases.stream().anyMatch(Boolean.TRUE::equals);
    }

    SelfReview with(String newForm, List<String> newAnswers, List<Integer> newScores, List<Boolean> newFailCases,
                    Grade newGrade, List<Boolean> newConditions) {
        return new SelfReview(roundId, memberId, newForm, newAnswers, newScores, newFailCases, newGrade, newConditions,
                state == State.NOT_STARTED ? State.DRAFT : state, filledBy, submittedAt);
    }
}
