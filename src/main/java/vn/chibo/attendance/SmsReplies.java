package vn.chibo.attendance;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.chibo.channel.Outbox;
import vn.chibo.channel.PhoneNotice;
import vn.chibo.channel.PhoneReplyReceived;
import vn.chibo.common.Outcome;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingTexts;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;
import vn.chibo.text.Languages;
import vn.chibo.text.VietnameseText;

/**
 * An SMS from a member's number answers their next meeting: "1" or "co" attending, "2" absent, "2 <lý do>" absent with
 * that reason. The member gets a one-line SMS back: what was recorded, or how to answer.
 */
@Component
class SmsReplies {

    private static final Pattern ATTENDING = Pattern.compile("(1|co|co mat|tham du|du)[.!]?");
    private static final Pattern ABSENT = Pattern.compile("2\\s*[.:,-]?\\s*(.*)", Pattern.DOTALL);

    private final Organization organization;
    private final Meetings meetings;
    private final Attendance attendance;
    private final MeetingTexts texts;
    private final Outbox outbox;
    private final MessageSource messages;

    SmsReplies(Organization organization, Meetings meetings, Attendance attendance, MeetingTexts texts, Outbox outbox,
               MessageSource messages) {
        this.organization = organization;
        this.meetings = meetings;
        this.attendance = attendance;
        this.texts = texts;
        this.outbox = outbox;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void received(PhoneReplyReceived sms) {
        Member member = organization.member(sms.memberId()).orElse(null);
        if (member == null) {
            return;
        }
        Optional<Meeting> next = meetings.upcoming(member.unit()).stream().filter(m -> !m.cancelled()).findFirst();
        String text = VietnameseText.visible(sms.text()).strip();
        String folded = VietnameseText.fold(text);
        String answer;
        if (next.isEmpty()) {
            answer = message("sms.noMeeting");
        } else if (ATTENDING.matcher(folded).matches()) {
            answer = recorded(next.get(), member, Reply.ATTENDING, null);
        } else if (folded.startsWith("2") && ABSENT.matcher(text).matches()) {
            Matcher absent = ABSENT.matcher(text);
            absent.matches();
            String reason = absent.group(1).strip();
            answer = recorded(next.get(), member, reason.isEmpty() ? Reply.ABSENT : Reply.ABSENT_WITH_REASON,
                    reason.isEmpty() ? null : reason);
        } else {
            answer = message("sms.help");
        }
        outbox.bySms(member, new PhoneNotice("sms-answer", member.id(), Map.of(), answer), "sms-answer:" + sms.eventId());
    }

    private String recorded(Meeting meeting, Member member, Reply reply, String reason) {
        Outcome<String, AttendanceRefusal> outcome = attendance.reply(meeting, member, reply, reason, Via.SMS);
        if (outcome instanceof Outcome.Refused<String, AttendanceRefusal> refused) {
            return message(refused.first().messageKey);
        }
        String said = message("attendance.reply." + reply.name()) + (reason == null ? "" : " (" + reason + ")");
        return messages.getMessage("sms.recorded", new Object[] {said, texts.title(meeting, Languages.VIETNAMESE),
                texts.when(meeting, Languages.VIETNAMESE)}, Languages.VIETNAMESE);
    }

    private String message(String key) {
        return messages.getMessage(key, null, Languages.VIETNAMESE);
    }
}
