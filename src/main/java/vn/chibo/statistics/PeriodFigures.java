package vn.chibo.statistics;

import java.time.YearMonth;

/**
 * Meetings of a month (or of a whole period when {@code month} is null) added up: how many were held, how many
 * have attendance recorded, and over those the members expected, present and absent; the rate is present
 * over expected, as a percentage. {@code exempt} counts member-meetings excused from by an exemption, apart.
 */
public record PeriodFigures(YearMonth month, int meetings, int recordedMeetings, int meetingsOfGoodQuality,
                            int expected, int present, int absentExcused, int absentUnexcused, Double attendanceRate,
                            Boolean meetsTarget, int exempt) {
}
