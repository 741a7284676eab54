package vn.chibo.reminder;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.attendance.Attendance;
import vn.chibo.attendance.AttendanceLine;
import vn.chibo.attendance.RsvpButtons;
import vn.chibo.channel.Outbox;
import vn.chibo.conversation.Access;
import vn.chibo.conversation.NamedCommand;
import vn.chibo.conversation.ChatContext;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingTexts;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Member;

/** /nhacnho: the secretary nudges only those who have not replied to the next meeting, once per reminder stage. */
@Component
class NudgeCommand extends NamedCommand {

    private final Meetings meetings;
    private final Attendance attendance;
    private final Reminders reminders;
    private final Outbox outbox;
    private final MeetingTexts texts;
    private final RsvpButtons buttons;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Clock clock;

    NudgeCommand(Meetings meetings, Attendance attendance, Reminders reminders, Outbox outbox,
                 MeetingTexts texts, RsvpButtons buttons, MessageSource messages, JdbcClient jdbc, Clock clock) {
        super("nhacnho", "nudge", Access.CELL_LEADER, true);
        this.meetings = meetings;
        this.attendance = attendance;
        this.reminders = reminders;
        this.outbox = outbox;
        this.texts = texts;
        this.buttons = buttons;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        Member me = chat.member().orElseThrow();
        if (!me.unit().isCell()) {
            return List.of(chat.reply("nudge.cellOnly"));
        }
        Optional<Meeting> next = meetings.upcoming(me.unit()).stream().filter(m -> !m.cancelled()).findFirst();
        if (next.isEmpty()) {
            return List.of(chat.reply("attendance.noMeeting"));
        }
        Meeting meeting = next.get();
        int stage = reminders.lastStageSent(meeting);
        if (jdbc.sql("SELECT COUNT(*) FROM nudge WHERE meeting_id = ? AND stage = ?").params(meeting.id(), stage)
                .query(Long.class).single() > 0) {
            return List.of(chat.reply("nudge.already"));
        }
        List<Member> silent = attendance.attendance(meeting).stream().filter(line -> line.reply() == null)
                .map(AttendanceLine::member).filter(member -> member.id() != me.id()).toList();
        if (silent.isEmpty()) {
            return List.of(chat.reply("nudge.everyoneReplied"));
        }
        jdbc.sql("INSERT INTO nudge (meeting_id, stage, member_id, sent_at) VALUES (?, ?, ?, ?)")
                .params(meeting.id(), stage, me.id(), clock.instant().toEpochMilli()).update();
        for (Member member : silent) {
            outbox.recipient(member.id()).ifPresent(to -> {
                Locale locale = to.locale();
                String text = messages.getMessage("nudge.text", new Object[] {me.fullName(), texts.title(meeting, locale),
                        texts.when(meeting, locale), meeting.place()}, locale);
                outbox.enqueue(to, OutboundMessage.withButtons(text, buttons.choices(meeting, locale)),
                        "nudge:meeting-" + meeting.id() + ":stage-" + stage + ":member-" + member.id());
            });
        }
        return List.of(chat.reply("nudge.sent", silent.size(),
                silent.stream().map(Member::fullName).collect(Collectors.joining(", "))));
    }
}
