package vn.chibo.statistics.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

/** The dashboard's first page: the cells in scope, worst first, with this month's meeting and last month's rate. */
@DashboardPage
class OverviewPage {

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
     * A cell on the overview: this month's meeting and its replies, last month's rate against the target and
     * the mean quality grade of last month's meetings.
     */
    public record CellRow(long id, String name, Long meetingId, String meetingWhen, MeetingFigures meeting,
                          Double lastMonthRate, boolean belowTarget, Double lastMonthGrade) {
    }

    /** A committee the viewer oversees: its ranking chart, described in words, and its exports. */
    public record Committee(long id, String name, String chartDescription) {
    }

    @GetMapping("/dashboard")
    String overview(@RequestAttribute Viewer viewer, Model model, Locale locale) {
        YearMonth now = YearMonth.now(clock);
        YearMonth lastMonth = now.minusMonths(1);
        List<OrgUnit> cells = scope.cells(viewer);
        Map<Long, Double> lastMonthRates = new HashMap<>();
        Map<Long, Boolean> belowTarget = new HashMap<>();
        Map<Long, Double> lastMonthGrades = new HashMap<>();
        for (OrgUnit cell : cells) {
            lastMonthRates.put(cell.id(), null);
        }
        Optional<OrgUnit> scopeUnit = scope.scopeUnit(viewer);
        List<OrgUnit> roots = scopeUnit.map(List::of).orElseGet(organization::roots);
        var applied = new ArrayList<QualityCriteria>();
        for (OrgUnit root : roots) {
            CommitteeFigures figures = statistics.committee(root, new Statistics.Period(lastMonth, lastMonth));
            applied.add(figures.criteria());
            figures.cells().stream().filter(rank -> lastMonthRates.containsKey(rank.cellId())).forEach(rank -> {
                lastMonthRates.put(rank.cellId(), rank.total().attendanceRate());
                belowTarget.put(rank.cellId(), rank.belowTarget());
                lastMonthGrades.put(rank.cellId(), rank.total().averageGrade());
            });
        }
        Map<Long, Meeting> thisMonth = new HashMap<>();
        for (Meeting meeting : meetings.scheduled(lastMonthRates.keySet(), scope.monthStart(now),
                scope.monthStart(now.plusMonths(1)))) {
            thisMonth.putIfAbsent(meeting.cellId(), meeting);
        }
        Map<Long, MeetingFigures> figures = statistics.meetings(List.copyOf(thisMonth.values()));
        var rows = new ArrayList<CellRow>();
        for (OrgUnit cell : cells) {
            Meeting meeting = thisMonth.get(cell.id());
            Double rate = lastMonthRates.get(cell.id());
            rows.add(new CellRow(cell.id(), cell.name(), meeting == null ? null : meeting.id(),
                    meeting == null ? null : scope.when(meeting.startsAt(), locale),
                    meeting == null ? null : figures.get(meeting.id()), rate,
                    belowTarget.getOrDefault(cell.id(), false), lastMonthGrades.get(cell.id())));
        }
        rows.sort(Comparator.comparing(CellRow::lastMonthRate, Comparator.nullsLast(Comparator.naturalOrder()))
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
}
