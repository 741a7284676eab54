package vn.chibo.statistics;

import java.time.YearMonth;
import java.util.Map;

/**
 * Meetings of a month (or of a whole period when {@code month} is null) added up: how many were held, how many
 * have attendance recorded, and over those the members expected, present and absent; the rate is present
 * over expected, as a percentage. {@code exempt} counts member-meetings excused from by an exemption, apart.
 * {@code gradedMeetings} of them have a quality grade: {@code averageGrade} is their mean points, {@code grades}
 * how many got each grade (GOOD, FAIR, AVERAGE, POOR).
 */
public record PeriodFigures(YearMonth month, int meetings, int recordedMeetings, int meetingsOfGoodQuality,
                            int expected, int present, int absentExcused, int absentUnexcused, Double attendanceRate,
                            Boolean meetsTarget, int exempt, int gradedMeetings, Double averageGrade,
                            Map<String, Integer> grades) {
}
