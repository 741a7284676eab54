package vn.chibo.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.channel.Outbox;
import vn.chibo.channel.RouteTry;
import vn.chibo.common.Outcome;
import vn.chibo.meeting.Meeting;
import vn.chibo.organization.ChatChannel;
import vn.chibo.organization.Exemptions;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;
import vn.chibo.organization.Role;

/**
 * The secretary's call list for a meeting: every member expected there who has not answered, with their number, the
 * routes their reminders went by and whether any arrived; those no route reached first. A call's outcome is recorded
 * in two taps, and "will come" or "absent with a reason" counts as the member's reply ({@link Via#SECRETARY_CALL}).
 */
@Service
public class CallList {

    /** What the secretary heard on the phone. */
    public enum CallOutcome { ATTENDING, ABSENT_WITH_REASON, UNREACHABLE }

    /** One member to call; {@code lastCall} is the outcome of the last call recorded, null before any. */
    public record Entry(Member member, List<RouteTry> routes, boolean delivered, CallOutcome lastCall) {
    }

    private final Attendance attendance;
    private final Exemptions exemptions;
    private final Organization organization;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final Clock clock;

    CallList(Attendance attendance, Exemptions exemptions, Organization organization, Outbox outbox, JdbcClient jdbc,
             Clock clock) {
        this.attendance = attendance;
        this.exemptions = exemptions;
        this.organization = organization;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Entry> of(Meeting meeting) {
        Exemptions.Calendar exempt = exemptions.calendar();
        LocalDate day = meeting.startsAt().toLocalDate();
        Map<Long, List<RouteTry>> tried = outbox.routesTried(reminderPurpose(meeting));
        Map<Long, CallOutcome> calls = lastCalls(meeting);
        return attendance.attendance(meeting).stream()
                .filter(line -> line.reply() == null && line.member().role() != Role.ADMIN)
                .filter(line -> !exempt.exempt(line.member().id(), day))
                .map(line -> {
                    List<RouteTry> routes = bestOfEachRoute(tried.getOrDefault(line.member().id(), List.of()));
                    return new Entry(line.member(), routes, routes.stream().anyMatch(RouteTry::delivered),
                            calls.get(line.member().id()));
                })
                .sorted(Comparator.comparingInt(CallList::urgency))
                .toList();
    }

    /** Each route once, as far as it got over the stages: arrived, sent, waiting, failed. */
    private static List<RouteTry> bestOfEachRoute(List<RouteTry> tries) {
        Map<ChatChannel, RouteTry> best = new LinkedHashMap<>();
        for (RouteTry route : tries) {
            best.merge(route.route(), route, (kept, next) -> progress(next) > progress(kept) ? next : kept);
        }
        return List.copyOf(best.values());
    }

    private static int progress(RouteTry route) {
        return route.delivered() ? 3 : switch (route.state()) {
            case "SENT" -> 2;
            case "PENDING" -> 1;
            default -> 0;
        };
    }

    /** Those no route reached come first, then those whose messages did not arrive, then the rest. */
    private static int urgency(Entry entry) {
        if (entry.routes().stream().allMatch(route -> progress(route) == 0)) {
            return 0;
        }
        return entry.delivered() ? 2 : 1;
    }

    /** The purpose prefix of a meeting's reminders in the outbox: every stage of them. */
    public static String reminderPurpose(Meeting meeting) {
        return "reminder:meeting-" + meeting.id() + ":";
    }

    /**
     * Records a call; {@code recordedBy} is the secretary's member id, null through the admin API. "Will come" and "absent with a reason"
     * are kept as the member's reply; "could not reach" only on the list.
     */
    @Transactional
    public Outcome<CallOutcome, AttendanceRefusal> record(Meeting meeting, long memberId, CallOutcome outcome,
                                                         String reason, Long recordedBy) {
        Member member = organization.member(memberId).filter(m -> m.unit().id() == meeting.cellId()).orElse(null);
        if (member == null) {
            return Outcome.refused(AttendanceRefusal.NOT_IN_CELL);
        }
        if (outcome != CallOutcome.UNREACHABLE) {
            Reply reply = outcome == CallOutcome.ATTENDING ? Reply.ATTENDING : Reply.ABSENT_WITH_REASON;
            Outcome<String, AttendanceRefusal> replied = attendance.reply(meeting, member, reply, reason, Via.SECRETARY_CALL);
            if (replied instanceof Outcome.Refused<String, AttendanceRefusal> refused) {
                return Outcome.refused(refused.first());
            }
        } else if (meeting.cancelled() || !meeting.startsAt().toInstant().isAfter(clock.instant())) {
            return Outcome.refused(meeting.cancelled() ? AttendanceRefusal.MEETING_CANCELLED : AttendanceRefusal.MEETING_BEGUN);
        }
        String kept = reason == null || reason.isBlank() || outcome != CallOutcome.ABSENT_WITH_REASON ? null
                : reason.strip().substring(0, Math.min(300, reason.strip().length()));
        jdbc.sql("""
                        INSERT INTO member_call (meeting_id, member_id, outcome, reason, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(meeting.id(), memberId, outcome.name(), kept, recordedBy,
                        clock.instant().toEpochMilli())
                .update();
        return Outcome.done(outcome);
    }

    private Map<Long, CallOutcome> lastCalls(Meeting meeting) {
        Map<Long, CallOutcome> calls = new HashMap<>();
        jdbc.sql("SELECT member_id, outcome FROM member_call WHERE meeting_id = ? ORDER BY id").param(meeting.id())
                .query(rs -> {
                    calls.put(rs.getLong(1), CallOutcome.valueOf(rs.getString(2)));
                });
        return calls;
    }
}
