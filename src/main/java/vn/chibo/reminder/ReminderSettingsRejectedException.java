package vn.chibo.reminder;

import java.util.List;

/** Reminder settings that cannot be used; {@code problems} are message keys. Nothing was stored. */
public class ReminderSettingsRejectedException extends RuntimeException {

    private final transient List<String> problems;

    public ReminderSettingsRejectedException(List<String> problems) {
        super("Reminder settings rejected: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
