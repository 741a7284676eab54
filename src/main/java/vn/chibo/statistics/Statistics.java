package vn.chibo.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.chibo.attendance.Attendance;
import vn.chibo.attendance.MeetingRecord;
import vn.chibo.attendance.Reply;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.organization.Role;
import vn.chibo.quiz.Attempt;
import vn.chibo.quiz.Quizzes;

/**
 * Attendance and quiz figures for a meeting, a member, a cell or a committee, over whole months. Every figure
 * comes from the same few bulk reads, so a chat summary, a chart, a workbook and the API agree. Members
 * expected at a meeting are the cell's members on the roster now.
 */
@Service
public class Statistics {

    /** Whole months, both ends included. */
    public record Period(YearMonth from, YearMonth to) {

        public Period {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("period ends before it begins");
            }
        }
    }

    private final Meetings meetings;
    private final Attendance attendance;
    private final Organization organization;
    private final Quizzes quizzes;
    private final StatisticsProperties properties;
    private final Clock clock;

    Statistics(Meetings meetings, Attendance attendance, Organization organization, Quizzes quizzes,
               StatisticsProperties properties, Clock clock) {
        this.meetings = meetings;
        this.attendance = attendance;
        this.organization = organization;
        this.quizzes = quizzes;
        this.properties = properties;
        this.clock = clock;
    }

    /** The last twelve months, this one included. */
    public Period lastTwelveMonths() {
        YearMonth now = YearMonth.now(clock);
        return new Period(now.minusMonths(11), now);
    }

    public double targetPercent() {
        return properties.targetPercent();
    }

    public Optional<MeetingFigures> meeting(long meetingId) {
        return meetings.meeting(meetingId).flatMap(meeting -> organization.unit(meeting.cellId()).map(cell -> {
            MeetingRecord record = attendance.records(List.of(meeting)).get(meeting.id());
            return figures(meeting, cell, expectedMembers(cell), record);
        }));
    }

    /** Figures of many meetings at once (replies so far for those still to come), by meeting id. */
    public Map<Long, MeetingFigures> meetings(List<Meeting> of) {
        Map<Long, MeetingRecord> records = attendance.records(of);
        Map<Long, MeetingFigures> figures = new LinkedHashMap<>();
        Map<Long, OrgUnit> cells = new LinkedHashMap<>();
        Map<Long, List<Member>> members = new LinkedHashMap<>();
        for (Meeting meeting : of) {
            OrgUnit cell = cells.computeIfAbsent(meeting.cellId(), id -> organization.unit(id).orElseThrow());
            figures.put(meeting.id(), figures(meeting, cell,
                    members.computeIfAbsent(cell.id(), id -> expectedMembers(cell)), records.get(meeting.id())));
        }
        return figures;
    }

    public CellFigures cell(OrgUnit cell, Period period) {
        List<Member> members = expectedMembers(cell);
        List<MeetingFigures> held = held(List.of(cell), Map.of(cell.id(), members), period);
        return new CellFigures(cell.id(), cell.name(), period.from(), period.to(), properties.targetPercent(),
                total(null, held), byMonth(period, held), held);
    }

    public CommitteeFigures committee(OrgUnit unit, Period period) {
        List<OrgUnit> cells = unit.isCell() ? List.of(unit) : organization.cellsUnder(unit);
        Map<Long, List<Member>> members = organization.membersUnder(unit).stream()
                .filter(member -> member.role() != Role.ADMIN)
                .collect(Collectors.groupingBy(member -> member.unit().id(), LinkedHashMap::new, Collectors.toList()));
        List<MeetingFigures> held = held(cells, members, period);
        Map<Long, List<MeetingFigures>> byCell = held.stream().collect(Collectors.groupingBy(MeetingFigures::cellId));
        var totals = new ArrayList<CommitteeFigures.CellRank>();
        for (OrgUnit cell : cells) {
            PeriodFigures total = total(null, byCell.getOrDefault(cell.id(), List.of()));
            totals.add(new CommitteeFigures.CellRank(0, cell.id(), cell.name(), total,
                    total.attendanceRate() != null && total.attendanceRate() < properties.targetPercent()));
        }
        totals.sort(Comparator.comparing((CommitteeFigures.CellRank rank) -> rank.total().attendanceRate(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(CommitteeFigures.CellRank::cellName));
        var ranked = new ArrayList<CommitteeFigures.CellRank>();
        for (int i = 0; i < totals.size(); i++) {
            CommitteeFigures.CellRank rank = totals.get(i);
            ranked.add(new CommitteeFigures.CellRank(i + 1, rank.cellId(), rank.cellName(), rank.total(), rank.belowTarget()));
        }
        return new CommitteeFigures(unit.id(), unit.name(), period.from(), period.to(), properties.targetPercent(),
                total(null, held), byMonth(period, held), ranked);
    }

    public MemberFigures member(Member member, Period period) {
        return members(member.unit(), List.of(member), period).get(0);
    }

    /** The meetings of the member's cell held in the period, newest first, with the member's reply and presence. */
    public List<MemberMeeting> history(Member member, Period period) {
        List<Meeting> held = meetings.held(List.of(member.unit().id()), start(period.from()), end(period.to()));
        Map<Long, MeetingRecord> records = attendance.records(held);
        var history = new ArrayList<MemberMeeting>();
        for (int i = held.size() - 1; i >= 0; i--) {
            Meeting meeting = held.get(i);
            MeetingRecord record = records.get(meeting.id());
            history.add(new MemberMeeting(meeting.id(), meeting.startsAt().toOffsetDateTime(), meeting.kind().name(),
                    meeting.title(), record.replies().get(member.id()), record.presence().get(member.id())));
        }
        return history;
    }

    /** Every member of the cell, in roster order. */
    public List<MemberFigures> members(OrgUnit cell, Period period) {
        return members(cell, expectedMembers(cell), period);
    }

    private List<MemberFigures> members(OrgUnit cell, List<Member> members, Period period) {
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
        var figures = new ArrayList<MemberFigures>();
        for (Member member : members) {
            int replied = 0;
            int recorded = 0;
            int present = 0;
            int excused = 0;
            int unexcused = 0;
            for (Meeting meeting : held) {
                MeetingRecord record = records.get(meeting.id());
                Reply reply = record.replies().get(member.id());
                replied += reply == null ? 0 : 1;
                Boolean here = record.presence().get(member.id());
                if (here == null) {
                    continue;
                }
                recorded++;
                if (here) {
                    present++;
                } else if (reply == Reply.ABSENT_WITH_REASON) {
                    excused++;
                } else {
                    unexcused++;
                }
            }
            Set<YearMonth> unexcusedMonths = new HashSet<>();
            for (Meeting meeting : heldInYear) {
                MeetingRecord record = records.get(meeting.id());
                if (Boolean.FALSE.equals(record.presence().get(member.id()))
                        && record.replies().get(member.id()) != Reply.ABSENT_WITH_REASON) {
                    unexcusedMonths.add(YearMonth.from(meeting.startsAt().withZoneSameInstant(zone)));
                }
            }
            List<Attempt> taken = attempts.getOrDefault(member.id(), List.of());
            Double averageScore = taken.isEmpty() ? null : percent(taken.stream()
                    .mapToDouble(attempt -> (double) attempt.correctCount() / attempt.questionCount()).sum(), taken.size());
            figures.add(new MemberFigures(member.id(), member.fullName(), cell.id(), cell.name(), period.from(),
                    period.to(), held.size(), replied, held.isEmpty() ? null : percent(replied, held.size()), recorded,
                    present, excused, unexcused, taken.size(), averageScore, year, unexcusedMonths.size(),
                    unexcusedMonths.size() >= 2, unexcusedMonths.size() >= 3));
        }
        return figures;
    }

    private boolean within(Meeting meeting, Period period) {
        Instant startsAt = meeting.startsAt().toInstant();
        return !startsAt.isBefore(start(period.from())) && startsAt.isBefore(end(period.to()));
    }

    private List<MeetingFigures> held(List<OrgUnit> cells, Map<Long, List<Member>> members, Period period) {
        Map<Long, OrgUnit> byId = new LinkedHashMap<>();
        cells.forEach(cell -> byId.put(cell.id(), cell));
        List<Meeting> held = meetings.held(byId.keySet(), start(period.from()), end(period.to()));
        Map<Long, MeetingRecord> records = attendance.records(held);
        return held.stream().map(meeting -> figures(meeting, byId.get(meeting.cellId()),
                members.getOrDefault(meeting.cellId(), List.of()), records.get(meeting.id()))).toList();
    }

    /**
     * Once check-in has closed, those expected are the members marked then (the roster of that day); before,
     * the cell's members now.
     */
    private MeetingFigures figures(Meeting meeting, OrgUnit cell, List<Member> members, MeetingRecord record) {
        Collection<Long> expectedIds = record.checkInClosed() && !record.presence().isEmpty()
                ? record.presence().keySet() : members.stream().map(Member::id).toList();
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
            Boolean here = record.presence().get(memberId);
            if (here != null) {
                marked++;
                if (here) {
                    present++;
                } else if (reply == Reply.ABSENT_WITH_REASON) {
                    absentExcused++;
                } else {
                    absentUnexcused++;
                }
            }
        }
        int expected = expectedIds.size();
        int replied = attending + excusedReplies + absentReplies;
        boolean recorded = expected > 0 && (record.checkInClosed() || marked == expected);
        Double rate = recorded ? percent(present, expected) : null;
        double exact = expected == 0 ? 0 : present * 100.0 / expected;
        return new MeetingFigures(meeting.id(), cell.id(), cell.name(), meeting.startsAt().toOffsetDateTime(),
                meeting.kind().name(), meeting.title(), expected, replied, attending, excusedReplies, absentReplies,
                expected - replied, recorded, recorded ? present : null, recorded ? absentExcused : null,
                recorded ? absentUnexcused : null, rate,
                recorded ? exact > properties.qualityPercent() && absentUnexcused == 0 : null,
                recorded ? exact >= properties.targetPercent() : null);
    }

    private List<PeriodFigures> byMonth(Period period, List<MeetingFigures> held) {
        ZoneId zone = clock.getZone();
        Map<YearMonth, List<MeetingFigures>> months = new TreeMap<>();
        for (YearMonth month = period.from(); !month.isAfter(period.to()); month = month.plusMonths(1)) {
            months.put(month, new ArrayList<>());
        }
        held.forEach(meeting -> months.get(YearMonth.from(meeting.startsAt().atZoneSameInstant(zone))).add(meeting));
        return months.entrySet().stream().map(entry -> total(entry.getKey(), entry.getValue())).toList();
    }

    private PeriodFigures total(YearMonth month, List<MeetingFigures> held) {
        int recorded = 0;
        int good = 0;
        int expected = 0;
        int present = 0;
        int excused = 0;
        int unexcused = 0;
        for (MeetingFigures meeting : held) {
            if (!meeting.attendanceRecorded()) {
                continue;
            }
            recorded++;
            good += Boolean.TRUE.equals(meeting.meetsQualityCriterion()) ? 1 : 0;
            expected += meeting.expected();
            present += meeting.present();
            excused += meeting.absentExcused();
            unexcused += meeting.absentUnexcused();
        }
        Double rate = expected == 0 ? null : percent(present, expected);
        return new PeriodFigures(month, held.size(), recorded, good, expected, present, excused, unexcused, rate,
                rate == null ? null : present * 100.0 / expected >= properties.targetPercent());
    }

    private List<Member> expectedMembers(OrgUnit cell) {
        return organization.membersOf(cell).stream().filter(member -> member.role() != Role.ADMIN).toList();
    }

    private Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
    }

    private Instant end(YearMonth month) {
        return start(month.plusMonths(1));
    }

    /** A share as a percentage with one decimal, as people read it. */
    static double percent(double part, double whole) {
        return Math.round(part * 1000.0 / whole) / 10.0;
    }
}
