package vn.chibo.statistics.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import vn.chibo.common.Paged;
import vn.chibo.handbook.Handbook;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.meeting.Schedules;
import vn.chibo.organization.OrgUnit;
import vn.chibo.quiz.CellQuizzes;
import vn.chibo.signin.DashboardScope;
import vn.chibo.statistics.CellFigures;
import vn.chibo.statistics.Charts;
import vn.chibo.statistics.MemberFigures;
import vn.chibo.statistics.ReachTexts;
import vn.chibo.statistics.Statistics;
import vn.chibo.statistics.StatisticsTexts;
import vn.chibo.web.dashboard.DashboardPage;
import vn.chibo.web.dashboard.Viewer;

/** A cell: 12 months of figures and the chart, its members, its rule and calendar, its cell quizzes. */
@DashboardPage
class CellPage {

    /** Members shown at a time: a cell of a few hundred reads on a phone, a roster gone wrong cannot swamp it. */
    private final Meetings meetings;
    private final Schedules schedules;
    private final StatisticsTexts texts;
    private final Statistics statistics;
    private final Charts charts;
    private final CellQuizzes cellQuizzes;
    private final Handbook handbook;
    private final DashboardScope scope;
    private final Clock clock;
    private final ReachTexts reach;

    CellPage(Meetings meetings, Schedules schedules, Statistics statistics, Charts charts, CellQuizzes cellQuizzes,
             Handbook handbook, StatisticsTexts texts, DashboardScope scope, Clock clock, ReachTexts reach) {
        this.reach = reach;
        this.texts = texts;
        this.meetings = meetings;
        this.schedules = schedules;
        this.statistics = statistics;
        this.charts = charts;
        this.cellQuizzes = cellQuizzes;
        this.handbook = handbook;
        this.scope = scope;
        this.clock = clock;
    }

    public record CellQuizLine(long id, String deadline, int taken, int members) {
    }

    /** A meeting on a cell's calendar. */
    public record MeetingLine(long id, String when, String kind, String title, String place, boolean cancelled,
                              boolean past, String startsAtLocal) {
    }

    @GetMapping("/dashboard/cells/{id}")
    String cell(@RequestAttribute Viewer viewer, @PathVariable long id, @RequestParam(defaultValue = "1") int page,
                Model model, Locale locale) {
        OrgUnit cell = scope.cell(viewer, id);
        YearMonth now = YearMonth.now(clock);
        var period = new Statistics.Period(now.minusMonths(11), now);
        model.addAttribute("cell", cell);
        CellFigures figures = statistics.cell(cell, period);
        model.addAttribute("figures", figures);
        model.addAttribute("criteria", texts.criteria(figures.criteria(), locale));
        model.addAttribute("reach", reach.reach(cell, locale));
        model.addAttribute("chartDescription", texts.trendDescription(cell.name(), figures.months(), figures.targetPercent(), locale));
        Paged<MemberFigures> members = statistics.members(cell, period, page, Paged.MEMBERS_A_PAGE);
        model.addAttribute("members", members.items());
        model.addAttribute("page", members);
        var effective = schedules.effectiveRule(cell);
        model.addAttribute("rule", effective.map(rule -> ruleText(rule, locale)).orElse(null));
        model.addAttribute("currentRule", effective.map(Schedules.EffectiveRule::rule).orElse(null));
        model.addAttribute("weekdays", DayOfWeek.values());
        Instant today = clock.instant();
        var calendar = new ArrayList<MeetingLine>();
        for (Meeting meeting : meetings.between(cell, scope.monthStart(now.minusMonths(2)), scope.monthStart(now.plusMonths(4)))) {
            calendar.add(new MeetingLine(meeting.id(), scope.when(meeting.startsAt(), locale), meeting.kind().name(),
                    meeting.title(), meeting.place(), meeting.cancelled(), meeting.startsAt().toInstant().isBefore(today),
                    meeting.startsAt().toLocalDateTime().withSecond(0).withNano(0).toString()));
        }
        model.addAttribute("calendar", calendar);
        model.addAttribute("topics", handbook.topics());
        model.addAttribute("cellQuizzes", scope.asMember(viewer).map(cellQuizzes::managedBy).orElse(List.of()).stream()
                .filter(quiz -> quiz.unitId() == cell.id())
                .map(quiz -> {
                    int taken = cellQuizzes.results(quiz).size();
                    return new CellQuizLine(quiz.id(), scope.deadline(quiz.deadline().atZone(clock.getZone()), locale), taken,
                            taken + cellQuizzes.notTaken(quiz).size());
                })
                .toList());
        return "dashboard/cell";
    }

    @GetMapping("/dashboard/cells/{id}/chart.png")
    ResponseEntity<byte[]> chart(@RequestAttribute Viewer viewer, @PathVariable long id, Locale locale) {
        OrgUnit cell = scope.cell(viewer, id);
        YearMonth now = YearMonth.now(clock);
        var figures = statistics.cell(cell, new Statistics.Period(now.minusMonths(11), now));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .body(charts.trend(cell.name(), figures.months(), figures.targetPercent(),
                        texts.criteria(figures.criteria(), locale), locale));
    }

    private String ruleText(Schedules.EffectiveRule effective, Locale locale) {
        var rule = effective.rule();
        String day = switch (rule.kind()) {
            case DAY_OF_MONTH -> scope.text(locale, "dashboard.rule.day", rule.day());
            case LAST_DAY -> scope.text(locale, "dashboard.rule.lastDay");
            case NTH_WEEKDAY -> scope.text(locale, rule.week() == -1 ? "dashboard.rule.lastWeekday" : "dashboard.rule.weekday",
                    scope.text(locale, "weekday." + rule.weekday().name()), rule.week());
        };
        return scope.text(locale, "dashboard.rule", day, rule.time().toString(), rule.place(), effective.definedAt().name());
    }
}
