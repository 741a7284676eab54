package vn.chibo.statistics.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import vn.chibo.conversation.OutboundFile;
import vn.chibo.organization.OrgUnit;
import vn.chibo.signin.DashboardScope;
import vn.chibo.statistics.Charts;
import vn.chibo.statistics.CommitteeFigures;
import vn.chibo.statistics.Statistics;
import vn.chibo.statistics.StatisticsTexts;
import vn.chibo.statistics.Workbooks;
import vn.chibo.web.dashboard.DashboardPage;
import vn.chibo.web.dashboard.Viewer;

/** A unit's downloads from the dashboard: the committee ranking chart, the Excel report and the CSV figures. */
@DashboardPage
class UnitExports {

    private final Statistics statistics;
    private final Charts charts;
    private final Workbooks workbooks;
    private final StatisticsTexts texts;
    private final DashboardScope scope;
    private final Clock clock;

    UnitExports(Statistics statistics, Charts charts, Workbooks workbooks, StatisticsTexts texts, DashboardScope scope,
                Clock clock) {
        this.texts = texts;
        this.statistics = statistics;
        this.charts = charts;
        this.workbooks = workbooks;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/dashboard/units/{id}/ranking.png")
    ResponseEntity<byte[]> ranking(@RequestAttribute Viewer viewer, @PathVariable long id, Locale locale) {
        OrgUnit unit = scope.unit(viewer, id);
        YearMonth now = YearMonth.now(clock);
        CommitteeFigures figures = statistics.committee(unit, new Statistics.Period(now.minusMonths(11), now));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .body(charts.ranking(unit.name(), figures.cells(), figures.targetPercent(),
                        texts.criteria(figures.criteria(), locale), locale));
    }

    @GetMapping("/dashboard/units/{id}/report.xlsx")
    ResponseEntity<byte[]> report(@RequestAttribute Viewer viewer, @PathVariable long id, Locale locale) {
        OrgUnit unit = scope.unit(viewer, id);
        Statistics.Period period = statistics.lastTwelveMonths();
        byte[] workbook = unit.isCell() ? workbooks.cell(unit, period, locale) : workbooks.committee(unit, period, locale);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(OutboundFile.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(texts.reportFileName(unit, period, "xlsx")).build().toString())
                .body(workbook);
    }

    @GetMapping("/dashboard/units/{id}/stats.csv")
    ResponseEntity<String> csv(@RequestAttribute Viewer viewer, @PathVariable long id,
                               @RequestParam(required = false) String delimiter, Locale locale) {
        OrgUnit unit = scope.unit(viewer, id);
        Statistics.Period period = statistics.lastTwelveMonths();
        var chosen = StatisticsCsv.Delimiter.of(delimiter);
        // the file for Excel set up for Vietnamese is for people: its columns and yes/no in their words
        var wording = chosen == StatisticsCsv.Delimiter.SEMICOLON
                ? new StatisticsCsv.Wording(column -> scope.text(locale, "csv.col." + column),
                        yes -> scope.text(locale, yes ? "report.yes" : "report.no"))
                : StatisticsCsv.Wording.FIELDS;
        String csv = unit.isCell() ? StatisticsCsv.cell(statistics.cell(unit, period), chosen, wording)
                : StatisticsCsv.committee(statistics.committee(unit, period), chosen, wording);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, StatisticsCsv.CONTENT_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(texts.reportFileName(unit, period, "csv")).build().toString())
                .body(csv);
    }
}
