package vn.chibo.meeting;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.chibo.conversation.Access;
import vn.chibo.conversation.NamedCommand;
import vn.chibo.conversation.ChatContext;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;

/** /lich (/schedule): the cell's coming meetings, and the address of its calendar feed. */
@Component
class ScheduleCommand extends NamedCommand {

    private final Meetings meetings;
    private final MeetingTexts texts;
    private final CalendarLinks links;

    ScheduleCommand(Meetings meetings, MeetingTexts texts, CalendarLinks links) {
        super("lich", "schedule", Access.MEMBER, true);
        this.meetings = meetings;
        this.texts = texts;
        this.links = links;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        Member me = chat.member().orElseThrow();
        if (!me.unit().isCell()) {
            return List.of(chat.reply("schedule.notInCell"));
        }
        OrgUnit cell = me.unit();
        List<Meeting> coming = meetings.upcoming(cell);
        if (coming.isEmpty()) {
            return List.of(chat.reply("schedule.none", cell.name()));
        }
        var text = new StringBuilder(chat.text("schedule.title", cell.name()));
        coming.forEach(meeting -> text.append("\n• ").append(texts.line(meeting, chat.locale())));
        text.append("\n\n").append(chat.text("schedule.calendar", links.feed(meetings.calendarToken(cell))));
        return List.of(OutboundMessage.text(text.toString()));
    }
}
