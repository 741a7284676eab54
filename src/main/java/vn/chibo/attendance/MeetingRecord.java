package vn.chibo.attendance;

import java.time.Instant;
import java.util.Map;

/**
 * What was recorded for one meeting, by member id: the latest reply and the presence marks, and when check-in
 * was closed, if it was (then every member has a mark).
 */
public record MeetingRecord(long meetingId, Map<Long, Reply> replies, Map<Long, Boolean> presence, Instant checkInClosedAt) {

    public boolean checkInClosed() {
        return checkInClosedAt != null;
    }

    /** Absent counts as excused only for a member who replied "absent with reason". */
    public Presence presenceOf(long memberId) {
        Boolean here = presence.get(memberId);
        if (here == null) {
            return Presence.UNMARKED;
        }
        if (here) {
            return Presence.PRESENT;
        }
        return replies.get(memberId) == Reply.ABSENT_WITH_REASON ? Presence.EXCUSED : Presence.UNEXCUSED;
    }
}
