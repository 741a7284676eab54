package vn.chibo.attendance;

import java.util.Map;

/**
 * What was recorded for one meeting, by member id: the latest reply and the presence marks, and whether
 * check-in was closed (then every member has a mark).
 */
public record MeetingRecord(long meetingId, Map<Long, Reply> replies, Map<Long, Boolean> presence, boolean checkInClosed) {
}
