package vn.chibo.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleRuleTest {

    private static final LocalTime EVENING = LocalTime.of(19, 30);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static ScheduleRule day(int day) {
        return new ScheduleRule(ScheduleRule.Kind.DAY_OF_MONTH, day, null, null, EVENING, "Nhà văn hóa tổ 3");
    }

    private static ScheduleRule lastDay() {
        return new ScheduleRule(ScheduleRule.Kind.LAST_DAY, null, null, null, EVENING, "Nhà văn hóa tổ 3");
    }

    private static ScheduleRule nth(int week, DayOfWeek weekday) {
        return new ScheduleRule(ScheduleRule.Kind.NTH_WEEKDAY, null, week, weekday, EVENING, "Nhà văn hóa tổ 3");
    }

    @Test
    void theLastDayFollowsTheMonthsLength() {
        assertThat(lastDay().dateIn(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(lastDay().dateIn(YearMonth.of(2027, 2))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(lastDay().dateIn(YearMonth.of(2028, 2))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(lastDay().dateIn(YearMonth.of(2027, 4))).isEqualTo(LocalDate.of(2027, 4, 30));
    }

    @Test
    void aFixedDayUpTo28FallsInEveryMonthAndLaterDaysAreRefused() {
        assertThat(day(28).dateIn(YearMonth.of(2027, 2))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(day(5).dateIn(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(day(29).problems()).containsExactly("schedule.problem.day");
        assertThat(day(0).problems()).containsExactly("schedule.problem.day");
        assertThat(day(28).problems()).isEmpty();
    }

    @Test
    void theNthWeekdayCountsFromTheMonthsStartAndTheLastFromItsEnd() {
        assertThat(nth(1, DayOfWeek.SATURDAY).dateIn(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(nth(1, DayOfWeek.TUESDAY).dateIn(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(nth(4, DayOfWeek.THURSDAY).dateIn(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(nth(ScheduleRule.LAST_WEEK, DayOfWeek.SUNDAY).dateIn(YearMonth.of(2026, 12)))
                .isEqualTo(LocalDate.of(2026, 12, 27));
        assertThat(nth(ScheduleRule.LAST_WEEK, DayOfWeek.THURSDAY).dateIn(YearMonth.of(2026, 12)))
                .isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(nth(5, DayOfWeek.SUNDAY).problems()).containsExactly("schedule.problem.week");
    }

    @Test
    void meetingsRunAcrossNewYearAtTheirLocalTime() {
        var rule = nth(1, DayOfWeek.SATURDAY);
        var starts = Stream.of(YearMonth.of(2026, 12), YearMonth.of(2027, 1), YearMonth.of(2027, 2))
                .map(month -> rule.startIn(month, VIETNAM)).toList();

        assertThat(starts).extracting(s -> s.toOffsetDateTime().toString())
                .containsExactly("2026-12-05T19:30+07:00", "2027-01-02T19:30+07:00", "2027-02-06T19:30+07:00");
    }

    @Test
    void aRuleNeedsATimeAndAPlace() {
        var bare = new ScheduleRule(ScheduleRule.Kind.LAST_DAY, null, null, null, null, " ");

        assertThat(bare.problems()).containsExactly("schedule.problem.time", "schedule.problem.place");
    }
}
