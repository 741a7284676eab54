package vn.chibo.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.chibo.conversation.Access;
import vn.chibo.conversation.NamedCommand;
import vn.chibo.conversation.CellScope;
import vn.chibo.conversation.ChatContext;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.text.VietnameseText;

/**
 * /lich (/schedule): the cell's coming meetings, and the address of its calendar feed; for its secretary or
 * deputy, "/lich dat …" sets its regular rule.
 */
@Component
class ScheduleCommand extends NamedCommand {

    private static final String SET = "dat";

    private final Meetings meetings;
    private final MeetingTexts texts;
    private final CalendarLinks links;
    private final Schedules schedules;

    ScheduleCommand(Meetings meetings, MeetingTexts texts, CalendarLinks links, Schedules schedules) {
        super("lich", "schedule", Access.MEMBER, true);
        this.schedules = schedules;
        this.meetings = meetings;
        this.texts = texts;
        this.links = links;
    }

    @Override
    public CellScope cellScope() {
        return CellScope.MANAGED;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        Member me = chat.member().orElseThrow();
        if (!me.unit().isCell()) {
            return List.of(chat.reply("schedule.notInCell"));
        }
        OrgUnit cell = me.unit();
        String[] words = arguments.strip().split("\\s+", 2);
        if (VietnameseText.fold(words[0]).equals(SET)) {
            return setRule(chat, me, words.length > 1 ? words[1] : "");
        }
        return coming(chat, cell);
    }

    private List<OutboundMessage> coming(ChatContext chat, OrgUnit cell) {
        List<Meeting> coming = meetings.upcoming(cell);
        if (coming.isEmpty()) {
            return List.of(chat.reply("schedule.none", cell.name()));
        }
        var text = new StringBuilder(chat.text("schedule.title", cell.name()));
        coming.forEach(meeting -> text.append("\n• ").append(texts.line(meeting, chat.locale())));
        text.append("\n\n").append(chat.text("schedule.calendar", links.feed(meetings.calendarToken(cell))));
        return List.of(OutboundMessage.text(text.toString()));
    }

    /** "/lich dat ngày 5 19:30 Nhà văn hóa": the secretary or deputy sets the cell's own regular rule. */
    private List<OutboundMessage> setRule(ChatContext chat, Member me, String typed) {
        if (!me.role().leadsCell()) {
            return List.of(chat.reply("hint.notAllowed"));
        }
        Optional<ScheduleRule> rule = RuleText.parse(typed);
        if (rule.isEmpty()) {
            return List.of(chat.reply("schedule.setHowTo"));
        }
        var outcome = schedules.setRule(me.unit(), rule.get(), null);
        if (!outcome.isDone()) {
            return List.of(chat.reply("schedule.rejected",
                    String.join(" ", outcome.reasons().stream().map(chat::text).toList())));
        }
        var replies = new ArrayList<OutboundMessage>();
        replies.add(chat.reply("schedule.set", me.unit().name()));
        replies.addAll(coming(chat, me.unit()));
        return replies;
    }
}
