package vn.chibo.attendance;

/** A member's answer to "will you come": tham dự, vắng có lý do, vắng. */
public enum Reply {
    ATTENDING, ABSENT_WITH_REASON, ABSENT
}
