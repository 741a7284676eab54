package vn.chibo.statistics.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;

import vn.chibo.dues.DuesShares;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.signin.DashboardScope;
import vn.chibo.statistics.CommitteeFigures;
import vn.chibo.statistics.MeetingFigures;
import vn.chibo.statistics.QualityCriteria;
import vn.chibo.statistics.ReachTexts;
import vn.chibo.statistics.Statistics;
import vn.chibo.statistics.StatisticsTexts;
import vn.chibo.web.dashboard.DashboardPage;
import vn.chibo.web.dashboard.Viewer;

/** The dashboard's first page: the cells in scope, worst first, each with its next meeting and this month's rate. */
@DashboardPage
class OverviewPage {

    /** How far ahead the overview looks for a cell's next meeting. */
    private static final Duration NEXT_MEETING_WITHIN = Duration.ofDays(45);
    private static final Duration MEETING_DAY = Duration.ofHours(6);

    private final Organization organization;
    private final Meetings meetings;
    private final Statistics statistics;
    private final DashboardScope scope;
    private final StatisticsTexts texts;
    private final Clock clock;

    private final ReachTexts reach;
    private final DuesShares dues;

    OverviewPage(Organization organization, Meetings meetings, Statistics statistics, DashboardScope scope,
                 StatisticsTexts texts, Clock clock, ReachTexts reach, DuesShares dues) {
        this.reach = reach;
        this.dues = dues;
        this.texts = texts;
        this.organization = organization;
        this.meetings = meetings;
        this.statistics = statistics;
        this.scope = scope;
        this.clock = clock;
    }

    /**
     * A cell on the overview: its next meeting and the replies to it (or, when none is planned, this month's last),
     * this month's rate against the target once a meeting is held, last month's rate and mean quality grade.
     */
    public record CellRow(long id, String name, Long meetingId, String meetingWhen, boolean meetingHeld,
                          MeetingFigures meeting, Double thisMonthRate, Boolean thisMonthBelowTarget, Double lastMonthRate,
                          Double lastMonthGrade) {

        /** The rate the rows are ordered by: this month's where a meeting is held, else last month's. */
        Double latestRate() {
            return thisMonthRate != null ? thisMonthRate : lastMonthRate;
        }
    }

    /** A committee the viewer oversees: its ranking chart, described in words, and its exports. */
    public record Committee(long id, String name, String chartDescription) {
    }

    /** Each cell's rate and whether it is below the target, for one month. */
    private record MonthRates(Map<Long, Double> rates, Map<Long, Boolean> below, Map<Long, Double> grades) {
    }

    @GetMapping("/dashboard")
    String overview(@RequestAttribute Viewer viewer, Model model, Locale locale) {
        YearMonth now = YearMonth.now(clock);
        YearMonth lastMonth = now.minusMonths(1);
        List<OrgUnit> cells = scope.cells(viewer);
        Set<Long> cellIds = cells.stream().map(OrgUnit::id).collect(Collectors.toSet());
        Optional<OrgUnit> scopeUnit = scope.scopeUnit(viewer);
        List<OrgUnit> roots = scopeUnit.map(List::of).orElseGet(organization::roots);
        var applied = new ArrayList<QualityCriteria>();
        MonthRates last = rates(roots, lastMonth, cellIds, applied);
        MonthRates current = rates(roots, now, cellIds, new ArrayList<>());
        Map<Long, Meeting> toShow = new HashMap<>();
        Instant today = clock.instant();
        for (Meeting meeting : meetings.scheduled(cellIds, scope.monthStart(now), today.plus(NEXT_MEETING_WITHIN))) {
            Meeting kept = toShow.get(meeting.cellId());
            // the first meeting not yet over; until there is one, the month's last held
            if (kept == null || over(kept, today)) {
                toShow.put(meeting.cellId(), meeting);
            }
        }
        Map<Long, MeetingFigures> figures = statistics.meetings(List.copyOf(toShow.values()));
        var rows = new ArrayList<CellRow>();
        for (OrgUnit cell : cells) {
            Meeting meeting = toShow.get(cell.id());
            rows.add(new CellRow(cell.id(), cell.name(), meeting == null ? null : meeting.id(),
                    meeting == null ? null : scope.when(meeting.startsAt(), locale),
                    meeting != null && over(meeting, today),
                    meeting == null ? null : figures.get(meeting.id()), current.rates().get(cell.id()),
                    current.below().get(cell.id()), last.rates().get(cell.id()), last.grades().get(cell.id())));
        }
        rows.sort(Comparator.comparing(CellRow::latestRate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CellRow::name));
        model.addAttribute("rows", rows);
        model.addAttribute("month", now.getMonthValue() + "/" + now.getYear());
        model.addAttribute("lastMonth", lastMonth.getMonthValue() + "/" + lastMonth.getYear());
        QualityCriteria shown = applied.isEmpty() ? statistics.defaultCriteria() : applied.get(0);
        model.addAttribute("target", shown.targetPercent());
        model.addAttribute("criteria", texts.criteria(shown, locale));
        model.addAttribute("reach", roots.stream().map(root -> reach.reach(root, locale)).toList());
        model.addAttribute("dues", roots.stream().map(root -> dues.line(root, now, locale)).flatMap(Optional::stream).toList());
        model.addAttribute("znsToday", viewer.admin() ? reach.znsToday(locale).orElse(null) : null);
        model.addAttribute("znsCosts", roots.stream().map(root -> reach.znsCost(root, now, locale)).flatMap(Optional::stream).toList());
        // an admin signed in with the admin token has no unit of their own: each committee shows as to its admins
        List<OrgUnit> committees = roots.stream().filter(unit -> !unit.isCell()).toList();
        model.addAttribute("committees", committees.stream().map(unit -> new Committee(unit.id(), unit.name(),
                texts.rankingDescription(unit.name(), organization.cellsUnder(unit).size(), shown.targetPercent(), locale))).toList());
        return "dashboard/overview";
    }

    /** A meeting is the one to act on from a while before it starts until some hours after: check-in, the record. */
    private static boolean over(Meeting meeting, Instant now) {
        return meeting.startsAt().toInstant().plus(MEETING_DAY).isBefore(now);
    }

    /** Each cell's attendance rate in {@code month}, from its committee's figures; {@code applied} gets their criteria. */
    private MonthRates rates(List<OrgUnit> roots, YearMonth month, Set<Long> cellIds, List<QualityCriteria> applied) {
        var rates = new HashMap<Long, Double>();
        var below = new HashMap<Long, Boolean>();
        var grades = new HashMap<Long, Double>();
        for (OrgUnit root : roots) {
            CommitteeFigures figures = statistics.committee(root, new Statistics.Period(month, month));
            applied.add(figures.criteria());
            figures.cells().stream().filter(rank -> cellIds.contains(rank.cellId())).forEach(rank -> {
                rates.put(rank.cellId(), rank.total().attendanceRate());
                below.put(rank.cellId(), rank.belowTarget());
                grades.put(rank.cellId(), rank.total().averageGrade());
            });
        }
        return new MonthRates(rates, below, grades);
    }
}
