package vn.chibo.attendance;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.ReminderMessage;
import vn.chibo.meeting.ReminderSection;
import vn.chibo.meeting.ReminderStage;
import vn.chibo.organization.Exemptions;

/**
 * Attendance's part of a reminder: who is not reminded (after the first stage, those who said they will be absent;
 * members exempted from meetings that day, unless they asked for reminders), the member's current reply, and the
 * buttons to answer; by phone, the member's answer link.
 */
@Component
@Order(10)
class ReplyReminderSection implements ReminderSection {

    private static final Set<Reply> SAID_ABSENT = Set.of(Reply.ABSENT, Reply.ABSENT_WITH_REASON);

    private final Attendance attendance;
    private final Exemptions exemptions;
    private final RsvpButtons buttons;
    private final MessageSource messages;

    private final AnswerLinks answerLinks;

    ReplyReminderSection(Attendance attendance, Exemptions exemptions, RsvpButtons buttons, MessageSource messages,
                         AnswerLinks answerLinks) {
        this.answerLinks = answerLinks;
        this.attendance = attendance;
        this.exemptions = exemptions;
        this.buttons = buttons;
        this.messages = messages;
    }

    @Override
    public Part prepare(Meeting meeting, ReminderStage stage) {
        Map<Long, Reply> replies = new HashMap<>();
        Set<Long> skipped = new HashSet<>();
        Exemptions.Calendar exempt = exemptions.calendar();
        LocalDate day = meeting.startsAt().toLocalDate();
        for (AttendanceLine line : attendance.attendance(meeting)) {
            long member = line.member().id();
            if (line.reply() != null) {
                replies.put(member, line.reply());
            }
            if (stage.number() > 1 && line.reply() != null && SAID_ABSENT.contains(line.reply())
                    || exempt.on(member, day).filter(span -> !span.wantsReminders()).isPresent()) {
                skipped.add(member);
            }
        }
        return new Part() {
            @Override
            public boolean skips(long memberId) {
                return skipped.contains(memberId);
            }

            @Override
            public void write(long memberId, Locale locale, ReminderMessage message) {
                Reply reply = replies.get(memberId);
                if (reply != null) {
                    message.line(messages.getMessage("reminder.yourReply",
                            new Object[] {messages.getMessage("attendance.reply." + reply.name(), null, locale)}, locale));
                }
                message.buttons(buttons.choices(meeting, locale));
            }

            @Override
            public void phoneFields(long memberId, Map<String, String> fields) {
                answerLinks.linkFor(meeting, memberId).ifPresent(link -> fields.put("answer_link", link));
            }
        };
    }
}
