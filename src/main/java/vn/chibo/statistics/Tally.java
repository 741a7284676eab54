package vn.chibo.statistics;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import vn.chibo.attendance.MeetingRecord;
import vn.chibo.attendance.Presence;
import vn.chibo.attendance.Reply;
import vn.chibo.meeting.Meeting;
import vn.chibo.organization.Exemptions;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;

/** The arithmetic of the figures: one meeting's from its record, a month's and a period's from its meetings. */
@Component
class Tally {

    /** The grades of the quality frame, best first, as the figures count them. */
    static final List<String> GRADES = List.of("GOOD", "FAIR", "AVERAGE", "POOR");

    private final Clock clock;

    Tally(Clock clock) {
        this.clock = clock;
    }

    /**
     * A meeting's counts, all its figures rest on but the criteria they are judged by: kept as they are for a
     * committee's report ({@link MeetingTallies}). {@code gradePoints} and {@code grade} are null until it is graded.
     */
    record Counts(int expected, int repliedAttending, int repliedExcused, int repliedAbsent, boolean recorded, int present,
                  int absentExcused, int absentUnexcused, int exempt, int exemptPresent, Double gradePoints, String grade) {

        Counts withGrade(double points, String grade) {
            return new Counts(expected, repliedAttending, repliedExcused, repliedAbsent, recorded, present, absentExcused,
                    absentUnexcused, exempt, exemptPresent, points, grade);
        }
    }

    /**
     * Once check-in has closed, those on the list are the members marked then (the roster of that day); before,
     * the cell's members now. Of them, those exempted from meetings that day are not expected.
     */
    Counts count(Meeting meeting, List<Member> members, MeetingRecord record, Exemptions.Calendar exemptions) {
        Collection<Long> listed = record.checkInClosed() && !record.presence().isEmpty()
                ? record.presence().keySet() : members.stream().map(Member::id).toList();
        Set<Long> exempt = exemptions.exemptOn(listed, meeting.startsAt().toLocalDate());
        Collection<Long> expectedIds = exempt.isEmpty() ? listed : listed.stream().filter(id -> !exempt.contains(id)).toList();
        int exemptPresent = (int) exempt.stream().filter(id -> record.presenceOf(id) == Presence.PRESENT).count();
        int attending = 0;
        int excusedReplies = 0;
        int absentReplies = 0;
        int marked = 0;
        int present = 0;
        int absentExcused = 0;
        int absentUnexcused = 0;
        for (long memberId : expectedIds) {
            Reply reply = record.replies().get(memberId);
            if (reply == Reply.ATTENDING) {
                attending++;
            } else if (reply == Reply.ABSENT_WITH_REASON) {
                excusedReplies++;
            } else if (reply == Reply.ABSENT) {
                absentReplies++;
            }
            Presence presence = record.presenceOf(memberId);
            marked += presence == Presence.UNMARKED ? 0 : 1;
            present += presence == Presence.PRESENT ? 1 : 0;
            absentExcused += presence == Presence.EXCUSED ? 1 : 0;
            absentUnexcused += presence == Presence.UNEXCUSED ? 1 : 0;
        }
        int expected = expectedIds.size();
        boolean recorded = expected > 0 && (record.checkInClosed() || marked == expected);
        return new Counts(expected, attending, excusedReplies, absentReplies, recorded, present, absentExcused,
                absentUnexcused, exempt.size(), exemptPresent, null, null);
    }

    /** The meeting's figures from its counts, judged by the criteria of its committee. */
    MeetingFigures figures(Meeting meeting, OrgUnit cell, Counts counts, QualityCriteria criteria) {
        int expected = counts.expected();
        int replied = counts.repliedAttending() + counts.repliedExcused() + counts.repliedAbsent();
        boolean recorded = counts.recorded();
        int present = counts.present();
        Double rate = recorded ? Statistics.percent(present, expected) : null;
        double exact = expected == 0 ? 0 : present * 100.0 / expected;
        return new MeetingFigures(meeting.id(), cell.id(), cell.name(), meeting.startsAt().toOffsetDateTime(),
                meeting.kind().name(), meeting.title(), expected, replied, counts.repliedAttending(), counts.repliedExcused(),
                counts.repliedAbsent(), expected - replied, recorded, recorded ? present : null,
                recorded ? counts.absentExcused() : null, recorded ? counts.absentUnexcused() : null, rate,
                recorded ? criteria.goodQuality(exact, counts.absentUnexcused()) : null,
                recorded ? exact >= criteria.targetPercent() : null, counts.exempt(), counts.exemptPresent(), criteria,
                counts.gradePoints(), counts.grade());
    }

    List<PeriodFigures> byMonth(Statistics.Period period, List<MeetingFigures> held, double targetPercent) {
        ZoneId zone = clock.getZone();
        Map<YearMonth, List<MeetingFigures>> months = new TreeMap<>();
        for (YearMonth month = period.from(); !month.isAfter(period.to()); month = month.plusMonths(1)) {
            months.put(month, new ArrayList<>());
        }
        held.forEach(meeting -> months.get(YearMonth.from(meeting.startsAt().atZoneSameInstant(zone))).add(meeting));
        return months.entrySet().stream().map(entry -> total(entry.getKey(), entry.getValue(), targetPercent)).toList();
    }

    PeriodFigures total(YearMonth month, List<MeetingFigures> held, double targetPercent) {
        int exempt = 0;
        int recorded = 0;
        int good = 0;
        int expected = 0;
        int present = 0;
        int excused = 0;
        int unexcused = 0;
        int graded = 0;
        double points = 0;
        Map<String, Integer> grades = new LinkedHashMap<>();
        GRADES.forEach(grade -> grades.put(grade, 0));
        for (MeetingFigures meeting : held) {
            if (!meeting.attendanceRecorded()) {
                continue;
            }
            if (meeting.grade() != null) {
                graded++;
                points += meeting.gradePoints();
                grades.merge(meeting.grade(), 1, Integer::sum);
            }
            recorded++;
            exempt += meeting.exempt();
            good += Boolean.TRUE.equals(meeting.meetsQualityCriterion()) ? 1 : 0;
            expected += meeting.expected();
            present += meeting.present();
            excused += meeting.absentExcused();
            unexcused += meeting.absentUnexcused();
        }
        Double rate = expected == 0 ? null : Statistics.percent(present, expected);
        return new PeriodFigures(month, held.size(), recorded, good, expected, present, excused, unexcused, rate,
                rate == null ? null : present * 100.0 / expected >= targetPercent, exempt, graded,
                graded == 0 ? null : Math.round(points * 10 / graded) / 10.0, grades);
    }

}
