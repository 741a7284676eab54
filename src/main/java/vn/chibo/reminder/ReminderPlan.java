package vn.chibo.reminder;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/** When each stage of a meeting's reminders is due, quiet hours respected. */
@Component
class ReminderPlan {

    private final ReminderProperties properties;

    ReminderPlan(ReminderProperties properties) {
        this.properties = properties;
    }

    int stages() {
        return properties.stages().size();
    }

    /** Due times by stage, in the meeting's zone; a stage that would fall at or after the start has none (null). */
    List<ZonedDateTime> dueTimes(ZonedDateTime start) {
        var due = new ArrayList<ZonedDateTime>();
        for (ReminderProperties.Stage stage : properties.stages()) {
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
        LocalTime from = properties.quietFrom();
        LocalTime until = properties.quietUntil();
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
