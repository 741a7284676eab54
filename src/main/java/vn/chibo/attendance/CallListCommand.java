package vn.chibo.attendance;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.chibo.common.Outcome;
import vn.chibo.conversation.Access;
import vn.chibo.conversation.CellScope;
import vn.chibo.conversation.ChatContext;
import vn.chibo.conversation.DialogState;
import vn.chibo.conversation.NamedCommand;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;

/**
 * /goidien (/calls): the call list of the next meeting; tapping a member shows the number and the three outcomes
 * (Sẽ đến / Vắng có lý do, then the reason / Không liên lạc được), and the second tap records it.
 */
@Component
class CallListCommand extends NamedCommand {

    /** Waiting for the reason a called member gave for being absent. */
    record AwaitingCallReason(long meetingId, long memberId) implements DialogState {
    }

    private final Meetings meetings;
    private final CallList callList;
    private final CallListMessages texts;
    private final Organization organization;

    CallListCommand(Meetings meetings, CallList callList, CallListMessages texts, Organization organization) {
        super("goidien", "calls", Access.CELL_LEADER, true, CellScope.MANAGED);
        this.meetings = meetings;
        this.callList = callList;
        this.texts = texts;
        this.organization = organization;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        Member me = chat.member().orElseThrow();
        String[] words = arguments.strip().split("\\s+", 4);
        Optional<Meeting> meeting = words.length >= 2 ? Ids.parse(words[0]).flatMap(meetings::meeting)
                .filter(m -> me.mayManage(organization.unit(m.cellId()).orElseThrow())) : Optional.empty();
        Optional<Member> called = meeting.flatMap(m -> Ids.parse(words[1]).flatMap(organization::member)
                .filter(member -> member.unit().id() == m.cellId()));
        if (called.isEmpty()) {
            Optional<Meeting> next = meetings.upcoming(me.unit()).stream().filter(m -> !m.cancelled()).findFirst();
            return next.map(m -> List.of(texts.list(m, callList.of(m), chat.locale())))
                    .orElseGet(() -> List.of(chat.reply("calls.noMeeting")));
        }
        if (words.length == 2) {
            return List.of(texts.member(meeting.get(), called.get(), chat.locale()));
        }
        return switch (words[2]) {
            case CallListMessages.WILL_COME -> record(chat, meeting.get(), called.get(), CallList.CallOutcome.ATTENDING, null);
            case CallListMessages.UNREACHABLE -> record(chat, meeting.get(), called.get(), CallList.CallOutcome.UNREACHABLE, null);
            case CallListMessages.EXCUSED -> {
                if (words.length == 4) {
                    yield record(chat, meeting.get(), called.get(), CallList.CallOutcome.ABSENT_WITH_REASON, words[3]);
                }
                chat.awaitReply(new AwaitingCallReason(meeting.get().id(), called.get().id()));
                yield List.of(chat.reply("calls.askReason", called.get().fullName()));
            }
            default -> List.of(texts.member(meeting.get(), called.get(), chat.locale()));
        };
    }

    @Override
    public List<OutboundMessage> continueDialog(ChatContext chat, DialogState state, String input) {
        if (!(state instanceof AwaitingCallReason waiting)) {
            return handle(chat, "");
        }
        Optional<Meeting> meeting = meetings.meeting(waiting.meetingId());
        Optional<Member> called = organization.member(waiting.memberId());
        if (meeting.isEmpty() || called.isEmpty()) {
            return handle(chat, "");
        }
        return record(chat, meeting.get(), called.get(), CallList.CallOutcome.ABSENT_WITH_REASON, input);
    }

    private List<OutboundMessage> record(ChatContext chat, Meeting meeting, Member called, CallList.CallOutcome outcome,
                                         String reason) {
        Outcome<CallList.CallOutcome, AttendanceRefusal> recorded = callList.record(meeting, called.id(), outcome, reason,
                chat.member().orElseThrow().id());
        if (recorded instanceof Outcome.Refused<CallList.CallOutcome, AttendanceRefusal> refused) {
            return List.of(chat.reply(refused.first().messageKey));
        }
        String said = texts.text(chat.locale(), "calls.outcome." + outcome.name())
                + (reason == null || reason.isBlank() ? "" : " (" + reason.strip() + ")");
        return List.of(chat.reply("calls.recorded", called.fullName(), said));
    }
}
