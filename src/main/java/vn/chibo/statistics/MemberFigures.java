package vn.chibo.statistics;

import java.time.YearMonth;

/**
 * One member over a period: meetings of their cell held while they were expected (those of days they were
 * exempted from meetings are counted apart in {@code exemptMeetings}), replies, presence, quizzes. The warning
 * and the review flag count months of the calendar year {@code year} with an absence without reason: 2 warn,
 * 3 call for the cell's review (the 3 months of the old rule, Quy định 24-QĐ/TW of 2021; whether Quy định
 * 294-QĐ/TW keeps it is not verified, so the bot only flags, the cell decides).
 */
public record MemberFigures(long memberId, String fullName, long cellId, String cellName, YearMonth from, YearMonth to,
                            int meetings, int replied, Double replyRate, int recordedMeetings, int present,
                            int absentExcused, int absentUnexcused, int quizzesTaken, Double averageQuizScore,
                            int year, int unexcusedMonthsInYear, boolean warning, boolean reviewFlag,
                            int exemptMeetings) {
}
