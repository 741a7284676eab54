package vn.chibo.statistics;

import java.time.OffsetDateTime;

/**
 * One meeting in figures. Replies: attending, excused (absent with a reason), absent, none. Presence figures
 * are null until attendance is recorded (check-in closed, or every member marked). The attendance rate is
 * a percentage of the expected members; members exempted from meetings that day are not expected and are
 * counted apart ({@code exempt}; {@code exemptPresent} of them came anyway, not counted in the rate).
 * {@code meetsQualityCriterion} and {@code meetsTarget} apply {@code criteria}, which the figures name.
 * {@code gradePoints} and {@code grade} (GOOD, FAIR, AVERAGE, POOR) are the meeting's quality grade by its
 * committee's frame, once its attendance is recorded and the secretary has saved its minutes or answered the
 * grade's checklist (null before: a cell that only takes attendance is not graded).
 */
public record MeetingFigures(long meetingId, long cellId, String cellName, OffsetDateTime startsAt, String kind,
                             String title, int expected, int replied, int repliedAttending, int repliedExcused,
                             int repliedAbsent, int noReply, boolean attendanceRecorded, Integer present,
                             Integer absentExcused, Integer absentUnexcused, Double attendanceRate,
                             Boolean meetsQualityCriterion, Boolean meetsTarget, int exempt, int exemptPresent,
                             QualityCriteria criteria, Double gradePoints, String grade) {
}
