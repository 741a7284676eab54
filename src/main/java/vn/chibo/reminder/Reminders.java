package vn.chibo.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chibo.channel.Outbox;
import vn.chibo.channel.PhoneNotice;
import vn.chibo.common.Periodic;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.meeting.ReminderMessage;
import vn.chibo.meeting.ReminderSection;
import vn.chibo.meeting.ReminderStage;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;
import vn.chibo.text.Languages;

/**
 * Sends each meeting's reminder stages when they fall due. When several stages are due at once (the app was down,
 * the meeting was added or moved close), only the latest goes out and the earlier ones are passed over. Whether a
 * stage went out is recorded in the transaction that queues its messages, so a restart neither loses nor repeats
 * one; a stage still unsent when the meeting begins is dropped. What a stage says, and to whom, is written by the
 * {@link ReminderSection}s the features contribute (the notice and documents, the member's reply and buttons, the
 * agenda), in their order.
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final Meetings meetings;
    private final Organization organization;
    private final Outbox outbox;
    private final ReminderSettings settings;
    private final List<ReminderSection> sections;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final MessageSource messages;

    Reminders(Meetings meetings, Organization organization, Outbox outbox, ReminderSettings settings,
              List<ReminderSection> sections, JdbcClient jdbc, TransactionTemplate transaction, Clock clock,
              MessageSource messages) {
        this.messages = messages;
        this.meetings = meetings;
        this.organization = organization;
        this.outbox = outbox;
        this.settings = settings;
        this.sections = sections;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** One look at the clock: every due stage of every meeting that has not begun. */
    @Periodic(name = "send-due-reminders", every = "${chibo.reminders.tick}")
    public void sendDue() {
        Instant now = clock.instant();
        Map<Long, ReminderPlan> plans = new HashMap<>();
        for (Meeting meeting : meetings.startingBetween(now, now.plus(Duration.ofDays(45)))) {
            ReminderPlan plan = plans.computeIfAbsent(meeting.cellId(),
                    cell -> new ReminderPlan(settings.effective(organization.unit(cell).orElseThrow())));
            List<ZonedDateTime> due = plan.dueTimes(meeting.startsAt());
            if (due.stream().noneMatch(at -> at != null && !at.toInstant().isAfter(now))) {
                continue;
            }
            try {
                transaction.executeWithoutResult(status -> sendDue(meeting, due, now));
            } catch (RuntimeException e) {
                log.error("Reminders of meeting {} failed; the next tick tries again", meeting.id(), e);
            }
        }
    }

    /** The stage sent last for a meeting, 0 before the first; what a nudge counts against. */
    public int lastStageSent(Meeting meeting) {
        return jdbc.sql("SELECT COALESCE(MAX(stage), 0) FROM reminder_stage WHERE meeting_id = ? AND outcome = 'SENT'")
                .param(meeting.id()).query(Integer.class).single();
    }

    private void sendDue(Meeting meeting, List<ZonedDateTime> due, Instant now) {
        Map<Integer, Decision> decided = decidedStages(meeting);
        int latest = 0;
        for (int stage = 1; stage <= due.size(); stage++) {
            ZonedDateTime at = due.get(stage - 1);
            if (at != null && !at.toInstant().isAfter(now) && !decided.containsKey(stage)) {
                latest = stage;
            }
        }
        if (latest == 0) {
            return;
        }
        for (int stage = 1; stage < latest; stage++) {
            if (!decided.containsKey(stage)) {
                decide(meeting, stage, "PASSED_OVER", now);
            }
        }
        Instant lastSent = decided.values().stream().filter(Decision::sent).map(Decision::at)
                .max(Comparator.naturalOrder()).orElse(null);
        int dayAhead = dayAheadStage(meeting, due);
        boolean carriesAgenda = dayAhead > 0 && latest >= dayAhead
                && IntStream.range(dayAhead, latest).noneMatch(stage -> decided.containsKey(stage) && decided.get(stage).sent());
        decide(meeting, latest, "SENT", now);
        send(meeting, new ReminderStage(latest, latest == due.size(), carriesAgenda, lastSent));
    }

    /** The last stage due on a day before the meeting's own, 0 when every stage falls on the day itself. */
    private static int dayAheadStage(Meeting meeting, List<ZonedDateTime> due) {
        int dayAhead = 0;
        for (int stage = 1; stage <= due.size(); stage++) {
            ZonedDateTime at = due.get(stage - 1);
            if (at != null && at.toLocalDate().isBefore(meeting.startsAt().toLocalDate())) {
                dayAhead = stage;
            }
        }
        return dayAhead;
    }

    /** Every section prepares its part once; each member not skipped by any gets the message they write. */
    private void send(Meeting meeting, ReminderStage stage) {
        List<ReminderSection.Part> parts = sections.stream().map(section -> section.prepare(meeting, stage)).toList();
        var recipients = new ArrayList<Long>();
        for (Member member : organization.unit(meeting.cellId()).map(organization::membersOf).orElse(List.of())) {
            if (parts.stream().noneMatch(part -> part.skips(member.id()))) {
                recipients.add(member.id());
            }
        }
        outbox.toMembers(recipients, Outbox.NoticeKey.of("reminder", "meeting-" + meeting.id(), "stage-" + stage.number()),
                (memberId, locale) -> {
                    var message = new ReminderMessage();
                    parts.forEach(part -> part.write(memberId, locale, message));
                    return message.parts();
                },
                member -> {
                    var fields = new HashMap<String, String>();
                    fields.put("member_name", member.fullName());
                    parts.forEach(part -> part.phoneFields(member.id(), fields));
                    String text = messages.getMessage("reminder.phone", new Object[] {fields.get("cell_name"),
                            fields.get("meeting_title"), fields.get("starts_at"), fields.get("place")}, Languages.VIETNAMESE)
                            + (fields.containsKey("answer_link")
                            ? " " + messages.getMessage("reminder.phoneLink", null, Languages.VIETNAMESE) : "");
                    return new PhoneNotice(PhoneNotice.REMINDER, member.id(), fields, text);
                });
        parts.forEach(ReminderSection.Part::afterQueued);
    }

    /** What became of a stage, SENT or PASSED_OVER, and when that was decided. */
    private record Decision(String outcome, Instant at) {
        boolean sent() {
            return "SENT".equals(outcome);
        }
    }

    /** Every stage decided so far for the meeting, in one read. */
    private Map<Integer, Decision> decidedStages(Meeting meeting) {
        var decided = new HashMap<Integer, Decision>();
        jdbc.sql("SELECT stage, outcome, decided_at FROM reminder_stage WHERE meeting_id = ?").param(meeting.id())
                .query((rs, n) -> decided.put(rs.getInt("stage"),
                        new Decision(rs.getString("outcome"), Instant.ofEpochMilli(rs.getLong("decided_at"))))).list();
        return decided;
    }

    private void decide(Meeting meeting, int stage, String outcome, Instant now) {
        jdbc.sql("INSERT INTO reminder_stage (meeting_id, stage, outcome, decided_at) VALUES (?, ?, ?, ?)")
                .params(meeting.id(), stage, outcome, now.toEpochMilli()).update();
    }
}
