package vn.chibo.statistics.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import vn.chibo.statistics.CellFigures;
import vn.chibo.statistics.CommitteeFigures;
import vn.chibo.statistics.MeetingFigures;
import vn.chibo.statistics.MemberFigures;
import vn.chibo.statistics.PeriodFigures;
import vn.chibo.statistics.QualityCriteria;

/**
 * The statistics as CSV, the same for the admin API and the dashboard: UTF-8 with a byte order mark, so
 * that Excel reads the Vietnamese names right; the header names are the JSON field names. Nothing a user typed
 * can become a live formula.
 */
final class StatisticsCsv {

    static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private StatisticsCsv() {
    }

    static String meeting(MeetingFigures m) {
        return csv(List.of("meetingId", "cellId", "cellName", "startsAt", "kind", "title", "expected", "replied",
                        "repliedAttending", "repliedExcused", "repliedAbsent", "noReply", "attendanceRecorded", "present",
                        "absentExcused", "absentUnexcused", "attendanceRate", "meetsQualityCriterion", "meetsTarget",
                        "exempt", "exemptPresent", "criteriaDocument", "minPresentPercent", "maxUnexcusedAbsences",
                        "targetPercent"),
                List.of(Arrays.asList(m.meetingId(), m.cellId(), m.cellName(), m.startsAt(), m.kind(), m.title(),
                        m.expected(), m.replied(), m.repliedAttending(), m.repliedExcused(), m.repliedAbsent(),
                        m.noReply(), m.attendanceRecorded(), m.present(), m.absentExcused(), m.absentUnexcused(),
                        m.attendanceRate(), m.meetsQualityCriterion(), m.meetsTarget(), m.exempt(), m.exemptPresent(),
                        m.criteria().document(), m.criteria().minPresentPercent(), m.criteria().maxUnexcusedAbsences(),
                        m.criteria().targetPercent())));
    }

    /** A row per month, then the total. */
    static String cell(CellFigures figures) {
        var rows = new ArrayList<List<Object>>();
        figures.months().forEach(month -> rows.add(periodRow(month.month().toString(), month, figures.criteria())));
        rows.add(periodRow("total", figures.total(), figures.criteria()));
        return csv(periodHeader("month"), rows);
    }

    /** A row per cell, worst first, then the committee total. */
    static String committee(CommitteeFigures figures) {
        var header = new ArrayList<String>(List.of("rank", "cellId"));
        header.addAll(periodHeader("cellName"));
        header.add("belowTarget");
        var rows = new ArrayList<List<Object>>();
        for (CommitteeFigures.CellRank cell : figures.cells()) {
            var row = new ArrayList<Object>(List.of(cell.rank(), cell.cellId()));
            row.addAll(periodRow(cell.cellName(), cell.total(), figures.criteria()));
            row.add(cell.belowTarget());
            rows.add(row);
        }
        var total = new ArrayList<Object>(Arrays.asList(null, figures.unitId()));
        total.addAll(periodRow("total", figures.total(), figures.criteria()));
        total.add(null);
        rows.add(total);
        return csv(header, rows);
    }

    static String member(MemberFigures m) {
        return csv(List.of("memberId", "fullName", "cellId", "cellName", "from", "to", "meetings", "replied", "replyRate",
                        "recordedMeetings", "present", "absentExcused", "absentUnexcused", "quizzesTaken",
                        "averageQuizScore", "year", "unexcusedMonthsInYear", "warning", "reviewFlag", "exemptMeetings"),
                List.of(Arrays.asList(m.memberId(), m.fullName(), m.cellId(), m.cellName(), m.from(), m.to(), m.meetings(),
                        m.replied(), m.replyRate(), m.recordedMeetings(), m.present(), m.absentExcused(),
                        m.absentUnexcused(), m.quizzesTaken(), m.averageQuizScore(), m.year(), m.unexcusedMonthsInYear(),
                        m.warning(), m.reviewFlag(), m.exemptMeetings())));
    }

    private static List<String> periodHeader(String first) {
        return List.of(first, "meetings", "recordedMeetings", "meetingsOfGoodQuality", "expected", "present",
                "absentExcused", "absentUnexcused", "attendanceRate", "meetsTarget", "exempt", "criteriaDocument",
                "minPresentPercent", "maxUnexcusedAbsences", "targetPercent");
    }

    private static List<Object> periodRow(String first, PeriodFigures p, QualityCriteria criteria) {
        return Arrays.asList(first, p.meetings(), p.recordedMeetings(), p.meetingsOfGoodQuality(), p.expected(),
                p.present(), p.absentExcused(), p.absentUnexcused(), p.attendanceRate(), p.meetsTarget(), p.exempt(),
                criteria.document(), criteria.minPresentPercent(), criteria.maxUnexcusedAbsences(),
                criteria.targetPercent());
    }

    /**
     * Text a spreadsheet would take for a formula (a member named "=HYPERLINK(…)", "+1", "-1", "@x") is kept as
     * text by a leading apostrophe, which Excel and LibreOffice hide; numbers stay numbers.
     */
    private static Object inert(Object value) {
        if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }

    private static String csv(List<String> header, List<? extends List<?>> rows) {
        var out = new StringWriter();
        out.write('\uFEFF');
        try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(StatisticsCsv::inert).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
