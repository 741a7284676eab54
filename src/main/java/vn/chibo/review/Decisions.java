package vn.chibo.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.common.InLists;
import vn.chibo.common.Outcome;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;

/**
 * The grades the superior committee decided (fact 62: the cell proposes, the committee above decides), for members
 * and for cells. Recording them tells each member theirs, privately; a grade already told is not told again.
 */
@Service
public class Decisions {

    /** One decided grade: {@code subjectKind} MEMBER or CELL. */
    public record Decision(String subjectKind, long subjectId, Grade grade) {
    }

    /** Why one decision of a batch was refused; {@code row} is its row in an uploaded file, else its place in the list. */
    public record Refusal(int row, String column, String key, Object value) {
    }

    private final JdbcClient jdbc;
    private final Organization organization;
    private final ReviewNotices notices;
    private final Clock clock;

    Decisions(JdbcClient jdbc, Organization organization, ReviewNotices notices, Clock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * Records every decision, or none when one names a member or cell outside the round's committee; answers how
     * many were recorded.
     */
    @Transactional
    public Outcome<Integer, Refusal> decide(ReviewRound round, List<Decision> decisions) {
        OrgUnit committee = organization.unit(round.unitId()).orElseThrow();
        var refusals = new ArrayList<Refusal>();
        for (int i = 0; i < decisions.size(); i++) {
            Decision decision = decisions.get(i);
            boolean inside = Proposals.CELL.equals(decision.subjectKind())
                    ? organization.unit(decision.subjectId()).map(committee::covers).orElse(false)
                    : organization.member(decision.subjectId()).map(Member::unit).map(committee::covers).orElse(false);
            if (decision.grade() == null) {
                refusals.add(new Refusal(i + 1, "grade", "review.problem.grade", null));
            } else if (!inside) {
                refusals.add(new Refusal(i + 1, Proposals.CELL.equals(decision.subjectKind()) ? "cellId" : "memberId",
                        "review.problem.outside", decision.subjectId()));
            }
        }
        if (!refusals.isEmpty()) {
            return Outcome.refused(refusals);
        }
        for (Decision decision : decisions) {
            jdbc.sql("DELETE FROM review_grade WHERE round_id = ? AND subject_kind = ? AND subject_id = ?")
                    .params(round.id(), decision.subjectKind(), decision.subjectId()).update();
            jdbc.sql("INSERT INTO review_grade (round_id, subject_kind, subject_id, grade, decided_at) VALUES (?, ?, ?, ?, ?)")
                    .params(round.id(), decision.subjectKind(), decision.subjectId(), decision.grade().name(), clock.millis())
                    .update();
            if (Proposals.MEMBER.equals(decision.subjectKind())) {
                notices.graded(round, decision.subjectId(), decision.grade());
            }
        }
        return Outcome.done(decisions.size());
    }

    public Map<Long, Grade> of(ReviewRound round, String kind, Collection<Long> subjectIds) {
        var grades = new HashMap<Long, Grade>();
        InLists.forEachSlice(subjectIds, slice -> jdbc.sql("""
                        SELECT subject_id, grade FROM review_grade WHERE round_id = :round AND subject_kind = :kind
                        AND subject_id IN (:ids)""")
                .param("round", round.id()).param("kind", kind).param("ids", slice)
                .query((rs, n) -> grades.put(rs.getLong(1), Grade.valueOf(rs.getString(2)))).list());
        return grades;
    }

    public Optional<Grade> ofCell(ReviewRound round, long cellId) {
        return Optional.ofNullable(of(round, Proposals.CELL, List.of(cellId)).get(cellId));
    }
}
