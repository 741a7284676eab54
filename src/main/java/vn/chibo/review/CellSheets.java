package vn.chibo.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.chibo.meeting.Meetings;
import vn.chibo.organization.MemberStatus;
import vn.chibo.organization.OrgUnit;
import vn.chibo.record.VoteResult;
import vn.chibo.record.Votes;

/**
 * A cell's review as one sheet: each member in the order of the meeting with whether they are reviewed (and why
 * not), their self-review's state, score and grade, the meeting's comments, vote and proposal, and the decided grade;
 * then the cell's own proposal, and the cap on "xuất sắc" counted over the proposals.
 */
@Service
public class CellSheets {

    /** One member's line. {@code outReason} says why a member is not reviewed. */
    public record Row(long memberId, String fullName, String phone, MemberStatus status, String role, boolean included,
                      String outReason, SelfReview.State state, boolean late, boolean filledBySecretary, String form,
                      Integer selfScore, Grade selfGrade, Grade proposed, List<String> comments, VoteResult vote,
                      Grade decided) {
    }

    public record CellSheet(long roundId, int year, long cellId, String cellName, int maximum, List<Row> rows,
                            Proposals.Proposal cellProposal, VoteResult cellVote, Grade cellDecided,
                            Proposals.CapCheck cap, int reviewed, int submitted, int proposed, int decided) {

        public List<Row> reviewedRows() {
            return rows.stream().filter(Row::included).toList();
        }
    }

    private final ReviewFrames frames;
    private final ReviewSubjects subjects;
    private final SelfReviews reviews;
    private final Proposals proposals;
    private final Decisions decisions;
    private final Votes votes;
    private final Meetings meetings;
    private final ReviewPrompts prompts;
    private final ReviewTexts texts;

    CellSheets(ReviewFrames frames, ReviewSubjects subjects, SelfReviews reviews, Proposals proposals, Decisions decisions,
               Votes votes, Meetings meetings, ReviewPrompts prompts, ReviewTexts texts) {
        this.meetings = meetings;
        this.frames = frames;
        this.subjects = subjects;
        this.reviews = reviews;
        this.proposals = proposals;
        this.decisions = decisions;
        this.votes = votes;
        this.prompts = prompts;
        this.texts = texts;
    }

    public CellSheet sheet(ReviewRound round, OrgUnit cell, Locale locale) {
        ReviewFrame frame = frames.of(round, locale);
        List<ReviewSubjects.Subject> all = subjects.of(round, cell, frame);
        List<Long> ids = all.stream().map(subject -> subject.member().id()).toList();
        Map<Long, SelfReview> started = reviews.of(round, ids);
        List<Proposals.Proposal> proposed = proposals.ofCell(round, cell);
        Map<Long, Proposals.Proposal> byMember = proposed.stream().filter(p -> Proposals.MEMBER.equals(p.subjectKind()))
                .collect(Collectors.toMap(Proposals.Proposal::subjectId, Function.identity()));
        Map<Long, Grade> decided = decisions.of(round, Proposals.MEMBER, ids);
        Map<Long, VoteResult> counted = votes(proposed, locale);
        var rows = new ArrayList<Row>();
        for (ReviewSubjects.Subject subject : all) {
            long id = subject.member().id();
            SelfReview review = started.get(id);
            Proposals.Proposal proposal = byMember.get(id);
            String outReason = subject.included() ? null
                    : subject.placedReason() != null ? subject.placedReason() : texts.text(locale, subject.ruleKey());
            rows.add(new Row(id, subject.member().fullName(), subject.member().phone(), subject.member().status(),
                    subject.member().role().name(), subject.included(), outReason,
                    review == null ? SelfReview.State.NOT_STARTED : review.state(),
                    review != null && prompts.late(round, review), review != null && review.filledBy() != null,
                    frame.formName(review == null ? frame.defaultForm() : review.form()),
                    review == null || review.state() == SelfReview.State.NOT_STARTED ? null : review.total(),
                    review == null ? null : review.grade(), proposal == null ? null : proposal.grade(),
                    proposal == null ? List.of() : proposal.comments(), vote(proposal, counted), decided.get(id)));
        }
        Optional<Proposals.Proposal> own = proposed.stream().filter(p -> Proposals.CELL.equals(p.subjectKind())).findFirst();
        List<Row> reviewedRows = rows.stream().filter(Row::included).toList();
        return new CellSheet(round.id(), round.year(), cell.id(), cell.name(), frame.maximum(), rows, own.orElse(null),
                vote(own.orElse(null), counted), decisions.ofCell(round, cell.id()).orElse(null),
                proposals.cap(frame, proposed),
                reviewedRows.size(), (int) reviewedRows.stream().filter(row -> row.state() == SelfReview.State.SUBMITTED).count(),
                (int) reviewedRows.stream().filter(row -> row.proposed() != null).count(),
                (int) reviewedRows.stream().filter(row -> row.decided() != null).count());
    }

    /** The votes of the proposals counted, each meeting's members with a vote read once for all its votes. */
    private Map<Long, VoteResult> votes(List<Proposals.Proposal> proposals, Locale locale) {
        var counted = new HashMap<Long, VoteResult>();
        proposals.stream().map(Proposals.Proposal::meetingId).filter(Objects::nonNull).distinct()
                .forEach(meetingId -> meetings.meeting(meetingId).ifPresent(meeting -> votes.results(meeting, locale)
                        .forEach(result -> counted.put(result.id(), result))));
        return counted;
    }

    private static VoteResult vote(Proposals.Proposal proposal, Map<Long, VoteResult> counted) {
        return proposal == null || proposal.voteId() == null ? null : counted.get(proposal.voteId());
    }
}
