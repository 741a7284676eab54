package vn.chibo.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * A Word document as the party's papers are laid out: Times New Roman 13, the party's heading on the right and the
 * unit's on the left, bold headings, tables with a header row, and two signature columns at the end.
 */
final class WordPage implements AutoCloseable {

    static final String BLANK = "……………………";
    private static final String FONT = "Times New Roman";

    private final XWPFDocument document = new XWPFDocument();

    /** The unit on the left, the party and the place and date on the right, as every paper starts. */
    void heading(String committee, String cell, String party, String placeAndDate) {
        XWPFTable table = document.createTable(2, 2);
        table.removeBorders();
        cell(table, 0, 0, committee, false);
        cell(table, 0, 1, party, true);
        cell(table, 1, 0, cell, true);
        cell(table, 1, 1, placeAndDate, false);
    }

    void title(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingBefore(240);
        run(paragraph, text, true);
    }

    void centered(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        run(paragraph, text, false);
    }

    void section(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBefore(200);
        run(paragraph, text, true);
    }

    void field(String label, String value) {
        XWPFParagraph paragraph = document.createParagraph();
        run(paragraph, label + ": ", true);
        run(paragraph, value == null || value.isBlank() ? BLANK : value, false);
    }

    void line(String text) {
        run(document.createParagraph(), text, false);
    }

    /** A table whose first row is {@code header}. */
    void table(List<String> header, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, header.size());
        for (int column = 0; column < header.size(); column++) {
            cell(table, 0, column, header.get(column), true);
        }
        for (int row = 0; row < rows.size(); row++) {
            for (int column = 0; column < header.size(); column++) {
                cell(table, row + 1, column, rows.get(row).get(column), false);
            }
        }
    }

    /** Two signature columns: a title, a hint and a name under each. */
    void signatures(String leftTitle, String leftName, String rightTitle, String rightName, String hint) {
        line("");
        XWPFTable table = document.createTable(3, 2);
        table.removeBorders();
        cell(table, 0, 0, leftTitle, true);
        cell(table, 0, 1, rightTitle, true);
        cell(table, 1, 0, hint, false);
        cell(table, 1, 1, hint, false);
        cell(table, 2, 0, leftName == null ? BLANK : leftName, true);
        cell(table, 2, 1, rightName == null ? BLANK : rightName, true);
    }

    byte[] bytes() {
        try (var out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(XWPFTable table, int row, int column, String text, boolean bold) {
        XWPFParagraph paragraph = table.getRow(row).getCell(column).getParagraphs().get(0);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        run(paragraph, text == null ? "" : text, bold);
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(13);
        run.setBold(bold);
        run.setText(text);
    }
}
