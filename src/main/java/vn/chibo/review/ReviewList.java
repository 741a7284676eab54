package vn.chibo.review;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.chibo.common.Outcome;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.text.Languages;
import vn.chibo.text.VietnameseText;

/**
 * The list upward as the superior committee collects it: an Excel sheet with one row per member reviewed (code,
 * name, phone, kind, self-score, self-grade, the cell's proposal, votes for and against) and the cell's own row, and
 * an empty column for the decided grade. The same file, filled in, is read back as the committee's decisions.
 */
@Component
public class ReviewList {

    static final String CELL_CODE = "C";
    static final String MEMBER_CODE = "M";
    private static final int CODE = 0;
    private static final int DECIDED = 11;

    private final CellSheets sheets;
    private final Organization organization;
    private final ReviewTexts texts;

    ReviewList(CellSheets sheets, Organization organization, ReviewTexts texts) {
        this.sheets = sheets;
        this.organization = organization;
        this.texts = texts;
    }

    /** The list of these cells (one, or every cell of the committee), each cell's members then its own row. */
    public byte[] write(ReviewRound round, List<OrgUnit> cells, Locale locale) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(texts.text(locale, "review.list.sheet"));
            List<String> header = List.of("code", "position", "name", "phone", "cell", "kind", "selfScore", "selfGrade",
                    "proposed", "votesFor", "votesAgainst", "decided");
            Row first = sheet.createRow(0);
            for (int column = 0; column < header.size(); column++) {
                first.createCell(column).setCellValue(texts.text(locale, "review.list." + header.get(column)));
            }
            int at = 1;
            for (OrgUnit cell : cells) {
                CellSheets.CellSheet cellSheet = sheets.sheet(round, cell, locale);
                int position = 1;
                for (CellSheets.Row row : cellSheet.reviewedRows()) {
                    write(sheet.createRow(at++), List.of(MEMBER_CODE + row.memberId(), String.valueOf(position++), row.fullName(),
                            row.phone(), cell.name(), texts.text(locale, "review.status." + row.status()),
                            row.selfScore() == null ? "" : String.valueOf(row.selfScore()), grade(row.selfGrade(), locale),
                            grade(row.proposed(), locale), count(row.vote() == null ? null : row.vote().votesFor()),
                            count(row.vote() == null ? null : row.vote().against()), grade(row.decided(), locale)));
                }
                Proposals.Proposal own = cellSheet.cellProposal();
                write(sheet.createRow(at++), List.of(CELL_CODE + cell.id(), "", texts.text(locale, "review.list.cellRow", cell.name()),
                        "", cell.name(), texts.text(locale, "review.list.cellKind"),
                        own == null || own.selfScore() == null ? "" : String.valueOf(own.selfScore()), "",
                        own == null ? "" : grade(own.grade(), locale),
                        count(cellSheet.cellVote() == null ? null : cellSheet.cellVote().votesFor()),
                        count(cellSheet.cellVote() == null ? null : cellSheet.cellVote().against()),
                        grade(cellSheet.cellDecided(), locale)));
            }
            for (int column = 0; column < header.size(); column++) {
                sheet.autoSizeColumn(column);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String fileName(ReviewRound round, OrgUnit unit) {
        return "danh-sach-xep-loai-" + round.year() + "-" + VietnameseText.slug(unit.name()) + ".xlsx";
    }

    /**
     * The decided grades of a filled-in list: each row's code (or, without one, its phone) and its "decided" column;
     * a row left blank there is skipped. Refused whole, naming row and column, when a row cannot be read.
     */
    public Outcome<List<Decisions.Decision>, Decisions.Refusal> read(byte[] content) {
        var decisions = new ArrayList<Decisions.Decision>();
        var refusals = new ArrayList<Decisions.Refusal>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            var formatter = new DataFormatter();
            Map<String, Integer> columns = columns(sheet.getRow(0), formatter);
            int decidedColumn = columns.getOrDefault("decided", DECIDED);
            int codeColumn = columns.getOrDefault("code", CODE);
            Integer phoneColumn = columns.get("phone");
            for (int index = 1; index <= sheet.getLastRowNum(); index++) {
                Row row = sheet.getRow(index);
                if (row == null) {
                    continue;
                }
                String decided = formatter.formatCellValue(row.getCell(decidedColumn)).strip();
                if (decided.isEmpty()) {
                    continue;
                }
                Optional<Grade> grade = Grade.read(decided);
                Optional<Decisions.Decision> subject = subject(formatter.formatCellValue(row.getCell(codeColumn)).strip(),
                        phoneColumn == null ? "" : formatter.formatCellValue(row.getCell(phoneColumn)).strip(), grade.orElse(null));
                if (grade.isEmpty()) {
                    refusals.add(new Decisions.Refusal(index + 1, "decided", "review.problem.gradeWord", decided));
                } else if (subject.isEmpty()) {
                    refusals.add(new Decisions.Refusal(index + 1, "code", "review.problem.noSubject", null));
                } else {
                    decisions.add(subject.get());
                }
            }
        } catch (IOException | RuntimeException e) {
            return Outcome.refused(new Decisions.Refusal(0, "", "review.problem.notExcel", null));
        }
        return refusals.isEmpty() ? Outcome.done(decisions) : Outcome.refused(refusals);
    }

    private Optional<Decisions.Decision> subject(String code, String phone, Grade grade) {
        if (code.matches(MEMBER_CODE + "\\d{1,18}")) {
            return Optional.of(new Decisions.Decision(Proposals.MEMBER, Long.parseLong(code.substring(1)), grade));
        }
        if (code.matches(CELL_CODE + "\\d{1,18}")) {
            return Optional.of(new Decisions.Decision(Proposals.CELL, Long.parseLong(code.substring(1)), grade));
        }
        return phone.isEmpty() ? Optional.empty()
                : organization.memberByPhone(phone).map(member -> new Decisions.Decision(Proposals.MEMBER, member.id(), grade));
    }

    /** Each known column by its header in either language. */
    private Map<String, Integer> columns(Row header, DataFormatter formatter) {
        var columns = new HashMap<String, Integer>();
        if (header == null) {
            return columns;
        }
        for (int column = 0; column < header.getLastCellNum(); column++) {
            String folded = VietnameseText.fold(formatter.formatCellValue(header.getCell(column)));
            for (String name : List.of("code", "phone", "decided")) {
                if (folded.equals(VietnameseText.fold(texts.text(Locale.ENGLISH, "review.list." + name)))
                        || folded.equals(VietnameseText.fold(texts.text(Languages.VIETNAMESE, "review.list." + name)))) {
                    columns.put(name, column);
                }
            }
        }
        return columns;
    }

    private String grade(Grade grade, Locale locale) {
        return grade == null ? "" : texts.grade(grade, locale);
    }

    private static String count(Integer count) {
        return count == null ? "" : String.valueOf(count);
    }

    private static void write(Row row, List<String> values) {
        for (int column = 0; column < values.size(); column++) {
            row.createCell(column).setCellValue(values.get(column));
        }
    }
}
