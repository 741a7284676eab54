package vn.chibo.statistics;

import java.time.OffsetDateTime;

/**
 * One meeting in figures. Replies: attending, excused (absent with a reason), absent, none. Presence figures
 * are null until attendance is recorded (check-in closed, or every member marked). The attendance rate is
 * a percentage of the expected members; {@code meetsQualityCriterion} is Hướng dẫn 12-HD/BTCTW's test
 * (more than 85% present, nobody absent without reason), {@code meetsTarget} the committee's own.
 */
public record MeetingFigures(long meetingId, long cellId, String cellName, OffsetDateTime startsAt, String kind,
                             String title, int expected, int replied, int repliedAttending, int repliedExcused,
                             int repliedAbsent, int noReply, boolean attendanceRecorded, Integer present,
                             Integer absentExcused, Integer absentUnexcused, Double attendanceRate,
                             Boolean meetsQualityCriterion, Boolean meetsTarget) {
}
