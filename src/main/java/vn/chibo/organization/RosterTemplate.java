package vn.chibo.organization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An empty roster to fill in, as Excel (drop-down lists for role, status and exemption; the instructions and
 * an example on a sheet of their own) or as CSV (the header row only, so nothing stray is imported), its
 * headers in the reader's language; the import reads either language.
 */
@Component
public class RosterTemplate {

    private static final int ROWS = 5000;

    private final MessageSource messages;

    RosterTemplate(MessageSource messages) {
        this.messages = messages;
    }

    public String csv(Locale locale) {
        return '\uFEFF' + String.join(",", headers(locale)) + "\r\n";
    }

    public byte[] xlsx(Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            bold.setVerticalAlignment(VerticalAlignment.TOP);
            Sheet roster = workbook.createSheet(text(locale, "roster.template.sheet"));
            Row header = roster.createRow(0);
            List<String> headers = headers(locale);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
                roster.setColumnWidth(i, (i == 0 ? 50 : i == 1 ? 28 : 16) * 256);
            }
            roster.createFreezePane(0, 1);
            // typed as text, so that Excel keeps 05/12/2020 as written instead of a date in the phone's own format
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            roster.setDefaultColumnStyle(RosterColumn.JOINED_ON.ordinal(), text);
            DataValidationHelper validations = roster.getDataValidationHelper();
            addList(roster, validations, RosterColumn.ROLE, words(locale, "roster.template.roles"));
            addList(roster, validations, RosterColumn.STATUS, words(locale, "roster.template.statuses"));
            addList(roster, validations, RosterColumn.EXEMPT, words(locale, "roster.template.yesNo"));

            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            Sheet guide = workbook.createSheet(text(locale, "roster.template.guideSheet"));
            guide.setColumnWidth(0, 100 * 256);
            int line = 0;
            for (String key : List.of("roster.template.guide1", "roster.template.guide2", "roster.template.guide3",
                    "roster.template.example")) {
                Cell cell = guide.createRow(line++).createCell(0);
                cell.setCellValue(text(locale, key));
                cell.setCellStyle(wrapped);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addList(Sheet sheet, DataValidationHelper validations, RosterColumn column, String[] values) {
        DataValidation validation = validations.createValidation(validations.createExplicitListConstraint(values),
                new CellRangeAddressList(1, ROWS, column.ordinal(), column.ordinal()));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    private static List<String> headers(Locale locale) {
        boolean english = locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
        return Arrays.stream(RosterColumn.values()).map(c -> english ? c.englishHeader : c.vietnameseHeader).toList();
    }

    private String[] words(Locale locale, String key) {
        return text(locale, key).split("\\s*,\\s*");
    }

    private String text(Locale locale, String key) {
        return messages.getMessage(key, null, locale);
    }
}
