package vn.chibo.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.common.Outcome;
import vn.chibo.organization.Exemptions;
import vn.chibo.organization.Member;
import vn.chibo.organization.MemberStatus;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.organization.Role;
import vn.chibo.text.VietnameseText;

/**
 * Who a round reviews in a cell: its members by the frame's rules (fact 51: probationary members in, members exempted
 * from work and meetings out, members admitted less than six months before out), then the secretary's moves in or
 * out with a reason. Listed in the order the cell reviews them (fact 61): the cell's leaders first, then its members.
 */
@Service
public class ReviewSubjects {

    static final int MAX_REASON = 500;

    /**
     * A member of the cell and whether the round reviews them; {@code ruleKey} is the rule that leaves them out
     * (a message key), {@code placedReason} the secretary's reason where they moved the member.
     */
    public record Subject(Member member, boolean included, String ruleKey, String placedReason) {
    }

    private final JdbcClient jdbc;
    private final Organization organization;
    private final Exemptions exemptions;
    private final Clock clock;

    ReviewSubjects(JdbcClient jdbc, Organization organization, Exemptions exemptions, Clock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.exemptions = exemptions;
        this.clock = clock;
    }

    public List<Subject> of(ReviewRound round, OrgUnit cell, ReviewFrame frame) {
        List<Member> members = organization.membersOf(cell).stream().filter(member -> member.role() != Role.ADMIN)
                .sorted(Comparator.comparing((Member member) -> member.role() == Role.SECRETARY ? 0
                        : member.role() == Role.DEPUTY ? 1 : 2).thenComparing(member -> VietnameseText.fold(member.fullName())))
                .toList();
        List<Long> ids = members.stream().map(Member::id).toList();
        Map<Long, LocalDate> joined = organization.joinedOn(ids);
        Map<Long, Placement> placed = placements(round, ids);
        var calendar = exemptions.calendar();
        LocalDate day = round.selfReviewDue();
        var subjects = new ArrayList<Subject>();
        for (Member member : members) {
            String rule = null;
            if (!frame.exemptReviewed() && calendar.exempt(member.id(), day)) {
                rule = "review.out.exempt";
            } else if (!frame.probationaryReviewed() && member.status() == MemberStatus.PROBATIONARY) {
                rule = "review.out.probationary";
            } else if (joined.containsKey(member.id())
                    && joined.get(member.id()).plusMonths(frame.monthsSinceJoining()).isAfter(day)) {
                rule = "review.out.new";
            }
            Placement placement = placed.get(member.id());
            boolean included = placement != null ? placement.included() : rule == null;
            subjects.add(new Subject(member, included, rule, placement == null ? null : placement.reason()));
        }
        return subjects;
    }

    /** The members the round reviews in the cell, in the order of the meeting. */
    public List<Member> reviewed(ReviewRound round, OrgUnit cell, ReviewFrame frame) {
        return of(round, cell, frame).stream().filter(Subject::included).map(Subject::member).toList();
    }

    /** The secretary moves a member in or out of the round; the reason is required and kept. */
    @Transactional
    public Outcome<Boolean, String> place(ReviewRound round, Member member, boolean included, String reason, Long by) {
        String kept = reason == null ? "" : VietnameseText.tidy(reason);
        if (kept.isEmpty() || kept.length() > MAX_REASON) {
            return Outcome.refused("review.problem.reason");
        }
        jdbc.sql("DELETE FROM review_placement WHERE round_id = ? AND member_id = ?").params(round.id(), member.id()).update();
        jdbc.sql("INSERT INTO review_placement (round_id, member_id, included, reason, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(round.id(), member.id(), included, kept, by, clock.millis()).update();
        return Outcome.done(included);
    }

    private record Placement(boolean included, String reason) {
    }

    private Map<Long, Placement> placements(ReviewRound round, Collection<Long> ids) {
        var placed = new HashMap<Long, Placement>();
        if (ids.isEmpty()) {
            return placed;
        }
        jdbc.sql("SELECT member_id, included, reason FROM review_placement WHERE round_id = :round AND member_id IN (:ids)")
                .param("round", round.id()).param("ids", ids)
                .query((rs, n) -> placed.put(rs.getLong(1), new Placement(rs.getBoolean(2), rs.getString(3)))).list();
        return placed;
    }
}
