package vn.chibo.attendance;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.chibo.common.Outcome;
import vn.chibo.conversation.Access;
import vn.chibo.conversation.Button;
import vn.chibo.conversation.CellScope;
import vn.chibo.conversation.ChatContext;
import vn.chibo.conversation.DialogState;
import vn.chibo.conversation.NamedCommand;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingTexts;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Member;

/**
 * /diemdanh (/rsvp): while check-in is open, confirm presence with the code; otherwise answer for the next
 * meeting: Tham dự / Vắng có lý do (then the reason: quick choices or free text) / Vắng. Buttons carry
 * "/diemdanh &lt;meeting&gt; co|lydo [reason]|vang", so a reminder can carry the same choices.
 */
@Component
class RsvpCommand extends NamedCommand {

    static final String PRESENT = "comat";
    private static final List<String> QUICK_REASONS = List.of("attendance.reason.work", "attendance.reason.sick",
            "attendance.reason.family");

    /** Waiting for the reason of an absence from this meeting. */
    record AwaitingReason(long meetingId) implements DialogState {
    }

    /** Waiting for the check-in code read out at the meeting. */
    record AwaitingCode() implements DialogState {
    }

    private final Meetings meetings;
    private final Attendance attendance;
    private final MeetingTexts texts;
    private final RsvpButtons buttons;

    RsvpCommand(Meetings meetings, Attendance attendance, MeetingTexts texts,
                RsvpButtons buttons) {
        super("diemdanh", "rsvp", Access.MEMBER, true, CellScope.OWN);
        this.buttons = buttons;
        this.meetings = meetings;
        this.attendance = attendance;
        this.texts = texts;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        Member me = chat.member().orElseThrow();
        String[] words = arguments.strip().split("\\s+", 3);
        if (arguments.isBlank() || words[0].equals(PRESENT)) {
            var open = attendance.openCheckIn(me);
            if (open.isPresent()) {
                chat.awaitReply(new AwaitingCode());
                return List.of(words[0].equals(PRESENT) ? chat.reply("attendance.askCode")
                        : OutboundMessage.withButtons(chat.text("attendance.askCode"),
                                List.of(new Button(chat.text("attendance.present"), "/diemdanh " + PRESENT))));
            }
            if (words[0].equals(PRESENT)) {
                return List.of(chat.reply(AttendanceRefusal.CHECK_IN_NOT_OPEN.messageKey));
            }
            return nextMeeting(chat, me);
        }
        Optional<Meeting> meeting = Ids.parse(words[0]).flatMap(meetings::meeting);
        if (meeting.isEmpty() || words.length < 2) {
            return nextMeeting(chat, me);
        }
        return switch (words[1]) {
            case RsvpButtons.ATTEND -> record(chat, me, meeting.get(), Reply.ATTENDING, null);
            case RsvpButtons.ABSENT -> record(chat, me, meeting.get(), Reply.ABSENT, null);
            case RsvpButtons.EXCUSED -> words.length == 3 ? record(chat, me, meeting.get(), Reply.ABSENT_WITH_REASON, words[2])
                    : askReason(chat, meeting.get());
            default -> nextMeeting(chat, me);
        };
    }

    @Override
    public List<OutboundMessage> continueDialog(ChatContext chat, DialogState state, String input) {
        Member me = chat.member().orElseThrow();
        if (!(state instanceof AwaitingReason reason)) {
            return checkIn(chat, me, input);
        }
        Optional<Meeting> meeting = meetings.meeting(reason.meetingId());
        if (meeting.isEmpty()) {
            return nextMeeting(chat, me);
        }
        return record(chat, me, meeting.get(), Reply.ABSENT_WITH_REASON, input);
    }

    List<OutboundMessage> checkIn(ChatContext chat, Member me, String code) {
        var outcome = attendance.checkIn(me, code);
        if (outcome.isDone()) {
            return List.of(chat.reply("attendance.checkedIn"));
        }
        AttendanceRefusal refusal = outcome.reasons().get(0);
        if (refusal == AttendanceRefusal.WRONG_CODE) {
            chat.awaitReply(new AwaitingCode());
        }
        return List.of(chat.reply(refusal.messageKey));
    }

    private List<OutboundMessage> nextMeeting(ChatContext chat, Member me) {
        Optional<Meeting> next = meetings.upcoming(me.unit()).stream()
                .filter(m -> !m.cancelled()).findFirst();
        if (next.isEmpty()) {
            return List.of(chat.reply("attendance.noMeeting"));
        }
        String question = chat.text("attendance.ask", describe(chat, next.get()));
        Optional<AttendanceLine> mine = attendance.attendance(next.get()).stream()
                .filter(line -> line.member().id() == me.id() && line.reply() != null).findFirst();
        if (mine.isPresent()) {
            String answer = chat.text("attendance.reply." + mine.get().reply().name());
            if (mine.get().reason() != null) {
                answer += " (" + mine.get().reason() + ")";
            }
            question += "\n" + chat.text("attendance.current", answer);
        }
        return List.of(OutboundMessage.withButtons(question, buttons.choices(next.get(), chat.locale())));
    }

    private List<OutboundMessage> askReason(ChatContext chat, Meeting meeting) {
        chat.awaitReply(new AwaitingReason(meeting.id()));
        String command = "/diemdanh " + meeting.id() + " " + RsvpButtons.EXCUSED + " ";
        return List.of(OutboundMessage.withButtons(chat.text("attendance.askReason"), QUICK_REASONS.stream()
                .map(key -> new Button(chat.text(key), command + chat.text(key))).toList()));
    }

    private List<OutboundMessage> record(ChatContext chat, Member me, Meeting meeting, Reply reply, String reason) {
        var outcome = attendance.reply(meeting, me, reply, reason, Via.of(chat.message().channel()));
        if (outcome instanceof Outcome.Refused<String, AttendanceRefusal> refused) {
            return List.of(chat.reply(refused.first().messageKey));
        }
        String answer = chat.text("attendance.reply." + reply.name());
        if (reply == Reply.ABSENT_WITH_REASON) {
            answer += " (" + reason.strip() + ")";
        }
        return List.of(chat.reply("attendance.recorded", answer, describe(chat, meeting)));
    }

    private String describe(ChatContext chat, Meeting meeting) {
        return texts.line(meeting, chat.locale());
    }

}
