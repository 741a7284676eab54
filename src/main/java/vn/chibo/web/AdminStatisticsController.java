package vn.chibo.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.statistics.CellFigures;
import vn.chibo.statistics.CommitteeFigures;
import vn.chibo.statistics.MeetingFigures;
import vn.chibo.statistics.MemberFigures;
import vn.chibo.statistics.PeriodFigures;
import vn.chibo.statistics.Statistics;

/**
 * The statistics through the admin API: a meeting, a cell, a committee (org unit), a member; {@code from} and
 * {@code to} as YYYY-MM (default the last twelve months); JSON, or CSV with {@code Accept: text/csv}.
 */
@RestController
@RequestMapping("/api/admin")
class AdminStatisticsController {

    private static final String CSV = "text/csv";

    private final Statistics statistics;
    private final Organization organization;
    private final MessageSource messages;

    AdminStatisticsController(Statistics statistics, Organization organization, MessageSource messages) {
        this.statistics = statistics;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping(value = "/meetings/{id}/stats", produces = "application/json")
    MeetingFigures meeting(@PathVariable long id) {
        return statistics.meeting(id).orElseThrow(() -> AdminProblems.notFound("No meeting with id " + id));
    }

    @GetMapping(value = "/meetings/{id}/stats", produces = CSV)
    ResponseEntity<String> meetingCsv(@PathVariable long id) {
        MeetingFigures m = meeting(id);
        return csv(List.of("meetingId", "cellId", "cellName", "startsAt", "kind", "title", "expected", "replied",
                        "repliedAttending", "repliedExcused", "repliedAbsent", "noReply", "attendanceRecorded", "present",
                        "absentExcused", "absentUnexcused", "attendanceRate", "meetsQualityCriterion", "meetsTarget"),
                List.of(Arrays.asList(m.meetingId(), m.cellId(), m.cellName(), m.startsAt(), m.kind(), m.title(), m.expected(),
                        m.replied(), m.repliedAttending(), m.repliedExcused(), m.repliedAbsent(), m.noReply(),
                        m.attendanceRecorded(), m.present(), m.absentExcused(), m.absentUnexcused(), m.attendanceRate(),
                        m.meetsQualityCriterion(), m.meetsTarget())));
    }

    @GetMapping(value = "/cells/{id}/stats", produces = "application/json")
    CellFigures cell(@PathVariable long id, @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to, Locale locale) {
        OrgUnit cell = organization.unit(id).filter(OrgUnit::isCell)
                .orElseThrow(() -> AdminProblems.notFound("No cell with id " + id));
        return statistics.cell(cell, period(from, to, locale));
    }

    @GetMapping(value = "/cells/{id}/stats", produces = CSV)
    ResponseEntity<String> cellCsv(@PathVariable long id, @RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to, Locale locale) {
        CellFigures figures = cell(id, from, to, locale);
        var rows = new ArrayList<List<Object>>();
        figures.months().forEach(month -> rows.add(periodRow(month.month().toString(), month)));
        rows.add(periodRow("total", figures.total()));
        return csv(periodHeader("month"), rows);
    }

    @GetMapping(value = "/org-units/{id}/stats", produces = "application/json")
    CommitteeFigures unit(@PathVariable long id, @RequestParam(required = false) String from,
                          @RequestParam(required = false) String to, Locale locale) {
        OrgUnit unit = organization.unit(id).orElseThrow(() -> AdminProblems.notFound("No org unit with id " + id));
        return statistics.committee(unit, period(from, to, locale));
    }

    @GetMapping(value = "/org-units/{id}/stats", produces = CSV)
    ResponseEntity<String> unitCsv(@PathVariable long id, @RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to, Locale locale) {
        CommitteeFigures figures = unit(id, from, to, locale);
        var header = new ArrayList<String>(List.of("rank", "cellId"));
        header.addAll(periodHeader("cellName"));
        header.add("belowTarget");
        var rows = new ArrayList<List<Object>>();
        for (CommitteeFigures.CellRank cell : figures.cells()) {
            var row = new ArrayList<Object>(List.of(cell.rank(), cell.cellId()));
            row.addAll(periodRow(cell.cellName(), cell.total()));
            row.add(cell.belowTarget());
            rows.add(row);
        }
        var total = new ArrayList<Object>(Arrays.asList(null, figures.unitId()));
        total.addAll(periodRow("total", figures.total()));
        total.add(null);
        rows.add(total);
        return csv(header, rows);
    }

    @GetMapping(value = "/members/{id}/stats", produces = "application/json")
    MemberFigures member(@PathVariable long id, @RequestParam(required = false) String from,
                         @RequestParam(required = false) String to, Locale locale) {
        Member member = organization.member(id).filter(m -> m.unit().isCell())
                .orElseThrow(() -> AdminProblems.notFound("No member of a cell with id " + id));
        return statistics.member(member, period(from, to, locale));
    }

    @GetMapping(value = "/members/{id}/stats", produces = CSV)
    ResponseEntity<String> memberCsv(@PathVariable long id, @RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to, Locale locale) {
        MemberFigures m = member(id, from, to, locale);
        return csv(List.of("memberId", "fullName", "cellId", "cellName", "from", "to", "meetings", "replied", "replyRate",
                        "recordedMeetings", "present", "absentExcused", "absentUnexcused", "quizzesTaken",
                        "averageQuizScore", "year", "unexcusedMonthsInYear", "warning", "reviewFlag"),
                List.of(Arrays.asList(m.memberId(), m.fullName(), m.cellId(), m.cellName(), m.from(), m.to(), m.meetings(),
                        m.replied(), m.replyRate(), m.recordedMeetings(), m.present(), m.absentExcused(),
                        m.absentUnexcused(), m.quizzesTaken(), m.averageQuizScore(), m.year(),
                        m.unexcusedMonthsInYear(), m.warning(), m.reviewFlag())));
    }

    private Statistics.Period period(String from, String to, Locale locale) {
        Statistics.Period fallback = statistics.lastTwelveMonths();
        try {
            YearMonth end = to == null ? fallback.to() : YearMonth.parse(to);
            YearMonth start = from == null ? end.minusMonths(11) : YearMonth.parse(from);
            return new Statistics.Period(start, end);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    messages.getMessage("stats.api.badPeriod", null, locale));
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, e);
        }
    }

    private static List<String> periodHeader(String first) {
        return List.of(first, "meetings", "recordedMeetings", "meetingsOfGoodQuality", "expected", "present",
                "absentExcused", "absentUnexcused", "attendanceRate", "meetsTarget");
    }

    private static List<Object> periodRow(String first, PeriodFigures p) {
        return Arrays.asList(first, p.meetings(), p.recordedMeetings(), p.meetingsOfGoodQuality(), p.expected(),
                p.present(), p.absentExcused(), p.absentUnexcused(), p.attendanceRate(), p.meetsTarget());
    }

    /** UTF-8 with a byte order mark, so that Excel reads the Vietnamese names right. */
    private static ResponseEntity<String> csv(List<String> header, List<? extends List<?>> rows) {
        var out = new StringWriter();
        out.write('\uFEFF');
        try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<?> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().header("Content-Type", "text/csv; charset=UTF-8").body(out.toString());
    }
}
