package vn.chibo.statistics;

import java.time.YearMonth;

/**
 * One member over a period: meetings of their cell held, replies, presence, quizzes. The warning and the
 * review flag count months of the calendar year {@code year} with an absence without reason: 2 warn, 3 call
 * for the cell's review (Điều lệ Đảng, Điều 8, khoản 1).
 */
public record MemberFigures(long memberId, String fullName, long cellId, String cellName, YearMonth from, YearMonth to,
                            int meetings, int replied, Double replyRate, int recordedMeetings, int present,
                            int absentExcused, int absentUnexcused, int quizzesTaken, Double averageQuizScore,
                            int year, int unexcusedMonthsInYear, boolean warning, boolean reviewFlag) {
}
