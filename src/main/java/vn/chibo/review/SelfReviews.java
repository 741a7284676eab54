package vn.chibo.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.common.InLists;
import vn.chibo.common.Outcome;

/**
 * Self-reviews as they are kept: a draft saved at every answer, submitted once everything is answered and the grade
 * stands, reopened by the secretary when it must change. A secretary may fill one for a member who answers by phone
 * or on paper; the review then names them.
 */
@Service
public class SelfReviews {

    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };
    private static final TypeReference<List<Integer>> NUMBERS = new TypeReference<>() {
    };
    private static final TypeReference<List<Boolean>> ANSWERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    SelfReviews(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** The member's review in the round, empty and sized for the frame when none was started. */
    public SelfReview of(ReviewRound round, long memberId, ReviewFrame frame) {
        return stored(round.id(), memberId).map(review -> fitted(review, frame))
                .orElseGet(() -> SelfReview.empty(round.id(), memberId, frame));
    }

    /** The reviews started in the round by these members. */
    public Map<Long, SelfReview> of(ReviewRound round, Collection<Long> memberIds) {
        var found = new HashMap<Long, SelfReview>();
        InLists.forEachSlice(memberIds, slice -> jdbc.sql("SELECT * FROM self_review WHERE round_id = :round AND member_id IN (:ids)")
                .param("round", round.id()).param("ids", slice).query(this::row).list()
                .forEach(review -> found.put(review.memberId(), review)));
        return found;
    }

    /** The next step of the chat answered; refused when the input does not answer it or the review is submitted. */
    @Transactional
    public Outcome<SelfReview, ReviewProblem> answer(ReviewRound round, long memberId, ReviewFrame frame, String input) {
        SelfReview review = of(round, memberId, frame);
        if (review.submitted()) {
            return Outcome.refused(ReviewProblem.of("review.refused.submitted"));
        }
        Outcome<SelfReview, ReviewProblem> answered = SelfReviewSteps.answer(frame, review, input);
        if (answered instanceof Outcome.Done<SelfReview, ReviewProblem> done) {
            save(done.value(), null);
        }
        return answered;
    }

    /** A draft as the web form sends it, whole; a submitted review is not changed. */
    @Transactional
    public Outcome<SelfReview, ReviewProblem> saveDraft(SelfReview draft, Long filledBy) {
        if (stored(draft.roundId(), draft.memberId()).map(SelfReview::submitted).orElse(false)) {
            return Outcome.refused(ReviewProblem.of("review.refused.submitted"));
        }
        if (draft.answers().stream().anyMatch(answer -> answer != null && answer.length() > SelfReviewSteps.MAX_ANSWER)) {
            return Outcome.refused(ReviewProblem.of("review.refused.answer", SelfReviewSteps.MAX_ANSWER));
        }
        SelfReview kept = draft.with(draft.form(), draft.answers(), draft.scores(), draft.failCases(), draft.grade(),
                draft.conditions());
        save(kept, filledBy);
        return Outcome.done(kept);
    }

    /** Submits the member's review when everything is answered and the grade stands. */
    @Transactional
    public Outcome<SelfReview, ReviewProblem> submit(ReviewRound round, long memberId, ReviewFrame frame, Long filledBy) {
        SelfReview review = of(round, memberId, frame);
        if (review.submitted()) {
            return Outcome.refused(ReviewProblem.of("review.refused.submitted"));
        }
        List<ReviewProblem> problems = SelfReviewSteps.check(frame, review);
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        jdbc.sql("UPDATE self_review SET state = ?, submitted_at = ?, filled_by = COALESCE(?, filled_by) WHERE round_id = ? AND member_id = ?")
                .params(SelfReview.State.SUBMITTED.name(), clock.millis(), filledBy, round.id(), memberId).update();
        return Outcome.done(of(round, memberId, frame));
    }

    /** The member starts again from the first item: what they wrote is dropped. */
    @Transactional
    public void restart(ReviewRound round, long memberId) {
        jdbc.sql("DELETE FROM self_review WHERE round_id = ? AND member_id = ? AND state <> ?")
                .params(round.id(), memberId, SelfReview.State.SUBMITTED.name()).update();
    }

    /** The secretary reopens a submitted review: a draft again, its answers kept. */
    @Transactional
    public boolean reopen(ReviewRound round, long memberId) {
        return jdbc.sql("UPDATE self_review SET state = ?, submitted_at = NULL WHERE round_id = ? AND member_id = ? AND state = ?")
                .params(SelfReview.State.DRAFT.name(), round.id(), memberId, SelfReview.State.SUBMITTED.name()).update() == 1;
    }

    private void save(SelfReview review, Long filledBy) {
        int changed = jdbc.sql("""
                        UPDATE self_review SET form = ?, answers = ?, scores = ?, conditions = ?, fail_cases = ?, grade = ?,
                            state = ?, filled_by = COALESCE(?, filled_by), updated_at = ?
                        WHERE round_id = ? AND member_id = ?""")
                .params(review.form(), json.writeValueAsString(review.answers()), json.writeValueAsString(review.scores()),
                        json.writeValueAsString(review.conditions()), json.writeValueAsString(review.failCases()),
                        review.grade() == null ? null : review.grade().name(), SelfReview.State.DRAFT.name(), filledBy,
                        clock.millis(), review.roundId(), review.memberId())
                .update();
        if (changed == 0) {
            jdbc.sql("""
                            INSERT INTO self_review (round_id, member_id, form, answers, scores, conditions, fail_cases, grade,
                                state, filled_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(review.roundId(), review.memberId(), review.form(), json.writeValueAsString(review.answers()),
                            json.writeValueAsString(review.scores()), json.writeValueAsString(review.conditions()),
                            json.writeValueAsString(review.failCases()), review.grade() == null ? null : review.grade().name(),
                            SelfReview.State.DRAFT.name(), filledBy, clock.millis())
                    .update();
        }
    }

    private Optional<SelfReview> stored(long roundId, long memberId) {
        return jdbc.sql("SELECT * FROM self_review WHERE round_id = ? AND member_id = ?").params(roundId, memberId)
                .query(this::row).optional();
    }

    /** A review kept under an older frame, its lists cut or padded to this frame's sizes. */
    private static SelfReview fitted(SelfReview review, ReviewFrame frame) {
        return new SelfReview(review.roundId(), review.memberId(), review.form(),
                sized(review.answers(), frame.items().size()), sized(review.scores(), frame.groups().size()),
                sized(review.failCases(), frame.failCases().size()), review.grade(),
                review.grade() == null ? List.of() : sized(review.conditions(), frame.conditions(review.grade()).size()),
                review.state(), review.filledBy(), review.submittedAt());
    }

    private static <T> List<T> sized(List<T> values, int size) {
        List<T> sized = SelfReview.nulls(size);
        for (int i = 0; i < Math.min(size, values.size()); i++) {
            sized.set(i, values.get(i));
        }
        return sized;
    }

    private SelfReview row(ResultSet rs, int n) throws SQLException {
        String grade = rs.getString("grade");
        long filledBy = rs.getLong("filled_by");
        Long filler = rs.wasNull() ? null : filledBy;
        long submitted = rs.getLong("submitted_at");
        Instant submittedAt = rs.wasNull() ? null : Instant.ofEpochMilli(submitted);
        return new SelfReview(rs.getLong("round_id"), rs.getLong("member_id"), rs.getString("form"),
                json.readValue(rs.getString("answers"), TEXTS), json.readValue(rs.getString("scores"), NUMBERS),
                json.readValue(rs.getString("fail_cases"), ANSWERS), grade == null ? null : Grade.valueOf(grade),
                json.readValue(rs.getString("conditions"), ANSWERS), SelfReview.State.valueOf(rs.getString("state")),
                filler, submittedAt);
    }
}
