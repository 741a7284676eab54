package vn.chibo.attendance;

/** An attendance action refused; nothing changed. */
public class AttendanceRefusedException extends RuntimeException {

    private final AttendanceRefusal refusal;

    public AttendanceRefusedException(AttendanceRefusal refusal) {
        super(refusal.name());
        this.refusal = refusal;
    }

    public AttendanceRefusal refusal() {
        return refusal;
    }
}
