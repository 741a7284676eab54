package vn.chibo.attendance;

/** Why an attendance action did not happen; each has a message key. */
public enum AttendanceRefusal {
    MEETING_BEGUN("attendance.refused.begun"),
    MEETING_CANCELLED("attendance.refused.cancelled"),
    NOT_IN_CELL("attendance.refused.notInCell"),
    REASON_REQUIRED("attendance.refused.reasonRequired"),
    CHECK_IN_CLOSED("attendance.refused.checkInClosed"),
    CHECK_IN_NOT_OPEN("attendance.refused.checkInNotOpen"),
    WRONG_CODE("attendance.wrongCode"),
    TOO_MANY_WRONG_CODES("attendance.tooManyWrongCodes"),
    CHECK_IN_TOO_EARLY("attendance.refused.checkInTooEarly"),
    CHECK_IN_BEFORE_START("attendance.refused.checkInBeforeStart");

    public final String messageKey;

    AttendanceRefusal(String messageKey) {
        this.messageKey = messageKey;
    }
}
