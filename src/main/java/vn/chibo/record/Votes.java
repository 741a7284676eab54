package vn.chibo.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.attendance.Attendance;
import vn.chibo.attendance.AttendanceLine;
import vn.chibo.channel.GroupPosts;
import vn.chibo.channel.Outbox;
import vn.chibo.common.Outcome;
import vn.chibo.conversation.Button;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Exemptions;
import vn.chibo.organization.Member;
import vn.chibo.organization.MemberStatus;
import vn.chibo.text.VietnameseText;

/**
 * Votes at a meeting. Opening one sends each member marked present the question with three buttons, or, to a
 * probationary member, word that they have no vote; each member with a vote has one ballot, which they may change
 * until the vote closes; a secretary may record a show of hands as counts instead.
 */
@Service
public class Votes {

    private static final int MAX_QUESTION = 500;

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final Attendance attendance;
    private final Exemptions exemptions;
    private final Outbox outbox;
    private final MessageSource messages;
    private final Clock clock;
    private final ApprovalRule rule;
    private final GroupPosts groupPosts;
    private final VoteTexts texts;

    Votes(JdbcClient jdbc, Meetings meetings, Attendance attendance, Exemptions exemptions, Outbox outbox,
          MessageSource messages, Clock clock, @Value("${chibo.votes.approval}") ApprovalRule rule,
          GroupPosts groupPosts, VoteTexts texts) {
        this.groupPosts = groupPosts;
        this.texts = texts;
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.attendance = attendance;
        this.exemptions = exemptions;
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
        this.rule = rule;
    }

    public Optional<Vote> vote(long id) {
        return jdbc.sql("SELECT * FROM meeting_vote WHERE id = ?").param(id).query(Votes::row).optional();
    }

    public List<Vote> of(Meeting meeting) {
        return jdbc.sql("SELECT * FROM meeting_vote WHERE meeting_id = ? ORDER BY id").param(meeting.id())
                .query(Votes::row).list();
    }

    @Transactional
    public Outcome<Vote, VoteRefusal> open(Meeting meeting, String question, Long openedBy) {
        if (meeting.cancelled()) {
            return Outcome.refused(VoteRefusal.MEETING_CANCELLED);
        }
        String asked = question == null ? "" : VietnameseText.tidy(question);
        if (asked.isEmpty() || asked.length() > MAX_QUESTION) {
            return Outcome.refused(VoteRefusal.QUESTION_MISSING);
        }
        long id = jdbc.sql("INSERT INTO meeting_vote (meeting_id, question, opened_by, opened_at) VALUES (?, ?, ?, ?) RETURNING id")
                .params(meeting.id(), asked, openedBy, clock.millis()).query(Long.class).single();
        Vote vote = vote(id).orElseThrow();
        List<Member> present = attendance.attendance(meeting).stream()
                .filter(line -> Boolean.TRUE.equals(line.present())).map(AttendanceLine::member).toList();
        Map<Boolean, List<Long>> byRight = present.stream().collect(Collectors.partitioningBy(
                member -> member.status() == MemberStatus.PROBATIONARY, Collectors.mapping(Member::id, Collectors.toList())));
        outbox.toMembers(byRight.get(false), Outbox.NoticeKey.of("vote", id), locale -> ballotPaper(vote, locale));
        outbox.toMembers(byRight.get(true), Outbox.NoticeKey.of("vote", id, "no-right"),
                locale -> OutboundMessage.text(text(locale, "vote.noRight", vote.question())));
        groupPosts.post(meeting.cellId(), "vote:" + id, locale -> ballotPaper(vote, locale));
        return Outcome.done(vote);
    }

