package vn.chibo.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A cell's regular meeting: a fixed day of the month (1 to 28), the last day, or the nth weekday ("thứ Bảy
 * đầu tiên": week 1; "Chủ nhật cuối cùng": week -1), at a time and a place.
 *
 * @param day     for {@link Kind#DAY_OF_MONTH}: 1 to 28, so that every month has it
 * @param week    for {@link Kind#NTH_WEEKDAY}: 1 to 4, or -1 for the last
 * @param weekday for {@link Kind#NTH_WEEKDAY}
 */
public record ScheduleRule(Kind kind, Integer day, Integer week, DayOfWeek weekday, LocalTime time, String place) {

    public enum Kind { DAY_OF_MONTH, LAST_DAY, NTH_WEEKDAY }

    public static final int LAST_WEEK = -1;
    static final int MAX_PLACE_LENGTH = 200;

    /** What is wrong with the rule, as message keys; empty when it can be used. */
    public List<String> problems() {
        var problems = new ArrayList<String>();
        if (kind == null) {
            problems.add("schedule.problem.kind");
        } else if (kind == Kind.DAY_OF_MONTH && (day == null || day < 1 || day > 28)) {
            problems.add("schedule.problem.day");
        } else if (kind == Kind.NTH_WEEKDAY && (week == null || !(week == LAST_WEEK || week >= 1 && week <= 4))) {
            problems.add("schedule.problem.week");
        } else if (kind == Kind.NTH_WEEKDAY && weekday == null) {
            problems.add("schedule.problem.weekday");
        }
        if (time == null) {
            problems.add("schedule.problem.time");
        }
        if (place == null || place.isBlank() || place.length() > MAX_PLACE_LENGTH) {
            problems.add("schedule.problem.place");
        }
        return problems;
    }

    /** The meeting day in a month. */
    public LocalDate dateIn(YearMonth month) {
        return switch (kind) {
            case DAY_OF_MONTH -> month.atDay(day);
            case LAST_DAY -> month.atEndOfMonth();
            case NTH_WEEKDAY -> week == LAST_WEEK
                    ? month.atEndOfMonth().with(TemporalAdjusters.lastInMonth(weekday))
                    : month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(week, weekday));
        };
    }

    public ZonedDateTime startIn(YearMonth month, ZoneId zone) {
        return dateIn(month).atTime(time).atZone(zone);
    }
}
