package vn.chibo.attendance;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.common.DatabaseEngine;
import vn.chibo.common.InLists;
import vn.chibo.common.Outcome;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;

/**
 * Who will come and who came. Every reply is kept with its time and channel and the latest counts; replies
 * close when the meeting begins. Check-in runs from open to close; at close, whoever is neither present nor
 * excused counts as absent without reason.
 */
@Service
public class Attendance {

    private static final int MAX_REASON = 300;

    private static final int ARRAY_SLICE = 5_000;

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** Check-in opens at most this long before the start, and closes only after the start. */
    private final Duration checkInOpensBefore;
    private final boolean postgres;
    private final CheckInGuesses guesses;

    Attendance(JdbcClient jdbc, Meetings meetings, Organization organization, ApplicationEventPublisher events,
               Clock clock, @Value("${chibo.attendance.check-in-opens-before}") Duration checkInOpensBefore,
               @Value("${spring.datasource.url:}") String databaseUrl, CheckInGuesses guesses) {
        this.guesses = guesses;
        this.postgres = DatabaseEngine.isPostgres(databaseUrl);
        this.checkInOpensBefore = checkInOpensBefore;
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Replies and presence of many meetings at once, for figures over months and cells. PostgreSQL takes the ids
     * as arrays of up to {@value #ARRAY_SLICE} (its 500-parameter IN lists made committee figures 2.5 times
     * slower); SQLite, which has no arrays, as slices of IN lists.
     */
    public Map<Long, MeetingRecord> records(List<Meeting> of) {
        Map<Long, Map<Long, Reply>> replies = new HashMap<>();
        Map<Long, Map<Long, Boolean>> presence = new HashMap<>();
        Map<Long, Instant> closed = new HashMap<>();
        List<Long> ids = of.stream().map(Meeting::id).toList();
        if (postgres) {
            for (int start = 0; start < ids.size(); start += ARRAY_SLICE) {
                var array = new SqlArrayValue("bigint", ids.subList(start, Math.min(ids.size(), start + ARRAY_SLICE)).toArray());
                readRecords("= ANY(:ids)", array, replies, presence, closed);
            }
        } else {
            InLists.forEachSlice(ids, slice -> readRecords("IN (:ids)", slice, replies, presence, closed));
        }
        Map<Long, MeetingRecord> records = new HashMap<>();
        for (long id : ids) {
            records.put(id, new MeetingRecord(id, replies.getOrDefault(id, Map.of()), presence.getOrDefault(id, Map.of()),
                    closed.get(id)));
        }
        return records;
    }

    private void readRecords(String idsAre, Object ids, Map<Long, Map<Long, Reply>> replies,
                             Map<Long, Map<Long, Boolean>> presence, Map<Long, Instant> closed) {
        jdbc.sql("SELECT meeting_id, member_id, reply FROM rsvp WHERE meeting_id " + idsAre + " ORDER BY id")
                .param("ids", ids)
                .query(rs -> {
                    replies.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getLong(2), Reply.valueOf(rs.getString(3)));
                });
        jdbc.sql("SELECT meeting_id, member_id, present FROM presence WHERE meeting_id " + idsAre)
                .param("ids", ids)
                .query(rs -> {
                    presence.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getLong(2), rs.getBoolean(3));
                });
        jdbc.sql("SELECT meeting_id, closed_at FROM check_in WHERE closed_at IS NOT NULL AND meeting_id " + idsAre)
                .param("ids", ids)
                .query(rs -> {
                    closed.put(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)));
                });
    }

    /** An open check-in: its meeting and the code read out there. */
    public record OpenCheckIn(Meeting meeting, String code) {
    }

    /** Records a member's answer; the reason kept (shortened) when the answer is done. */
    @Transactional
    public Outcome<String, AttendanceRefusal> reply(Meeting meeting, Member member, Reply reply, String reason, Via via) {
        if (meeting.cancelled()) {
            return Outcome.refused(AttendanceRefusal.MEETING_CANCELLED);
        }
        if (!meeting.startsAt().toInstant().isAfter(clock.instant())) {
            return Outcome.refused(AttendanceRefusal.MEETING_BEGUN);
        }
        if (member.unit().id() != meeting.cellId()) {
            return Outcome.refused(AttendanceRefusal.NOT_IN_CELL);
        }
        String kept = reason == null || reason.isBlank() ? null : reason.strip();
        if (reply == Reply.ABSENT_WITH_REASON && kept == null) {
            return Outcome.refused(AttendanceRefusal.REASON_REQUIRED);
        }
        if (kept != null && kept.length() > MAX_REASON) {
            kept = kept.substring(0, MAX_REASON);
        }
        jdbc.sql("INSERT INTO rsvp (meeting_id, member_id, reply, reason, channel, replied_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(meeting.id(), member.id(), reply.name(), reply == Reply.ABSENT_WITH_REASON ? kept : null,
                        via.name(), clock.instant().toEpochMilli())
                .update();
        return Outcome.done(kept);
    }

    /** Every member of the meeting's cell, in roster order, with their latest reply and presence. */
    public List<AttendanceLine> attendance(Meeting meeting) {
        OrgUnit cell = organization.unit(meeting.cellId()).orElseThrow();
        Map<Long, AttendanceLine> replies = new HashMap<>();
        jdbc.sql("""
                        SELECT r.member_id, r.reply, r.reason, r.replied_at, r.channel FROM rsvp r
                        WHERE r.meeting_id = ? AND r.id = (SELECT MAX(id) FROM rsvp x
                                                           WHERE x.meeting_id = r.meeting_id AND x.member_id = r.member_id)""")
                .param(meeting.id())
                .query((rs, n) -> replies.put(rs.getLong("member_id"), new AttendanceLine(null,
                        Reply.valueOf(rs.getString("reply")), rs.getString("reason"),
                        Instant.ofEpochMilli(rs.getLong("replied_at")), Via.valueOf(rs.getString("channel")), null)))
                .list();
        Map<Long, Boolean> presence = new HashMap<>();
        jdbc.sql("SELECT member_id, present FROM presence WHERE meeting_id = ?").param(meeting.id())
                .query((rs, n) -> presence.put(rs.getLong("member_id"), rs.getBoolean("present"))).list();
        return organization.membersOf(cell).stream().map(member -> {
            AttendanceLine reply = replies.get(member.id());
            return reply == null
                    ? new AttendanceLine(member, null, null, null, null, presence.get(member.id()))
                    : new AttendanceLine(member, reply.reply(), reply.reason(), reply.repliedAt(), reply.via(),
                            presence.get(member.id()));
        }).toList();
    }

    /** Opens check-in and answers the code to read out; opening again answers the same code. */
    @Transactional
    public Outcome<String, AttendanceRefusal> openCheckIn(Meeting meeting) {
        var existing = session(meeting.id());
        Optional<AttendanceRefusal> refused = checkInRefusal(meeting, existing);
        if (refused.isPresent()) {
            return Outcome.refused(refused.get());
        }
        if (existing.isPresent()) {
            return Outcome.done(existing.get().code());
        }
        String code = String.valueOf(1000 + random.nextInt(9000));
        jdbc.sql("INSERT INTO check_in (meeting_id, cell_id, code, opened_at) VALUES (?, ?, ?, ?)")
                .params(meeting.id(), meeting.cellId(), code, clock.instant().toEpochMilli()).update();
        events.publishEvent(new CheckInOpened(meeting));
        return Outcome.done(code);
    }

    /** The code of the meeting's check-in while it is open. */
    public Optional<String> openCheckInCode(Meeting meeting) {
        return session(meeting.id()).filter(session -> session.closedAt() == null).map(Session::code);
    }

    /** Whether opening the meeting's check-in now would be accepted, so that only then is it offered. */
    public boolean checkInCanOpen(Meeting meeting) {
        return checkInRefusal(meeting, session(meeting.id())).isEmpty();
    }

    /** Why check-in cannot be opened now: the meeting cancelled, too far from its start, or check-in closed. */
    private Optional<AttendanceRefusal> checkInRefusal(Meeting meeting, Optional<Session> existing) {
        if (meeting.cancelled()) {
            return Optional.of(AttendanceRefusal.MEETING_CANCELLED);
        }
        if (clock.instant().isBefore(meeting.startsAt().toInstant().minus(checkInOpensBefore))) {
            return Optional.of(AttendanceRefusal.CHECK_IN_TOO_EARLY);
        }
        if (existing.filter(session -> session.closedAt() != null).isPresent()) {
            return Optional.of(AttendanceRefusal.CHECK_IN_CLOSED);
        }
        return Optional.empty();
    }

    /** Whether the meeting's check-in was opened and has been closed: it cannot be opened again. */
    public boolean checkInClosed(Meeting meeting) {
        return session(meeting.id()).filter(session -> session.closedAt() != null).isPresent();
    }

    /** When the meeting's check-in was closed, if it was. */
    public Optional<Instant> checkInClosedAt(Meeting meeting) {
        return session(meeting.id()).map(Session::closedAt);
    }

    /** The open check-in of a member's cell, if there is one. */
    public Optional<OpenCheckIn> openCheckIn(Member member) {
        return jdbc.sql("""
                        SELECT meeting_id, code FROM check_in
                        WHERE cell_id = ? AND closed_at IS NULL ORDER BY opened_at DESC LIMIT 1""")
                .param(member.unit().id())
                .query((rs, n) -> new OpenCheckIn(meetings.meeting(rs.getLong("meeting_id")).orElseThrow(), rs.getString("code")))
                .optional();
    }

    /** Marks the member present when the code is the one read out at the member's open check-in. */
    @Transactional
    public Outcome<Meeting, AttendanceRefusal> checkIn(Member member, String code) {
        var open = openCheckIn(member);
        if (open.isEmpty()) {
            return Outcome.refused(AttendanceRefusal.CHECK_IN_NOT_OPEN);
        }
        long meetingId = open.get().meeting().id();
        if (guesses.exhausted(meetingId, member.id(), 0)) {
            return Outcome.refused(AttendanceRefusal.TOO_MANY_WRONG_CODES);
        }
        if (!open.get().code().equals(code.strip())) {
            boolean last = guesses.exhausted(meetingId, member.id(), 1);
            guesses.wrong(meetingId, member.id());
            return Outcome.refused(last ? AttendanceRefusal.TOO_MANY_WRONG_CODES : AttendanceRefusal.WRONG_CODE);
        }
        markPresence(open.get().meeting().id(), member.id(), true, "CODE");
        return Outcome.done(open.get().meeting());
    }

    /** The secretary's hand: present or absent, before or after close. */
    @Transactional
    public void mark(Meeting meeting, long memberId, boolean present) {
        markPresence(meeting.id(), memberId, present, "MANUAL");
    }

    /** Closes check-in: everyone not marked present is marked absent (excused or not, by their reply). */
    @Transactional
    public Outcome<Meeting, AttendanceRefusal> closeCheckIn(Meeting meeting) {
        var session = session(meeting.id());
        if (session.isEmpty()) {
            return Outcome.refused(AttendanceRefusal.CHECK_IN_NOT_OPEN);
        }
        if (session.get().closedAt() != null) {
            return Outcome.done(meeting);
        }
        if (clock.instant().isBefore(meeting.startsAt().toInstant())) {
            return Outcome.refused(AttendanceRefusal.CHECK_IN_BEFORE_START);
        }
        for (AttendanceLine line : attendance(meeting)) {
            if (line.present() == null) {
                jdbc.sql("INSERT INTO presence (meeting_id, member_id, present, source, marked_at) VALUES (?, ?, FALSE, 'CLOSE', ?)")
                        .params(meeting.id(), line.member().id(), clock.instant().toEpochMilli()).update();
            }
        }
        jdbc.sql("UPDATE check_in SET closed_at = ? WHERE meeting_id = ?")
                .params(clock.instant().toEpochMilli(), meeting.id()).update();
        events.publishEvent(new CheckInClosed(meeting.id()));
        return Outcome.done(meeting);
    }

    private void markPresence(long meetingId, long memberId, boolean present, String source) {
        jdbc.sql("""
                        INSERT INTO presence (meeting_id, member_id, present, source, marked_at) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (meeting_id, member_id) DO UPDATE SET present = excluded.present,
                            source = excluded.source, marked_at = excluded.marked_at""")
                .params(meetingId, memberId, present, source, clock.instant().toEpochMilli()).update();
    }

    private record Session(String code, Instant closedAt) {
    }

    private Optional<Session> session(long meetingId) {
        return jdbc.sql("SELECT code, closed_at FROM check_in WHERE meeting_id = ?").param(meetingId)
                .query(Attendance::session).optional();
    }

    private static Session session(ResultSet rs, int row) throws SQLException {
        long closed = rs.getLong("closed_at");
        Instant closedAt = rs.wasNull() ? null : Instant.ofEpochMilli(closed);
        return new Session(rs.getString("code"), closedAt);
    }
}
