package vn.chibo.statistics;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.chibo.attendance.Attendance;
import vn.chibo.attendance.AttendanceLine;
import vn.chibo.attendance.Via;
import vn.chibo.channel.Reach;
import vn.chibo.meeting.Meeting;
import vn.chibo.organization.OrgUnit;

/** The reach figure in words ("members, linked in a chat, by phone only, no route"), and how a meeting's answers came. */
@Component
public class ReachTexts {

    private final Reach reach;
    private final Attendance attendance;
    private final MessageSource messages;

    ReachTexts(Reach reach, Attendance attendance, MessageSource messages) {
        this.reach = reach;
        this.attendance = attendance;
        this.messages = messages;
    }

    public String reach(OrgUnit unit, Locale locale) {
        Reach.Figure figure = reach.of(unit);
        return messages.getMessage("stats.reach", new Object[] {figure.members(), figure.linked(), figure.byPhone(),
                figure.unreachable()}, locale);
    }

    /** A committee's ZNS messages in a month against its limit, when the bot sends by ZNS or did that month. */
    public Optional<String> znsCost(OrgUnit unit, YearMonth month, Locale locale) {
        Reach.ZnsCost cost = reach.znsCost(unit, month);
        if (!reach.znsConfigured() && cost.messages() == 0) {
            return Optional.empty();
        }
        return Optional.of(messages.getMessage(cost.monthlyLimit() > 0 ? "stats.znsCostLimited" : "stats.znsCost",
                new Object[] {cost.committee(), cost.messages(), cost.monthlyLimit()}, locale));
    }

    /** For an admin: today's ZNS quota, what went and what waits; empty when ZNS is not set up. */
    public Optional<String> znsToday(Locale locale) {
        return reach.znsToday().map(today -> messages.getMessage("stats.znsToday", new Object[] {today.sentToday(),
                today.dailyQuota() == null ? "?" : today.dailyQuota(), today.waiting(),
                messages.getMessage(today.spent() ? "stats.znsToday.spent" : "stats.znsToday.open", null, locale)}, locale));
    }

    /** "Trả lời qua: Telegram 6, SMS 1, bí thư gọi điện 1"; empty before any answer. */
    public Optional<String> answersByRoute(Meeting meeting, Locale locale) {
        Map<Via, Long> counted = new EnumMap<>(Via.class);
        attendance.attendance(meeting).stream().map(AttendanceLine::via).filter(via -> via != null)
                .forEach(via -> counted.merge(via, 1L, Long::sum));
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        String routes = counted.entrySet().stream()
                .map(entry -> messages.getMessage("via." + entry.getKey().name(), null, locale) + " " + entry.getValue())
                .collect(Collectors.joining(", "));
        return Optional.of(messages.getMessage("stats.answersByRoute", new Object[] {routes}, locale));
    }
}
