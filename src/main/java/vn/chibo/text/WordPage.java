package vn.chibo.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.context.MessageSource;

/**
 * A Word document as the party's papers are laid out: A4 with the usual margins (top and bottom 20 mm, left 30 mm,
 * right 15 mm), Times New Roman 13, the unit's heading on the left (the committee, the cell under it, a "*") and
 * the party's on the right (ĐẢNG CỘNG SẢN VIỆT NAM with its rule, the place and date in italics under it), bold
 * headings, tables with a header row, and two signature columns at the end.
 */
public final class WordPage implements AutoCloseable {

    public static final String BLANK = "……………………";
    private static final String FONT = "Times New Roman";
    /** A4 in twentieths of a point, and one millimetre. */
    private static final long A4_WIDTH = 11_906;
    private static final long A4_HEIGHT = 16_838;
    private static final double MILLIMETRE = 56.7;
    private static final Pattern COMMITTEE_WORDS = Pattern.compile(
            "(?iu)^(đảng bộ|đảng ủy|chi bộ)\\s+((cơ sở|phường|xã|thị trấn|đặc khu|tỉnh|thành phố|quận|huyện|thị xã)\\s+)?");

    private final XWPFDocument document = new XWPFDocument();

    public WordPage() {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(Math.round(20 * MILLIMETRE)));
        margins.setBottom(BigInteger.valueOf(Math.round(20 * MILLIMETRE)));
        margins.setLeft(BigInteger.valueOf(Math.round(30 * MILLIMETRE)));
        margins.setRight(BigInteger.valueOf(Math.round(15 * MILLIMETRE)));
    }

    /**
     * The place a paper is dated at, from its committee's name: "Đảng bộ phường Vĩnh Phúc" is dated at "Vĩnh Phúc";
     * empty when the name leaves none.
     */
    public static String placeOf(String committee) {
        return COMMITTEE_WORDS.matcher(committee.replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip()).replaceFirst("").strip();
    }

    /**
     * The heading every paper starts with: the committee and the cell on the left, the party and "place, ngày …
     * tháng … năm …" on the right, the place taken from the committee's name ({@link #placeOf}).
     */
    public void heading(String committee, String cell, LocalDate day, MessageSource messages, Locale locale) {
        String place = placeOf(committee);
        heading(committee.toUpperCase(locale), cell.toUpperCase(locale), messages.getMessage("paper.party", null, locale),
                messages.getMessage("paper.placeDate", new Object[] {place.isEmpty() ? BLANK : place,
                        String.format("%02d", day.getDayOfMonth()), String.format("%02d", day.getMonthValue()), day.getYear()},
                        locale));
    }

    /**
     * The unit on the left (the committee, the cell under it in bold, a "*"), the party on the right (bold, with
     * its rule) and the place and date in italics under it.
     */
    private void heading(String committee, String cell, String party, String placeAndDate) {
        XWPFTable table = document.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        left.setWidth("42%");
        centered(left.getParagraphs().get(0), committee, false, false, false);
        centered(left.addParagraph(), cell, true, false, false);
        centered(left.addParagraph(), "*", false, false, false);
        XWPFTableCell right = table.getRow(0).getCell(1);
        right.setWidth("58%");
        centered(right.getParagraphs().get(0), party, true, true, false);
        centered(right.addParagraph(), "", false, false, false);
        centered(right.addParagraph(), placeAndDate, false, false, true);
    }

    public void title(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingBefore(240);
        run(paragraph, text, true);
    }

    public void centered(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        run(paragraph, text, false);
    }

    public void section(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBefore(200);
        run(paragraph, text, true);
    }

    public void field(String label, String value) {
        XWPFParagraph paragraph = document.createParagraph();
        run(paragraph, label + ": ", true);
        run(paragraph, value == null || value.isBlank() ? BLANK : value, false);
    }

    public void line(String text) {
        run(document.createParagraph(), text, false);
    }

    /** A table whose first row is {@code header}. */
    public void table(List<String> header, List<List<String>> rows) {
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
    public void signatures(String leftTitle, String leftName, String rightTitle, String rightName, String hint) {
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

    public byte[] bytes() {
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

    /** A paragraph written in full, justified, as the closing sentence of minutes. */
    public void paragraph(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setSpacingBefore(200);
        run(paragraph, text, false);
    }

    private static void centered(XWPFParagraph paragraph, String text, boolean bold, boolean ruled, boolean italic) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        XWPFRun run = run(paragraph, text, bold);
        run.setItalic(italic);
        if (ruled) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(13);
        run.setBold(bold);
        run.setText(text);
        return run;
    }
}
