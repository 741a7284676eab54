package vn.chibo.reminder;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.chibo.conversation.Access;
import vn.chibo.conversation.CellScope;
import vn.chibo.conversation.ChatContext;
import vn.chibo.conversation.NamedCommand;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Member;

/** /nhacnho: the secretary nudges only those who have not replied to the next meeting, once per reminder stage. */
@Component
class NudgeCommand extends NamedCommand {

    private final Meetings meetings;
    private final Nudges nudges;

    NudgeCommand(Meetings meetings, Nudges nudges) {
        super("nhacnho", "nudge", Access.CELL_LEADER, true, CellScope.MANAGED);
        this.meetings = meetings;
        this.nudges = nudges;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        Member me = chat.member().orElseThrow();
        Optional<Meeting> next = meetings.upcoming(me.unit()).stream().filter(m -> !m.cancelled()).findFirst();
        if (next.isEmpty()) {
            return List.of(chat.reply("attendance.noMeeting"));
        }
        Nudges.NudgeResult outcome = nudges.nudge(next.get(), me);
        switch (outcome.result()) {
            case ALREADY_SENT:
                return List.of(chat.reply("nudge.already"));
            case EVERYONE_REPLIED:
                return List.of(chat.reply("nudge.everyoneReplied"));
            default:
                return List.of(chat.reply("nudge.sent", outcome.nudged().size(),
                        outcome.nudged().stream().map(Member::fullName).collect(Collectors.joining(", "))));
        }
    }
}
