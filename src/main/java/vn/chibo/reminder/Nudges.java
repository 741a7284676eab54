package vn.chibo.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.attendance.Attendance;
import vn.chibo.attendance.AttendanceLine;
import vn.chibo.attendance.RsvpButtons;
import vn.chibo.channel.Outbox;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingTexts;
import vn.chibo.organization.Exemptions;
import vn.chibo.organization.Member;

/** A leader's nudge: only those who have not replied to a meeting, once per reminder stage. */
@Service
public class Nudges {

    /** What a nudge did: sent to these members, or nothing because it was sent already or everyone replied. */
    public record NudgeResult(Result result, List<Member> nudged) {
    }

    public enum Result { SENT, ALREADY_SENT, EVERYONE_REPLIED }

    private final Attendance attendance;
    private final Reminders reminders;
    private final Outbox outbox;
    private final MeetingTexts texts;
    private final RsvpButtons buttons;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Exemptions exemptions;
    private final Clock clock;

    Nudges(Attendance attendance, Reminders reminders, Outbox outbox, MeetingTexts texts, RsvpButtons buttons,
           MessageSource messages, JdbcClient jdbc, Exemptions exemptions, Clock clock) {
        this.exemptions = exemptions;
        this.attendance = attendance;
        this.reminders = reminders;
        this.outbox = outbox;
        this.texts = texts;
        this.buttons = buttons;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public NudgeResult nudge(Meeting meeting, Member by) {
        int stage = reminders.lastStageSent(meeting);
        if (jdbc.sql("SELECT COUNT(*) FROM nudge WHERE meeting_id = ? AND stage = ?").params(meeting.id(), stage)
                .query(Long.class).single() > 0) {
            return new NudgeResult(Result.ALREADY_SENT, List.of());
        }
        Exemptions.Calendar exempt = exemptions.calendar();
        LocalDate day = meeting.startsAt().toLocalDate();
        List<Member> silent = attendance.attendance(meeting).stream().filter(line -> line.reply() == null)
                .map(AttendanceLine::member).filter(member -> member.id() != by.id())
                .filter(member -> exempt.on(member.id(), day).filter(span -> !span.wantsReminders()).isEmpty())
                .toList();
        if (silent.isEmpty()) {
            return new NudgeResult(Result.EVERYONE_REPLIED, List.of());
        }
        jdbc.sql("INSERT INTO nudge (meeting_id, stage, member_id, sent_at) VALUES (?, ?, ?, ?)")
                .params(meeting.id(), stage, by.id(), clock.instant().toEpochMilli()).update();
        outbox.toMembers(silent.stream().map(Member::id).toList(),
                Outbox.NoticeKey.of("nudge", "meeting-" + meeting.id(), "stage-" + stage),
                locale -> OutboundMessage.withButtons(messages.getMessage("nudge.text", new Object[] {by.fullName(),
                                texts.title(meeting, locale), texts.when(meeting, locale), meeting.place()}, locale),
                        buttons.choices(meeting, locale)));
        return new NudgeResult(Result.SENT, silent);
    }
}
