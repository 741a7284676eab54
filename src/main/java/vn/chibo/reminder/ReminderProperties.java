package vn.chibo.reminder;

import java.time.LocalTime;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param stages     in order; each is {@code daysBefore} at {@code at}, or {@code hoursBefore} the start
 * @param quietFrom  no reminder from this time…
 * @param quietUntil …until this one; a stage that falls in between moves to {@code quietUntil}
 */
@ConfigurationProperties("chibo.reminders")
record ReminderProperties(List<Stage> stages, LocalTime quietFrom, LocalTime quietUntil) {

    record Stage(Integer daysBefore, LocalTime at, Integer hoursBefore) {
    }
}
