package vn.chibo.record;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.chibo.common.Outcome;
import vn.chibo.conversation.Access;
import vn.chibo.conversation.CellScope;
import vn.chibo.conversation.ChatContext;
import vn.chibo.conversation.NamedCommand;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingTexts;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Member;

/** /dadoc (/read): the "Đã đọc tài liệu" button of the agenda a day ahead, or typed for the cell's next meeting. */
@Component
class ReadCommand extends NamedCommand {

    static final String NAME = "dadoc";

    private final Meetings meetings;
    private final DocumentReads reads;
    private final MeetingTexts meetingTexts;

    ReadCommand(Meetings meetings, DocumentReads reads, MeetingTexts meetingTexts) {
        super(NAME, "read", Access.MEMBER, false, CellScope.OWN);
        this.meetings = meetings;
        this.reads = reads;
        this.meetingTexts = meetingTexts;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        Member me = chat.member().orElseThrow();
        String given = arguments.strip();
        Optional<Meeting> meeting = given.matches("\\d{1,18}") ? meetings.meeting(Long.parseLong(given))
                : next(me);
        if (meeting.isEmpty()) {
            return List.of(chat.reply("attendance.noMeeting"));
        }
        Outcome<Meeting, String> marked = reads.markRead(meeting.get(), me);
        if (marked instanceof Outcome.Refused<Meeting, String> refused) {
            return List.of(chat.reply(refused.first()));
        }
        return List.of(chat.reply("reads.thanks", meetingTexts.line(meeting.get(), chat.locale())));
    }

    private Optional<Meeting> next(Member me) {
        return meetings.current(me.unit());
    }
}