    /**
     * A vote taken by a show of hands and counted at once, as a review meeting records its vote on each member's
     * grade: closed as it is recorded, no ballot sent to anyone.
     */
    @Transactional
    public Outcome<Vote, VoteRefusal> recordHands(Meeting meeting, String question, int votesFor, int against, int abstain,
                                                  Long recordedBy) {
        String asked = question == null ? "" : VietnameseText.tidy(question);
        if (asked.isEmpty() || asked.length() > MAX_QUESTION) {
            return Outcome.refused(VoteRefusal.QUESTION_MISSING);
        }
        if (votesFor < 0 || against < 0 || abstain < 0 || votesFor + against + abstain > eligible(meeting).size()) {
            return Outcome.refused(VoteRefusal.HANDS_OVER_ELIGIBLE);
        }
        long now = clock.millis();
        long id = jdbc.sql("""
                        INSERT INTO meeting_vote (meeting_id, question, opened_by, opened_at, closed_at, hands_for, hands_against,
                            hands_abstain) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(meeting.id(), asked, recordedBy, now, now, votesFor, against, abstain).query(Long.class).single();
        return Outcome.done(vote(id).orElseThrow());
    }

    /** A member's ballot; cast again, it replaces the one before while the vote is open. */
    @Transactional
    public Outcome<Vote, VoteRefusal> cast(Member member, long voteId, Ballot ballot) {
        Optional<Vote> found = vote(voteId);
        if (found.isEmpty()) {
            return Outcome.refused(VoteRefusal.NO_SUCH_VOTE);
        }
        Vote vote = found.get();
        Meeting meeting = meetings.meeting(vote.meetingId()).orElseThrow();
        if (member.unit().id() != meeting.cellId()) {
            return Outcome.refused(VoteRefusal.NOT_IN_CELL);
        }
        if (!vote.open()) {
            return Outcome.refused(VoteRefusal.CLOSED);
        }
        if (member.status() == MemberStatus.PROBATIONARY) {
            return Outcome.refused(VoteRefusal.PROBATIONARY);
        }
        boolean present = attendance.attendance(meeting).stream()
                .anyMatch(line -> line.member().id() == member.id() && Boolean.TRUE.equals(line.present()));
        if (!present) {
            return Outcome.refused(VoteRefusal.NOT_PRESENT);
        }
        int changed = jdbc.sql("UPDATE vote_ballot SET choice = ?, cast_at = ? WHERE vote_id = ? AND member_id = ?")
                .params(ballot.name(), clock.millis(), voteId, member.id()).update();
        if (changed == 0) {
            jdbc.sql("INSERT INTO vote_ballot (vote_id, member_id, choice, cast_at) VALUES (?, ?, ?, ?)")
                    .params(voteId, member.id(), ballot.name(), clock.millis()).update();
        }
        return Outcome.done(vote);
    }

    /** A show of hands, counted by the secretary; it stands instead of the ballots. */
    @Transactional
    public Outcome<VoteResult, VoteRefusal> hands(long voteId, int votesFor, int against, int abstain, Locale locale) {
        Optional<Vote> found = vote(voteId);
        if (found.isEmpty()) {
            return Outcome.refused(VoteRefusal.NO_SUCH_VOTE);
        }
        if (found.get().closedAt() != null) {
            return Outcome.refused(VoteRefusal.CLOSED);
        }
        int eligible = eligible(meetings.meeting(found.get().meetingId()).orElseThrow()).size();
        if (votesFor < 0 || against < 0 || abstain < 0 || votesFor + against + abstain > eligible) {
            return Outcome.refused(VoteRefusal.HANDS_OVER_ELIGIBLE);
        }
        jdbc.sql("UPDATE meeting_vote SET hands_for = ?, hands_against = ?, hands_abstain = ? WHERE id = ?")
                .params(votesFor, against, abstain, voteId).update();
        return Outcome.done(result(vote(voteId).orElseThrow(), locale));
    }

    /** Ends the vote; closing it again changes nothing. */
    @Transactional
    public Outcome<VoteResult, VoteRefusal> close(long voteId, Locale locale) {
        if (vote(voteId).isEmpty()) {
            return Outcome.refused(VoteRefusal.NO_SUCH_VOTE);
        }
        int closed = jdbc.sql("UPDATE meeting_vote SET closed_at = ? WHERE id = ? AND closed_at IS NULL")
                .params(clock.millis(), voteId).update();
        Vote vote = vote(voteId).orElseThrow();
        if (closed == 1) {
            groupPosts.post(meetings.meeting(vote.meetingId()).orElseThrow().cellId(), "vote:" + voteId + ":result",
                    language -> OutboundMessage.text(texts.result(result(vote, language), language)));
        }
        return Outcome.done(result(vote, locale));
    }

    public VoteResult result(Vote vote, Locale locale) {
        return result(vote, eligible(meetings.meeting(vote.meetingId()).orElseThrow()), locale);
    }

    /** Every vote of the meeting counted, its members with a vote read once for all. */
    public List<VoteResult> results(Meeting meeting, Locale locale) {
        return results(meeting, eligible(meeting), locale);
    }

    /** Every vote of the meeting counted with the members with a vote already known, for grades read in bulk. */
    public List<VoteResult> results(Meeting meeting, Set<Long> eligible, Locale locale) {
        return of(meeting).stream().map(vote -> result(vote, eligible, locale)).toList();
    }

    private VoteResult result(Vote vote, Set<Long> eligible, Locale locale) {
        Map<Long, Ballot> ballots = jdbc.sql("SELECT member_id, choice FROM vote_ballot WHERE vote_id = ?").param(vote.id())
                .query((rs, n) -> Map.entry(rs.getLong("member_id"), Ballot.valueOf(rs.getString("choice")))).list()
                .stream().filter(entry -> eligible.contains(entry.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Function<Ballot, Integer> count = ballot -> (int) ballots.values().stream().filter(ballot::equals).count();
        int votesFor = vote.showOfHands() ? vote.handsFor() : count.apply(Ballot.FOR);
        int against = vote.showOfHands() ? vote.handsAgainst() : count.apply(Ballot.AGAINST);
        int abstain = vote.showOfHands() ? vote.handsAbstain() : count.apply(Ballot.ABSTAIN);
        int cast = votesFor + against + abstain;
        return new VoteResult(vote.id(), vote.meetingId(), vote.question(), vote.open(), vote.showOfHands(), votesFor,
                against, abstain, eligible.size(), eligible.size() - cast, rule.approves(votesFor, eligible.size(), cast),
                rule, text(locale, "vote.rule." + rule.name()));
    }

    /** The question and its three buttons, as a member with a vote gets it. */
    OutboundMessage ballotPaper(Vote vote, Locale locale) {
        String command = "/" + VoteCommand.NAME + " " + vote.id() + " ";
        return OutboundMessage.withButtons(text(locale, "vote.ask", vote.question()), List.of(
                new Button(text(locale, "vote.ballot.FOR"), command + Ballot.FOR.word),
                new Button(text(locale, "vote.ballot.AGAINST"), command + Ballot.AGAINST.word),
                new Button(text(locale, "vote.ballot.ABSTAIN"), command + Ballot.ABSTAIN.word)));
    }

    /** Official members of the cell not exempted from meetings on the day: those with a vote. */
    private Set<Long> eligible(Meeting meeting) {
        LocalDate day = meeting.startsAt().toLocalDate();
        var calendar = exemptions.calendar();
        return attendance.attendance(meeting).stream().map(AttendanceLine::member)
                .filter(member -> member.status() != MemberStatus.PROBATIONARY)
                .filter(member -> !calendar.exempt(member.id(), day)).map(Member::id).collect(Collectors.toSet());
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static Vote row(ResultSet rs, int n) throws SQLException {
        long closed = rs.getLong("closed_at");
        Instant closedAt = rs.wasNull() ? null : Instant.ofEpochMilli(closed);
        return new Vote(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("question"),
                Instant.ofEpochMilli(rs.getLong("opened_at")), closedAt, integer(rs, "hands_for"),
                integer(rs, "hands_against"), integer(rs, "hands_abstain"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
