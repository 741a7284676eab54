package vn.chibo.attendance;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.channel.Outbox;
import vn.chibo.channel.RouteTry;
import vn.chibo.common.Outcome;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.ChatChannel;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;

/**
 * A member's personal answer link for one meeting ({@code CHIBO_PUBLIC_URL/r/<code>}, 80 random bits), sent in every
 * ZNS and SMS reminder: it opens a page with the meeting and three answers, and answers until the meeting starts.
 * The code alone says who answers; opening the page records nothing.
 */
@Component
public class AnswerLinks {

    public static final String PATH = "/r/";
    private static final int CODE_BYTES = 10;

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final Organization organization;
    private final Attendance attendance;
    private final Outbox outbox;
    private final Clock clock;
    private final String publicUrl;
    private final SecureRandom random = new SecureRandom();

    AnswerLinks(JdbcClient jdbc, Meetings meetings, Organization organization, Attendance attendance, Outbox outbox,
                Clock clock, @Value("${chibo.public-url:}") String publicUrl) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.organization = organization;
        this.attendance = attendance;
        this.outbox = outbox;
        this.clock = clock;
        this.publicUrl = publicUrl == null ? "" : publicUrl.replaceAll("/+$", "");
    }

    /** The member's link for the meeting, made once; none when this installation has no public address. */
    public Optional<String> linkFor(Meeting meeting, long memberId) {
        if (publicUrl.isEmpty()) {
            return Optional.empty();
        }
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        jdbc.sql("""
                        INSERT INTO answer_link (code, member_id, meeting_id, created_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (member_id, meeting_id) DO NOTHING""")
                .params(code, memberId, meeting.id(), clock.instant().toEpochMilli()).update();
        String kept = jdbc.sql("SELECT code FROM answer_link WHERE member_id = ? AND meeting_id = ?")
                .params(memberId, meeting.id()).query(String.class).single();
        return Optional.of(publicUrl + PATH + kept);
    }

    /** What a link opens: the meeting, the member, their current answer; empty for a code that is no link. */
    public record Opened(Meeting meeting, Member member, AttendanceLine line, boolean open) {
    }

    public Optional<Opened> open(String code) {
        if (code == null || code.length() > 40) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT member_id, meeting_id FROM answer_link WHERE code = ?").param(code)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional()
                .flatMap(ids -> meetings.meeting(ids[1]).flatMap(meeting -> organization.member(ids[0]).map(member ->
                        new Opened(meeting, member, lineOf(meeting, member),
                                !meeting.cancelled() && meeting.startsAt().toInstant().isAfter(clock.instant())))));
    }

    /** Records the answer given on the page, as from the link (ZNS_LINK when the link came by ZNS). */
    @Transactional
    public Outcome<String, AttendanceRefusal> answer(String code, Reply reply, String reason) {
        Optional<Opened> opened = open(code);
        if (opened.isEmpty()) {
            return Outcome.refused(AttendanceRefusal.NOT_IN_CELL);
        }
        Meeting meeting = opened.get().meeting();
        List<RouteTry> tried = outbox.routesTried(CallList.reminderPurpose(meeting))
                .getOrDefault(opened.get().member().id(), List.of());
        Via via = tried.stream().anyMatch(route -> route.route() == ChatChannel.ZNS) ? Via.ZNS_LINK : Via.LINK;
        return attendance.reply(meeting, opened.get().member(), reply, reason, via);
    }

    private AttendanceLine lineOf(Meeting meeting, Member member) {
        return attendance.attendance(meeting).stream().filter(line -> line.member().id() == member.id()).findFirst()
                .orElse(null);
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[CODE_BYTES];
        random.nextBytes(bytes);
        return bytes;
    }
}
