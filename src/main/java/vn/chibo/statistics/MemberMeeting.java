package vn.chibo.statistics;

import java.time.OffsetDateTime;

import vn.chibo.attendance.Reply;

/** One meeting of a member's cell as it went for them: their reply (null: none) and presence (null: not taken). */
public record MemberMeeting(long meetingId, OffsetDateTime startsAt, String kind, String title, Reply reply,
                            Boolean present) {
}
