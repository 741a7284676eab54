package vn.chibo.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chibo.common.Periodic;
import vn.chibo.attendance.Attendance;
import vn.chibo.attendance.AttendanceLine;
import vn.chibo.attendance.Reply;
import vn.chibo.attendance.RsvpButtons;
import vn.chibo.channel.GroupPosts;
import vn.chibo.channel.Outbox;
import vn.chibo.conversation.Button;
import vn.chibo.conversation.OutboundFile;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingDocuments;
import vn.chibo.meeting.MeetingTexts;
import vn.chibo.meeting.Meetings;
import vn.chibo.minutes.AgendaTexts;
import vn.chibo.organization.Exemptions;
import vn.chibo.organization.Organization;
import vn.chibo.text.Languages;

/**
 * Sends each meeting's reminder stages when they fall due. The first stage goes to every member, later ones
 * skip those who said they will be absent. When several stages are due at once (the app was down, the
 * meeting was added or moved close), only the latest goes out and the earlier ones are passed over. Whether a
 * stage went out is recorded in the transaction that queues its messages, so a restart neither loses nor
 * repeats one; a stage still unsent when the meeting begins is dropped. The last stage due before the meeting's
 * day carries the agenda (or the first stage sent after it, if it was passed over); each stage carries the
 * documents added since the stage before it, and a message with either has the "Đã đọc tài liệu" button. The
 * cell's group, if it has one, gets the agenda with the day-ahead stage and the last stage (two hours before,
 * by default), once each.
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    private static final Set<Reply> SAID_ABSENT = Set.of(Reply.ABSENT, Reply.ABSENT_WITH_REASON);

    private final Meetings meetings;
    private final Attendance attendance;
    private final Organization organization;
    private final Outbox outbox;
    private final ReminderSettings settings;
    private final MeetingTexts texts;
    private final RsvpButtons buttons;
    private final MessageSource messages;
    private final MeetingDocuments documents;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Exemptions exemptions;
    private final AgendaTexts agendaTexts;
    private final GroupPosts groupPosts;
    private final Clock clock;

    Reminders(Meetings meetings, Attendance attendance, Organization organization, Outbox outbox, ReminderSettings settings,
              MeetingTexts texts, RsvpButtons buttons, MessageSource messages, MeetingDocuments documents,
              JdbcClient jdbc, TransactionTemplate transaction, Exemptions exemptions, AgendaTexts agendaTexts,
              GroupPosts groupPosts, Clock clock) {
        this.groupPosts = groupPosts;
        this.exemptions = exemptions;
        this.agendaTexts = agendaTexts;
        this.documents = documents;
        this.meetings = meetings;
        this.attendance = attendance;
        this.organization = organization;
        this.outbox = outbox;
        this.settings = settings;
        this.texts = texts;
        this.buttons = buttons;
        this.messages = messages;
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
        send(meeting, latest, documents.filesAddedAfter(meeting, lastSent), carriesAgenda);
        if (carriesAgenda) {
            agendaTexts.block(meeting, Languages.VIETNAMESE).ifPresent(agenda -> groupPosts.post(meeting.cellId(),
                    "agenda:" + meeting.id(), locale -> new OutboundMessage(texts.line(meeting, locale) + "\n\n" + agenda,
                            List.of(List.of(agendaTexts.readButton(meeting, locale))), null, null)));
        }
        if (latest == due.size()) {
            groupPosts.post(meeting.cellId(), "reminder:" + meeting.id(), locale -> OutboundMessage.text(
                    messages.getMessage("group.reminder", new Object[] {texts.title(meeting, locale),
                            texts.when(meeting, locale), meeting.place()}, locale)));
        }
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

    /**
     * The first reminder a member gets carries the meeting's documents, each as its own message. Members
     * exempted from meetings that day get none, unless they asked to be reminded all the same.
     */
    private void send(Meeting meeting, int stage, List<OutboundFile> files, boolean withAgenda) {
        Map<Locale, Optional<String>> agendas = new HashMap<>();
        Map<Long, Reply> replies = new HashMap<>();
        var recipients = new ArrayList<Long>();
        Exemptions.Calendar exempt = exemptions.calendar();
        LocalDate day = meeting.startsAt().toLocalDate();
        for (AttendanceLine line : attendance.attendance(meeting)) {
            if (stage > 1 && line.reply() != null && SAID_ABSENT.contains(line.reply())) {
                continue;
            }
            if (exempt.on(line.member().id(), day).filter(span -> !span.wantsReminders()).isPresent()) {
                continue;
            }
            recipients.add(line.member().id());
            if (line.reply() != null) {
                replies.put(line.member().id(), line.reply());
            }
        }
        outbox.toMembers(recipients, Outbox.NoticeKey.of("reminder", "meeting-" + meeting.id(), "stage-" + stage),
                (memberId, locale) -> {
                    String text = messages.getMessage("reminder.text", new Object[] {texts.title(meeting, locale),
                            texts.when(meeting, locale), meeting.place()}, locale);
                    Reply reply = replies.get(memberId);
                    if (reply != null) {
                        text += "\n" + messages.getMessage("reminder.yourReply",
                                new Object[] {messages.getMessage("attendance.reply." + reply.name(), null, locale)}, locale);
                    }
                    Optional<String> agenda = withAgenda
                            ? agendas.computeIfAbsent(locale, language -> agendaTexts.block(meeting, language))
                            : Optional.empty();
                    if (agenda.isPresent()) {
                        text += "\n\n" + agenda.get();
                    }
                    var rows = new ArrayList<List<Button>>();
                    rows.add(buttons.choices(meeting, locale));
                    if (agenda.isPresent() || !files.isEmpty()) {
                        rows.add(List.of(agendaTexts.readButton(meeting, locale)));
                    }
                    var parts = new ArrayList<OutboundMessage>();
                    files.forEach(file -> parts.add(OutboundMessage.withFile(file.fileName(), file)));
                    parts.add(new OutboundMessage(text, rows, null, null));
                    return parts;
                });
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
