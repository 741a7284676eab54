package vn.chibo.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.common.Outcome;
import vn.chibo.meeting.Meeting;
import vn.chibo.organization.OrgUnit;
import vn.chibo.record.Vote;
import vn.chibo.record.VoteRefusal;
import vn.chibo.record.Votes;
import vn.chibo.text.Languages;
import vn.chibo.text.VietnameseText;

/**
 * What the cell's review meeting proposes: for each member (and last for the cell itself) the comments, one line
 * each, and the grade put to the vote, with the vote in the meeting's record (ballots in chat, or a show of hands).
 * The cap on "xuất sắc" is counted as proposals come in, so the secretary sees it before the vote closes.
 */
@Service
public class Proposals {

    public static final String MEMBER = "MEMBER";
    public static final String CELL = "CELL";
    static final int MAX_COMMENTS = 30;
    static final int MAX_COMMENT = 500;

    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };

    /** One proposal; {@code selfScore} is the cell's own score when it grades itself. */
    public record Proposal(String subjectKind, long subjectId, long cellId, Long meetingId, Grade grade, Integer selfScore,
                           List<String> comments, Long voteId) {
    }

    /** How a proposal is voted: by ballots sent to the members present, by hands counted, or not yet. */
    public record VoteTaken(boolean ballots, Integer votesFor, Integer against, Integer abstain) {

        static final VoteTaken NONE = new VoteTaken(false, null, null, null);

        boolean hands() {
            return votesFor != null;
        }
    }

    /**
     * The cap among the cell's members: {@code excellent} proposals of "xuất sắc" against {@code cap}, the share
     * {@code percent} of the {@code good} proposals of "tốt" (and {@code raisedCap} at the raised share).
     */
    public record CapCheck(int excellent, int good, int percent, int cap, int raisedPercent, int raisedCap, boolean over) {
    }

    private final JdbcClient jdbc;
    private final Votes votes;
    private final ReviewTexts texts;
    private final JsonMapper json;
    private final Clock clock;

    Proposals(JdbcClient jdbc, Votes votes, ReviewTexts texts, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.votes = votes;
        this.texts = texts;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records the meeting's proposal for a subject (a member, or the cell), replacing an earlier one; {@code name}
     * is how the vote's question names the subject.
     */
    @Transactional
    public Outcome<Proposal, String> propose(ReviewRound round, OrgUnit cell, String kind, long subjectId, String name,
                                             Meeting meeting, Grade grade, Integer selfScore, List<String> comments,
                                             VoteTaken vote, Long by) {
        List<String> lines = comments == null ? List.of() : comments.stream().filter(line -> line != null && !line.isBlank())
                .map(VietnameseText::tidy).toList();
        if (lines.size() > MAX_COMMENTS || lines.stream().anyMatch(line -> line.length() > MAX_COMMENT)) {
            return Outcome.refused("review.problem.comments");
        }
        if (grade == null) {
            return Outcome.refused("review.problem.grade");
        }
        if (selfScore != null && (selfScore < 0 || selfScore > 100)) {
            return Outcome.refused("review.problem.selfScore");
        }
        if ((vote.ballots() || vote.hands()) && (meeting == null || meeting.cellId() != cell.id()
                || meeting.kind() != Meeting.Kind.REVIEW || meeting.cancelled())) {
            return Outcome.refused("review.problem.meeting");
        }
        Long voteId = null;
        String question = texts.text(Languages.VIETNAMESE, CELL.equals(kind) ? "review.vote.cell" : "review.vote.member",
                name, texts.grade(grade, Languages.VIETNAMESE));
        if (vote.hands()) {
            Outcome<Vote, VoteRefusal> recorded = votes.recordHands(meeting, question, vote.votesFor(),
                    orZero(vote.against()), orZero(vote.abstain()), by);
            if (recorded instanceof Outcome.Refused<Vote, VoteRefusal> refused) {
                return Outcome.refused(refused.first().messageKey);
            }
            voteId = recorded.orElseThrow().id();
        } else if (vote.ballots()) {
            Outcome<Vote, VoteRefusal> opened = votes.open(meeting, question, by);
            if (opened instanceof Outcome.Refused<Vote, VoteRefusal> refused) {
                return Outcome.refused(refused.first().messageKey);
            }
            voteId = opened.orElseThrow().id();
        }
        Long keptVote = voteId != null ? voteId : of(round, kind, subjectId).map(Proposal::voteId).orElse(null);
        jdbc.sql("DELETE FROM review_proposal WHERE round_id = ? AND subject_kind = ? AND subject_id = ?")
                .params(round.id(), kind, subjectId).update();
        jdbc.sql("""
                        INSERT INTO review_proposal (round_id, subject_kind, subject_id, cell_id, meeting_id, grade, self_score,
                            comments, vote_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(round.id(), kind, subjectId, cell.id(), meeting == null ? null : meeting.id(), grade.name(), selfScore,
                        json.writeValueAsString(lines), keptVote, clock.millis())
                .update();
        return Outcome.done(of(round, kind, subjectId).orElseThrow());
    }

    public Optional<Proposal> of(ReviewRound round, String kind, long subjectId) {
        return jdbc.sql("SELECT * FROM review_proposal WHERE round_id = ? AND subject_kind = ? AND subject_id = ?")
                .params(round.id(), kind, subjectId).query(this::row).optional();
    }

    /** Every proposal of the cell in the round. */
    public List<Proposal> ofCell(ReviewRound round, OrgUnit cell) {
        return jdbc.sql("SELECT * FROM review_proposal WHERE round_id = ? AND cell_id = ?").params(round.id(), cell.id())
                .query(this::row).list();
    }

    /** The cap counted over the cell's proposals for its members. */
    public CapCheck cap(ReviewFrame frame, List<Proposal> proposals) {
        int excellent = (int) proposals.stream().filter(p -> MEMBER.equals(p.subjectKind()) && p.grade() == Grade.EXCELLENT).count();
        int good = (int) proposals.stream().filter(p -> MEMBER.equals(p.subjectKind()) && p.grade() == Grade.GOOD).count();
        int cap = good * frame.capPercent() / 100;
        int raised = good * frame.capRaisedPercent() / 100;
        return new CapCheck(excellent, good, frame.capPercent(), cap, frame.capRaisedPercent(), raised, excellent > cap);
    }

    private static int orZero(Integer count) {
        return count == null ? 0 : count;
    }

    private Proposal row(ResultSet rs, int n) throws SQLException {
        long meeting = rs.getLong("meeting_id");
        Long meetingId = rs.wasNull() ? null : meeting;
        int score = rs.getInt("self_score");
        Integer selfScore = rs.wasNull() ? null : score;
        long vote = rs.getLong("vote_id");
        Long voteId = rs.wasNull() ? null : vote;
        return new Proposal(rs.getString("subject_kind"), rs.getLong("subject_id"), rs.getLong("cell_id"), meetingId,
                Grade.valueOf(rs.getString("grade")), selfScore, json.readValue(rs.getString("comments"), TEXTS), voteId);
    }
}
