package vn.chibo.reminder;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** When each stage of a meeting's reminders is due, quiet hours respected. */
final class ReminderPlan {

    private final ReminderSettings.Effective settings;

    ReminderPlan(ReminderSettings.Effective settings) {
        this.settings = settings;
    }

    /** Due times by stage, in the meeting's zone; a stage that would fall at or after the start has none (null). */
    List<ZonedDateTime> dueTimes(ZonedDateTime start) {
        var due = new ArrayList<ZonedDateTime>();
        for (ReminderSettings.Stage stage : settings.stages()) {
            ZonedDateTime at = stage.hoursBefore() != null
                    ? start.minusHours(stage.hoursBefore())
                    : start.toLocalDate().minusDays(stage.daysBefore()).atTime(stage.at()).atZone(start.getZone());
            at = outOfQuietHours(at);
            due.add(at.isBefore(start) ? at : null);
        }
        return due;
    }

    /** 21:30 to 07:00 by default: a late stage waits for the next morning, an early one for the same morning. */
    private ZonedDateTime outOfQuietHours(ZonedDateTime at) {
        LocalTime from = settings.quietFrom();
        LocalTime until = settings.quietUntil();
        LocalTime time = at.toLocalTime();
        if (!time.isBefore(from)) {
            return at.toLocalDate().plusDays(1).atTime(until).atZone(at.getZone());
        }
        if (time.isBefore(until)) {
            return at.toLocalDate().atTime(until).atZone(at.getZone());
        }
        return at;
    }
}
