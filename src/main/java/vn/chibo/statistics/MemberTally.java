package vn.chibo.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.chibo.attendance.Attendance;
import vn.chibo.attendance.MeetingRecord;
import vn.chibo.attendance.Presence;
import vn.chibo.attendance.Reply;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Exemptions;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.quiz.Attempt;
import vn.chibo.quiz.Quizzes;

/**
 * Members' own figures over a period: replies, presence, quizzes, and the months of the calendar year they were
 * absent without reason (what the warnings count), from one read of the cell's meetings.
 */
@Component
class MemberTally {

    private final Meetings meetings;
    private final Attendance attendance;
    private final Quizzes quizzes;
    private final Exemptions exemptions;
    private final Clock clock;

    MemberTally(Meetings meetings, Attendance attendance, Quizzes quizzes, Exemptions exemptions, Clock clock) {
        this.meetings = meetings;
        this.attendance = attendance;
        this.quizzes = quizzes;
        this.exemptions = exemptions;
        this.clock = clock;
    }

    List<MemberFigures> figures(OrgUnit cell, List<Member> members, Statistics.Period period) {
        ZoneId zone = clock.getZone();
        int year = period.to().getYear();
        YearMonth first = period.from().isBefore(YearMonth.of(year, 1)) ? period.from() : YearMonth.of(year, 1);
        // One read for the period and the calendar year whose absences the warnings count.
        List<Meeting> heldInEither = meetings.held(List.of(cell.id()), start(first), end(YearMonth.of(year, 12)));
        Map<Long, MeetingRecord> records = attendance.records(heldInEither);
        List<Meeting> held = heldInEither.stream().filter(meeting -> within(meeting, period)).toList();
        List<Meeting> heldInYear = heldInEither.stream()
                .filter(meeting -> meeting.startsAt().withZoneSameInstant(zone).getYear() == year).toList();
        Map<Long, List<Attempt>> attempts = quizzes.finishedAttempts(members.stream().map(Member::id).toList(),
                        start(period.from()), end(period.to())).stream()
                .collect(Collectors.groupingBy(Attempt::memberId));
        Exemptions.Calendar calendar = exemptions.calendar();
        var figures = new ArrayList<MemberFigures>();
        for (Member member : members) {
            int exempt = 0;
            int replied = 0;
            int recorded = 0;
            int present = 0;
            int excused = 0;
            int unexcused = 0;
            for (Meeting meeting : held) {
                if (calendar.exempt(member.id(), meeting.startsAt().toLocalDate())) {
                    exempt++;
                    continue;
                }
                MeetingRecord record = records.get(meeting.id());
                Reply reply = record.replies().get(member.id());
                replied += reply == null ? 0 : 1;
                Presence presence = record.presenceOf(member.id());
                recorded += presence == Presence.UNMARKED ? 0 : 1;
                present += presence == Presence.PRESENT ? 1 : 0;
                excused += presence == Presence.EXCUSED ? 1 : 0;
                unexcused += presence == Presence.UNEXCUSED ? 1 : 0;
            }
            Set<YearMonth> unexcusedMonths = new HashSet<>();
            for (Meeting meeting : heldInYear) {
                if (records.get(meeting.id()).presenceOf(member.id()) == Presence.UNEXCUSED
                        && !calendar.exempt(member.id(), meeting.startsAt().toLocalDate())) {
                    unexcusedMonths.add(YearMonth.from(meeting.startsAt().withZoneSameInstant(zone)));
                }
            }
            List<Attempt> taken = attempts.getOrDefault(member.id(), List.of());
            Double averageScore = taken.isEmpty() ? null : Statistics.percent(taken.stream()
                    .mapToDouble(attempt -> (double) attempt.correctCount() / attempt.questionCount()).sum(), taken.size());
            int expectedAt = held.size() - exempt;
            figures.add(new MemberFigures(member.id(), member.fullName(), cell.id(), cell.name(), period.from(),
                    period.to(), expectedAt, replied, expectedAt == 0 ? null : Statistics.percent(replied, expectedAt), recorded,
                    present, excused, unexcused, taken.size(), averageScore, year, unexcusedMonths.size(),
                    unexcusedMonths.size() >= 2, unexcusedMonths.size() >= 3, exempt));
        }
        return figures;
    }

    private boolean within(Meeting meeting, Statistics.Period period) {
        Instant startsAt = meeting.startsAt().toInstant();
        return !startsAt.isBefore(start(period.from())) && startsAt.isBefore(end(period.to()));
    }

    private Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
    }

    private Instant end(YearMonth month) {
        return start(month.plusMonths(1));
    }
}
