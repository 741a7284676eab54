package vn.chibo.statistics.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

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
 * that Excel reads the Vietnamese names right; the header names are the JSON field names (the dashboard's file for
 * Vietnamese Excel names them in words, with "Có"/"Không" for yes and no); dates and times as
 * Excel reads them ({@code 2026-11-07 19:30}). By default commas and decimal points; {@code ?delimiter=semicolon}
 * gives semicolons and decimal commas, which an Excel set up for Vietnamese opens in one click. Nothing a user
 * typed can become a live formula.
 */
final class StatisticsCsv {

    static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The two spreadsheet conventions: {@code comma} (the default) and {@code semicolon}. */
    enum Delimiter {
        COMMA(',', '.'), SEMICOLON(';', ',');

        private final char separator;
        private final char decimal;

        Delimiter(char separator, char decimal) {
            this.separator = separator;
            this.decimal = decimal;
        }

        static Delimiter of(String name) {
            return "semicolon".equalsIgnoreCase(name) ? SEMICOLON : COMMA;
        }
    }

    /**
     * How the file names its columns and says yes or no: by the JSON field names and true/false ({@link #FIELDS},
     * for scripts), or in the reader's words ("Đạt mục tiêu", "Có") for a person opening it in Excel.
     */
    record Wording(Function<String, String> column, Function<Boolean, String> yesNo) {
        static final Wording FIELDS = new Wording(Function.identity(), String::valueOf);
    }

    /** Last on a period's row, so that the columns before them keep their places. */
    private static final List<String> GRADE_HEADER = List.of("gradedMeetings", "averageGrade", "gradesGood",
            "gradesFair", "gradesAverage", "gradesPoor");

    private StatisticsCsv() {
    }

    static String meeting(MeetingFigures m, Delimiter delimiter) {
        return csv(List.of("meetingId", "cellId", "cellName", "startsAt", "kind", "title", "expected", "replied",
                        "repliedAttending", "repliedExcused", "repliedAbsent", "noReply", "attendanceRecorded", "present",
                        "absentExcused", "absentUnexcused", "attendanceRate", "meetsQualityCriterion", "meetsTarget",
                        "exempt", "exemptPresent", "criteriaDocument", "minPresentPercent", "maxUnexcusedAbsences",
                        "targetPercent", "gradePoints", "grade"),
                List.of(Arrays.asList(m.meetingId(), m.cellId(), m.cellName(), m.startsAt().format(DATE_TIME), m.kind(), m.title(),
                        m.expected(), m.replied(), m.repliedAttending(), m.repliedExcused(), m.repliedAbsent(),
                        m.noReply(), m.attendanceRecorded(), m.present(), m.absentExcused(), m.absentUnexcused(),
                        m.attendanceRate(), m.meetsQualityCriterion(), m.meetsTarget(), m.exempt(), m.exemptPresent(),
                        m.criteria().document(), m.criteria().minPresentPercent(), m.criteria().maxUnexcusedAbsences(),
                        m.criteria().targetPercent(), m.gradePoints(), m.grade())), delimiter);
    }

    /** A row per month, then the total. */
    static String cell(CellFigures figures, Delimiter delimiter) {
        return cell(figures, delimiter, Wording.FIELDS);
    }

    static String cell(CellFigures figures, Delimiter delimiter, Wording wording) {
        var rows = new ArrayList<List<Object>>();
        figures.months().forEach(month -> rows.add(withGrades(periodRow(month.month().toString(), month,
                figures.criteria()), month)));
        rows.add(withGrades(periodRow(wording.column().apply("total"), figures.total(), figures.criteria()), figures.total()));
        var header = new ArrayList<>(periodHeader("month"));
        header.addAll(GRADE_HEADER);
        return csv(header, rows, delimiter, wording);
    }

    /** A row per cell, worst first, then the committee's total, its cellId empty. */
    static String committee(CommitteeFigures figures, Delimiter delimiter) {
        return committee(figures, delimiter, Wording.FIELDS);
    }

    static String committee(CommitteeFigures figures, Delimiter delimiter, Wording wording) {
        var header = new ArrayList<String>(List.of("rank", "cellId"));
        header.addAll(periodHeader("cellName"));
        header.add("belowTarget");
        header.addAll(GRADE_HEADER);
        var rows = new ArrayList<List<Object>>();
        for (CommitteeFigures.CellRank cell : figures.cells()) {
            var row = new ArrayList<Object>(List.of(cell.rank(), cell.cellId()));
            row.addAll(periodRow(cell.cellName(), cell.total(), figures.criteria()));
            row.add(cell.belowTarget());
            rows.add(withGrades(row, cell.total()));
        }
        var total = new ArrayList<Object>(Arrays.asList(null, null));
        total.addAll(periodRow(wording.column().apply("total"), figures.total(), figures.criteria()));
        total.add(null);
        rows.add(withGrades(total, figures.total()));
        return csv(header, rows, delimiter, wording);
    }

    static String member(MemberFigures m, Delimiter delimiter) {
        return csv(List.of("memberId", "fullName", "cellId", "cellName", "from", "to", "meetings", "replied", "replyRate",
                        "recordedMeetings", "present", "absentExcused", "absentUnexcused", "quizzesTaken",
                        "averageQuizScore", "year", "unexcusedMonthsInYear", "warning", "reviewFlag", "exemptMeetings"),
                List.of(Arrays.asList(m.memberId(), m.fullName(), m.cellId(), m.cellName(), m.from(), m.to(), m.meetings(),
                        m.replied(), m.replyRate(), m.recordedMeetings(), m.present(), m.absentExcused(),
                        m.absentUnexcused(), m.quizzesTaken(), m.averageQuizScore(), m.year(), m.unexcusedMonthsInYear(),
                        m.warning(), m.reviewFlag(), m.exemptMeetings())), delimiter);
    }

    private static List<Object> withGrades(List<Object> row, PeriodFigures p) {
        var withGrades = new ArrayList<>(row);
        withGrades.addAll(Arrays.asList(p.gradedMeetings(), p.averageGrade(), p.grades().get("GOOD"),
                p.grades().get("FAIR"), p.grades().get("AVERAGE"), p.grades().get("POOR")));
        return withGrades;
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
    private static Object inert(Object value, Delimiter delimiter, Wording wording) {
        if (value instanceof Boolean yes) {
            return wording.yesNo().apply(yes);
        }
        if ((value instanceof Double || value instanceof Float) && delimiter.decimal != '.') {
            return value.toString().replace('.', delimiter.decimal);
        }
        if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }

    private static String csv(List<String> header, List<? extends List<?>> rows, Delimiter delimiter) {
        return csv(header, rows, delimiter, Wording.FIELDS);
    }

    private static String csv(List<String> header, List<? extends List<?>> rows, Delimiter delimiter, Wording wording) {
        var out = new StringWriter();
        out.write('\uFEFF');
        try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(delimiter.separator)
                .setHeader(header.stream().map(wording.column()).toArray(String[]::new)).get())) {
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(value -> inert(value, delimiter, wording)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
