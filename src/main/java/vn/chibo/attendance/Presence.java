package vn.chibo.attendance;

/** Where a member stands at a meeting, by the one rule every figure counts by. */
public enum Presence {
    /** No mark yet: check-in has not closed and the secretary has not marked them. */
    UNMARKED,
    PRESENT,
    /** Absent having replied "absent with reason". */
    EXCUSED,
    /** Absent without having given a reason. */
    UNEXCUSED
}
