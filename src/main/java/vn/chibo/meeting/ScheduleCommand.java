package vn.chibo.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.chibo.conversation.Access;
import vn.chibo.conversation.CellScope;
import vn.chibo.conversation.ChatContext;
import vn.chibo.conversation.NamedCommand;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.text.VietnameseText;

/**
 * /lich (/schedule): the cell's coming meetings, and the address of its calendar feed; for its secretary or
 * deputy, "/lich dat …" sets its regular rule.
 */
@Component
class ScheduleCommand extends NamedCommand {

    private static final String SET = "dat";
    private static final String FRESH_LINK = "moi";
    private static final String FRESH_LINK_ENGLISH = "new";

    private final Meetings meetings;
    private final MeetingTexts texts;
    private final CalendarLinks links;
    private final Schedules schedules;
    private final MemberCalendars calendars;
    private final Organization organization;

    ScheduleCommand(Meetings meetings, MeetingTexts texts, CalendarLinks links, Schedules schedules,
                    MemberCalendars calendars, Organization organization) {
        super("lich", "schedule", Access.MEMBER, true, CellScope.MANAGED);
        this.calendars = calendars;
        this.organization = organization;
        this.schedules = schedules;
        this.meetings = meetings;
        this.texts = texts;
        this.links = links;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        Member me = chat.member().orElseThrow();
        OrgUnit cell = me.unit();
        String[] words = arguments.strip().split("\\s+", 2);
        String first = VietnameseText.fold(words[0]);
        if (first.equals(SET)) {
            return setRule(chat, me, words.length > 1 ? words[1] : "");
        }
        if (first.equals(FRESH_LINK) || first.equals(FRESH_LINK_ENGLISH)) {
            return ownCell(me, cell)
                    ? List.of(chat.reply("schedule.freshLink", links.subscription(calendars.fresh(me, cell)),
                            links.feed(calendars.token(me, cell))))
                    : coming(chat, me, cell);
        }
        return coming(chat, me, cell);
    }

    private List<OutboundMessage> coming(ChatContext chat, Member me, OrgUnit cell) {
        List<Meeting> coming = meetings.upcoming(cell);
        var text = new StringBuilder(coming.isEmpty() ? chat.text("schedule.none", cell.name())
                : chat.text("schedule.title", cell.name()));
        coming.forEach(meeting -> text.append("\n• ").append(texts.line(meeting, chat.locale())));
        // a member's own address stops with their membership of the cell; an admin acting for it gets the cell's
        String token = ownCell(me, cell) ? calendars.token(me, cell) : meetings.calendarToken(cell);
        text.append("\n\n").append(chat.text("schedule.calendar", links.subscription(token), links.feed(token)));
        return List.of(OutboundMessage.text(text.toString()));
    }

    private boolean ownCell(Member me, OrgUnit cell) {
        return organization.member(me.id()).filter(member -> member.unit().id() == cell.id()).isPresent();
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
        replies.addAll(coming(chat, me, me.unit()));
        return replies;
    }
}
