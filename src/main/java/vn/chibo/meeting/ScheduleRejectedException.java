package vn.chibo.meeting;

import java.util.List;

/** A rule that cannot be used; {@code problems} are message keys. Nothing was stored. */
public class ScheduleRejectedException extends RuntimeException {

    private final transient List<String> problems;

    public ScheduleRejectedException(List<String> problems) {
        super("Schedule rule rejected: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
