package vn.chibo.meeting;

import java.util.List;

/** A meeting that cannot be added or changed as asked; {@code problems} are message keys. Nothing changed. */
public class MeetingRejectedException extends RuntimeException {

    private final transient List<String> problems;

    public MeetingRejectedException(List<String> problems) {
        super("Meeting rejected: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
