package vn.chibo.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/** One workbook being written: its styles, and sheet names kept unique and legal. */
final class ReportBook implements AutoCloseable {

    private static final String DATE_TIME = "dd/mm/yyyy hh:mm";
    private static final String PERCENT = "0.0%";
    private static final String MONTH = "mm/yyyy";
    private static final String POINTS = "0.0";
    /** A sheet of more columns than this prints across the page (landscape). */
    static final int PORTRAIT_COLUMNS = 8;

    /** The columns of a month's or a period's figures, after its label: what {@link #period} writes. */
    static final List<String> PERIOD_COLUMNS = List.of("report.col.meetings", "report.col.recordedMeetings",
            "report.col.goodMeetings", "report.col.expected", "report.col.present", "report.col.absentExcused",
            "report.col.absentUnexcused", "report.col.rate", "report.col.meetsTarget", "report.col.exempt",
            "report.col.averageGrade", "report.col.gradeGood", "report.col.gradeFair", "report.col.gradeAverage",
            "report.col.gradePoor");


    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Locale locale;
    private final MessageSource messages;
    private final CellStyle bold;
    private final CellStyle dateTime;
    private final CellStyle percent;
    private final CellStyle month;
    private final CellStyle points;
    private final CellStyle wrapped;
    private final Set<String> names = new HashSet<>();

    ReportBook(Locale locale, MessageSource messages) {
        this.locale = locale;
        this.messages = messages;
        bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        bold.setWrapText(true);
        bold.setVerticalAlignment(VerticalAlignment.TOP);
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(DATE_TIME));
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(PERCENT));
        month = workbook.createCellStyle();
        month.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(MONTH));
        month.setAlignment(HorizontalAlignment.LEFT);
        points = workbook.createCellStyle();
        points.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(POINTS));
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    }

    Sheet sheet(String wanted) {
        String name = WorkbookUtil.createSafeSheetName(wanted);
        for (int n = 2; !names.add(name); n++) {
            name = WorkbookUtil.createSafeSheetName(wanted + " (" + n + ")");
        }
        return workbook.createSheet(name);
    }

    /** Column titles: the first ones, then those of a period's figures. */
    void header(Sheet sheet, int rowIndex, List<String> first) {
        var keys = new ArrayList<>(first);
        keys.addAll(PERIOD_COLUMNS);
        header(sheet, rowIndex, keys.toArray(String[]::new));
    }

    /**
     * Column titles, wrapped over up to three lines rather than cut, and frozen above the rows; the sheet prints on
     * A4 as wide as the page, across the page when it has many columns, with these titles on every page.
     */
    void header(Sheet sheet, int rowIndex, String... keys) {
        Row row = sheet.createRow(rowIndex);
        row.setHeightInPoints(3 * sheet.getDefaultRowHeightInPoints());
        for (int i = 0; i < keys.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(messages.getMessage(keys[i], null, locale));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, i == 0 || keys[i].endsWith("name") || keys[i].endsWith("cell") ? 30 * 256 : 16 * 256);
        }
        sheet.createFreezePane(0, rowIndex + 1);
        printed(sheet, rowIndex, keys.length);
    }

    /**
     * A note under a table (the criteria applied), as one cell wide as the table and wrapped in it, so it is read
     * on screen and printed rather than running off to the right.
     */
    void note(Sheet sheet, int rowIndex, int columns, String text) {
        Row row = sheet.createRow(rowIndex);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(wrapped);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, columns - 1));
        }
        int width = 0;
        for (int column = 0; column < Math.max(1, columns); column++) {
            width += sheet.getColumnWidth(column) / 256;
        }
        int lines = Math.max(1, (int) Math.ceil(text.length() * 1.1 / Math.max(20, width)));
        row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
    }

    private static void printed(Sheet sheet, int headerRow, int columns) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(columns > PORTRAIT_COLUMNS);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    void period(Row row, String label, PeriodFigures figures) {
        period(row, 0, label, figures);
    }

    /** A month's figures, the month a real date (its first day) shown as mm/yyyy, so it sorts and filters. */
    void month(Row row, PeriodFigures figures) {
        period(row, 0, "", figures);
        Cell cell = row.getCell(0);
        cell.setCellValue(figures.month().atDay(1));
        cell.setCellStyle(month);
    }

    void period(Row row, int first, String label, PeriodFigures figures) {
        row.createCell(first).setCellValue(label);
        row.createCell(first + 1).setCellValue(figures.meetings());
        row.createCell(first + 2).setCellValue(figures.recordedMeetings());
        row.createCell(first + 3).setCellValue(figures.meetingsOfGoodQuality());
        row.createCell(first + 4).setCellValue(figures.expected());
        row.createCell(first + 5).setCellValue(figures.present());
        row.createCell(first + 6).setCellValue(figures.absentExcused());
        row.createCell(first + 7).setCellValue(figures.absentUnexcused());
        percent(row, first + 8, figures.attendanceRate());
        row.createCell(first + 9).setCellValue(figures.meetsTarget() == null ? ""
                : messages.getMessage(figures.meetsTarget() ? "report.yes" : "report.no", null, locale));
        row.createCell(first + 10).setCellValue(figures.exempt());
        if (figures.averageGrade() != null) {
            Cell average = row.createCell(first + 11);
            average.setCellValue(figures.averageGrade());
            average.setCellStyle(points);
        }
        for (int i = 0; i < Tally.GRADES.size(); i++) {
            row.createCell(first + 12 + i).setCellValue(figures.grades().get(Tally.GRADES.get(i)));
        }
    }

    void percent(Row row, int column, Double value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            // figures carry one decimal of a percent; as a fraction, three, without binary noise
            cell.setCellValue(Math.round(value * 10) / 1000.0);
            cell.setCellStyle(percent);
        }
    }

    void date(Row row, int column, LocalDateTime value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(dateTime);
    }

    byte[] bytes() {
        try (var out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
