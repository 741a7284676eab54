package vn.chibo.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.chibo.attendance.Attendance;
import vn.chibo.attendance.MeetingRecord;
import vn.chibo.common.Paged;
import vn.chibo.grading.Grades;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Exemptions;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgTree;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.organization.Placement;
import vn.chibo.organization.Role;

/**
 * Attendance and quiz figures for a meeting, a member, a cell or a committee, over whole months. Every figure
 * comes from the same few bulk reads, so a chat summary, a chart, a workbook and the API agree. Members
 * expected at a meeting are the cell's members on the roster now (those marked, once check-in closed), but for
 * those exempted from meetings that day. A meeting counts for the cell that held it, and for the committees
 * that were above that cell when it was held; each is judged by its committee's criteria, which the figures name.
 */
@Service
public class Statistics {

    /** Months from {@code from} to {@code to}, both included; at most ten years, which no report needs more of. */
    public record Period(YearMonth from, YearMonth to) {

        public static final int MAX_MONTHS = 120;

        public Period {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("period ends before it begins");
            }
            if (ChronoUnit.MONTHS.between(from, to) + 1 > MAX_MONTHS) {
                throw new IllegalArgumentException("period longer than " + MAX_MONTHS + " months");
            }
        }
    }

    /**
     * Meetings whose replies and marks are read into memory at once when their counts are worked out: a province's
     * year (36,000 meetings, 2.4 million replies and marks) at once would not fit a small server's memory.
     */
    private static final int MEETINGS_WORKED_AT_ONCE = 2_000;

    private final Meetings meetings;
    private final Attendance attendance;
    private final Organization organization;
    private final Criteria criteria;
    private final Exemptions exemptions;
    private final OrgTree tree;
    private final Tally tally;
    private final Grades grades;
    private final MemberTally memberTally;
    private final MeetingTallies tallies;
    private final ExecutorService parallelReads = Executors.newFixedThreadPool(2, runnable -> {
        var thread = new Thread(runnable, "statistics-read");
        thread.setDaemon(true);
        return thread;
    });
    private final Clock clock;

    Statistics(Meetings meetings, Attendance attendance, Organization organization, Criteria criteria,
               Exemptions exemptions, OrgTree tree, Tally tally, Grades grades, MemberTally memberTally,
               MeetingTallies tallies, Clock clock) {
        this.tallies = tallies;
        this.memberTally = memberTally;
        this.tally = tally;
        this.grades = grades;
        this.meetings = meetings;
        this.attendance = attendance;
        this.organization = organization;
        this.criteria = criteria;
        this.exemptions = exemptions;
        this.tree = tree;
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        parallelReads.shutdown();
    }

    /** The last twelve months, this one included. */
    public Period lastTwelveMonths() {
        YearMonth now = YearMonth.now(clock);
        return new Period(now.minusMonths(11), now);
    }

    /** The bot's default criteria, for figures over several trees. */
    public QualityCriteria defaultCriteria() {
        return criteria.defaults();
    }

    /** The criteria a unit's figures apply: its own, else the nearest committee's above, else the default. */
    public QualityCriteria criteria(OrgUnit unit) {
        return criteria.effective(unit);
    }

    public Optional<MeetingFigures> meeting(long meetingId) {
        return meetings.meeting(meetingId).flatMap(meeting -> organization.unit(meeting.cellId()).map(cell ->
                tally.figures(meeting, cell, counts(List.of(meeting), Map.of(cell.id(), expectedMembers(cell))).get(meeting.id()),
                        criteria.effective(cell))));
    }

    /** Figures of many meetings at once (replies so far for those still to come), by meeting id. */
    public Map<Long, MeetingFigures> meetings(List<Meeting> of) {
        Map<Long, OrgUnit> cells = new LinkedHashMap<>();
        Map<Long, List<Member>> members = new LinkedHashMap<>();
        of.forEach(meeting -> cells.computeIfAbsent(meeting.cellId(), id -> organization.unit(id).orElseThrow()));
        cells.values().forEach(cell -> members.put(cell.id(), expectedMembers(cell)));
        Map<Long, QualityCriteria> criteriaByCell = criteria.forUnits(cells.values());
        Map<Long, Tally.Counts> counts = counts(of, members);
        Map<Long, MeetingFigures> byMeeting = new LinkedHashMap<>();
        for (Meeting meeting : of) {
            byMeeting.put(meeting.id(), tally.figures(meeting, cells.get(meeting.cellId()), counts.get(meeting.id()),
                    criteriaByCell.get(meeting.cellId())));
        }
        return byMeeting;
    }

    public CellFigures cell(OrgUnit cell, Period period) {
        List<Member> members = expectedMembers(cell);
        QualityCriteria applied = criteria.effective(cell);
        List<MeetingFigures> held = held(List.of(cell), () -> Map.of(cell.id(), members), period, Map.of(cell.id(), applied));
        return new CellFigures(cell.id(), cell.name(), period.from(), period.to(), applied.targetPercent(),
                tally.total(null, held, applied.targetPercent()), tally.byMonth(period, held, applied.targetPercent()),
                held, applied);
    }

    public CommitteeFigures committee(OrgUnit unit, Period period) {
        QualityCriteria applied = criteria.effective(unit);
        Placement placement = tree.placement();
        List<OrgUnit> cells = unit.isCell() ? List.of(unit) : tree.cellsEverUnder(unit, placement);
        Supplier<Map<Long, List<Member>>> members = () -> {
            Map<Long, List<Member>> byCell = new LinkedHashMap<>(organization.membersUnder(unit).stream()
                    .filter(member -> member.role() != Role.ADMIN)
                    .collect(Collectors.groupingBy(member -> member.unit().id(), LinkedHashMap::new, Collectors.toList())));
            cells.stream().filter(cell -> !unit.covers(cell)).forEach(cell -> byCell.put(cell.id(), expectedMembers(cell)));
            return byCell;
        };
        List<MeetingFigures> held = held(cells, members, period, criteria.forUnits(cells)).stream()
                .filter(meeting -> placement.wasUnder(meeting.cellId(), unit.id(), meeting.startsAt().toInstant()))
                .toList();
        Map<Long, List<MeetingFigures>> byCell = held.stream().collect(Collectors.groupingBy(MeetingFigures::cellId));
        var totals = new ArrayList<CommitteeFigures.CellRank>();
        for (OrgUnit cell : cells) {
            List<MeetingFigures> ofCell = byCell.getOrDefault(cell.id(), List.of());
            boolean belowNow = unit.covers(cell) && !cell.closed();
            if (!belowNow && ofCell.isEmpty()) {
                continue;
            }
            PeriodFigures total = tally.total(null, ofCell, applied.targetPercent());
            totals.add(new CommitteeFigures.CellRank(0, cell.id(), cell.name(), total,
                    total.attendanceRate() != null && total.attendanceRate() < applied.targetPercent()));
        }
        totals.sort(Comparator.comparing((CommitteeFigures.CellRank rank) -> rank.total().attendanceRate(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(CommitteeFigures.CellRank::cellName));
        var ranked = new ArrayList<CommitteeFigures.CellRank>();
        for (int i = 0; i < totals.size(); i++) {
            CommitteeFigures.CellRank rank = totals.get(i);
            ranked.add(new CommitteeFigures.CellRank(i + 1, rank.cellId(), rank.cellName(), rank.total(), rank.belowTarget()));
        }
        return new CommitteeFigures(unit.id(), unit.name(), period.from(), period.to(), applied.targetPercent(),
                tally.total(null, held, applied.targetPercent()), tally.byMonth(period, held, applied.targetPercent()),
                ranked, applied);
    }

    public MemberFigures member(Member member, Period period) {
        return memberTally.figures(member.unit(), List.of(member), period).get(0);
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
        return memberTally.figures(cell, expectedMembers(cell), period);
    }

    /** One page of the cell's members, in roster order, and how many there are in all. */
    public Paged<MemberFigures> members(OrgUnit cell, Period period, int page, int size) {
        Paged<Member> shown = Paged.of(expectedMembers(cell), page, size);
        return shown.with(memberTally.figures(cell, shown.items(), period));
    }

    /**
     * The figures of the cells' meetings held in the period: from the counts kept of each (see {@link MeetingTallies}),
     * and for a meeting whose record, roster or frame changed since, from its records, then kept; the cells' members
     * ({@code roster}, by cell) are read only then.
     */
    private List<MeetingFigures> held(List<OrgUnit> cells, Supplier<Map<Long, List<Member>>> roster, Period period,
                                      Map<Long, QualityCriteria> criteriaByCell) {
        Map<Long, OrgUnit> byId = new LinkedHashMap<>();
        cells.forEach(cell -> byId.put(cell.id(), cell));
        Instant from = start(period.from());
        Instant to = end(period.to());
        Map<Long, Tally.Counts> counts = new HashMap<>();
        List<Meeting> held;
        if (cells.size() > 1 && !TransactionSynchronizationManager.isActualTransactionActive()) {
            // a committee's two large reads at once, on two connections; inside a transaction its own writes must be seen
            CompletableFuture<Map<Long, Tally.Counts>> kept =
                    CompletableFuture.supplyAsync(() -> tallies.current(byId.keySet(), from, to), parallelReads);
            held = meetings.held(byId.keySet(), from, to);
            counts.putAll(kept.join());
        } else {
            held = meetings.held(byId.keySet(), from, to);
            counts.putAll(tallies.current(byId.keySet(), from, to));
        }
        List<Meeting> stale = held.stream().filter(meeting -> !counts.containsKey(meeting.id())).toList();
        Map<Long, List<Member>> members = stale.isEmpty() ? Map.of() : roster.get();
        for (int first = 0; first < stale.size(); first += MEETINGS_WORKED_AT_ONCE) {
            List<Meeting> slice = stale.subList(first, Math.min(stale.size(), first + MEETINGS_WORKED_AT_ONCE));
            MeetingTallies.Versions versions = tallies.versions(slice);
            Map<Long, Tally.Counts> worked = counts(slice, members);
            tallies.keep(slice, worked, versions);
            counts.putAll(worked);
        }
        return held.stream().map(meeting -> tally.figures(meeting, byId.get(meeting.cellId()), counts.get(meeting.id()),
                criteriaByCell.get(meeting.cellId()))).toList();
    }

    /**
     * The meetings' counts worked out from their records; those with their attendance and record kept are graded by
     * their committee's frame (none before), all in one batch.
     */
    private Map<Long, Tally.Counts> counts(List<Meeting> of, Map<Long, List<Member>> members) {
        Map<Long, MeetingRecord> records = attendance.records(of);
        Exemptions.Calendar calendar = exemptions.calendar();
        Map<Long, Tally.Counts> counts = new HashMap<>();
        List<Meeting> recorded = new ArrayList<>();
        for (Meeting meeting : of) {
            Tally.Counts meetingCounts = tally.count(meeting, members.getOrDefault(meeting.cellId(), List.of()),
                    records.get(meeting.id()), calendar);
            counts.put(meeting.id(), meetingCounts);
            if (meetingCounts.recorded()) {
                recorded.add(meeting);
            }
        }
        grades.of(recorded, records, Locale.ROOT).forEach((id, assessment) ->
                counts.computeIfPresent(id, (meetingId, c) -> c.withGrade(assessment.total(), assessment.grade().name())));
        return counts;
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
