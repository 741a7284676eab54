package vn.chibo.attendance;

/** Check-in of a meeting has closed: every member is now present or absent, so its figures are final. */
public record CheckInClosed(long meetingId) {
}
