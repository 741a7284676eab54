package vn.chibo.quiz.bank;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

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

import vn.chibo.handbook.HandbookSection;
import vn.chibo.handbook.HandbookTopic;

/**
 * The Excel sheet admins fill in: every column of {@link ExcelBankFile} with wrapped headers, drop-down lists
 * for the answer, the difficulty and the handbook section (from the sheet of sections), and the instructions on
 * a sheet of their own, wrapped so they read without scrolling sideways.
 */
final class ExcelBankTemplate {

    /** Rows the drop-down lists cover; a bank file is rarely longer. */
    private static final int ROWS = 2000;
    private static final String[] ANSWERS = {"A", "B", "C", "D", "E", "F"};
    private static final String[] DIFFICULTIES = {"Dễ", "Trung bình", "Khó"};

    private ExcelBankTemplate() {
    }

    static byte[] write(List<HandbookTopic> topics, List<HandbookSection> sections, Problems texts) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            bold.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);

            Sheet questions = workbook.createSheet(ExcelBankFile.QUESTIONS_SHEET);
            Row header = questions.createRow(0);
            for (ExcelBankFile.Column column : ExcelBankFile.Column.values()) {
                Cell cell = header.createCell(column.ordinal());
                cell.setCellValue(column.vietnamese);
                cell.setCellStyle(bold);
                boolean wide = column == ExcelBankFile.Column.TEXT || column == ExcelBankFile.Column.EXPLANATION;
                questions.setColumnWidth(column.ordinal(), (wide ? 60 : 18) * 256);
            }
            questions.createFreezePane(0, 1);

            String guideName = texts.text("quizBank.template.guideSheet");
            Sheet guide = workbook.createSheet(guideName);
            guide.setColumnWidth(0, 100 * 256);
            int line = 0;
            for (String key : List.of("quizBank.template.guide1", "quizBank.template.guide2", "quizBank.template.guide3",
                    "quizBank.template.guide4")) {
                Cell cell = guide.createRow(line++).createCell(0);
                cell.setCellValue(texts.text(key));
                cell.setCellStyle(wrapped);
            }

            String listName = texts.text("quizBank.template.sectionsSheet");
            Sheet list = workbook.createSheet(listName);
            Row listHeader = list.createRow(0);
            String[] headers = {ExcelBankFile.Column.SECTION.vietnamese, texts.text("quizBank.template.sectionTitle"),
                    ExcelBankFile.Column.TOPIC.vietnamese};
            for (int i = 0; i < headers.length; i++) {
                listHeader.createCell(i).setCellValue(headers[i]);
                listHeader.getCell(i).setCellStyle(bold);
            }
            int rowIndex = 1;
            for (HandbookSection section : sections) {
                Row row = list.createRow(rowIndex++);
                row.createCell(0).setCellValue(section.id());
                row.createCell(1).setCellValue(section.title());
                row.createCell(2).setCellValue(topics.stream().filter(t -> t.id().equals(section.topicId()))
                        .map(HandbookTopic::title).findFirst().orElse(section.topicId()));
            }
            list.setColumnWidth(0, 30 * 256);
            list.setColumnWidth(1, 70 * 256);
            list.setColumnWidth(2, 40 * 256);

            DataValidationHelper validations = questions.getDataValidationHelper();
            // several right answers are written "A, C": the list offers one and accepts any
            DataValidation answer = validations.createValidation(validations.createExplicitListConstraint(ANSWERS),
                    column(ExcelBankFile.Column.ANSWER));
            answer.setShowErrorBox(false);
            questions.addValidationData(answer);
            DataValidation difficulty = validations.createValidation(
                    validations.createExplicitListConstraint(DIFFICULTIES), column(ExcelBankFile.Column.DIFFICULTY));
            difficulty.setShowErrorBox(true);
            questions.addValidationData(difficulty);
            if (!sections.isEmpty()) {
                DataValidation section = validations.createValidation(validations.createFormulaListConstraint(
                                "'" + listName + "'!$A$2:$A$" + (sections.size() + 1)),
                        column(ExcelBankFile.Column.SECTION));
                section.setShowErrorBox(true);
                questions.addValidationData(section);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellRangeAddressList column(ExcelBankFile.Column column) {
        return new CellRangeAddressList(1, ROWS, column.ordinal(), column.ordinal());
    }
}
