package vn.chibo.organization;

import java.util.List;

/** A roster with at least one bad row; nothing of it was imported. */
public class RosterRejectedException extends RuntimeException {

    private final transient List<RosterProblem> problems;

    public RosterRejectedException(List<RosterProblem> problems) {
        super(problems.size() + " problem(s) in the roster");
        this.problems = List.copyOf(problems);
    }

    public List<RosterProblem> problems() {
        return problems;
    }
}
