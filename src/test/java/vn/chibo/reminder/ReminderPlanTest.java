package vn.chibo.reminder;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderPlanTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final ReminderSettings.Effective DEFAULTS = new ReminderSettings.Effective(List.of(
            new ReminderSettings.Stage(3, LocalTime.of(8, 0), null),
            new ReminderSettings.Stage(1, LocalTime.of(19, 0), null),
            new ReminderSettings.Stage(null, null, 2)),
            LocalTime.of(21, 30), LocalTime.of(7, 0), null);

    @Test
    void theDefaultStagesAreThreeDaysBeforeAtEightTheEveningBeforeAndTwoHoursBefore() {
        var due = new ReminderPlan(DEFAULTS).dueTimes(ZonedDateTime.of(2026, 12, 5, 19, 30, 0, 0, VIETNAM));

        assertThat(due).extracting(ZonedDateTime::toString).containsExactly(
                "2026-12-02T08:00+07:00[Asia/Ho_Chi_Minh]", "2026-12-04T19:00+07:00[Asia/Ho_Chi_Minh]",
                "2026-12-05T17:30+07:00[Asia/Ho_Chi_Minh]");
    }

    @Test
    void aStageInQuietHoursMovesToSevenInTheMorning() {
        var early = new ReminderPlan(DEFAULTS).dueTimes(ZonedDateTime.of(2026, 12, 10, 7, 30, 0, 0, VIETNAM));
        assertThat(early.get(2).toLocalTime()).as("05:30 is quiet").isEqualTo(LocalTime.of(7, 0));

        var late = new ReminderPlan(new ReminderSettings.Effective(List.of(new ReminderSettings.Stage(1, LocalTime.of(22, 0), null)),
                LocalTime.of(21, 30), LocalTime.of(7, 0), null))
                .dueTimes(ZonedDateTime.of(2026, 12, 10, 19, 30, 0, 0, VIETNAM));
        assertThat(late.get(0).toString()).as("22:00 the evening before waits for the morning")
                .isEqualTo("2026-12-10T07:00+07:00[Asia/Ho_Chi_Minh]");
    }

    @Test
    void aStageThatWouldFallAtOrAfterTheStartHasNoTime() {
        var due = new ReminderPlan(DEFAULTS).dueTimes(ZonedDateTime.of(2026, 12, 10, 6, 0, 0, 0, VIETNAM));

        assertThat(due.get(2)).as("04:00 moves to 07:00, after a 06:00 start").isNull();
    }
}
