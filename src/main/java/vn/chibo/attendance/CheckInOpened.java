package vn.chibo.attendance;

import vn.chibo.meeting.Meeting;

/** Published in the transaction that opened a meeting's check-in. */
public record CheckInOpened(Meeting meeting) {
}
