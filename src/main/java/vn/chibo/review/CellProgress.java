package vn.chibo.review;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.chibo.organization.OrgUnit;

/** What a secretary reads in chat of the cell's review: who has submitted, who has not, who is not reviewed. */
@Component
class CellProgress {

    private final CellSheets sheets;
    private final ReviewTexts texts;

    CellProgress(CellSheets sheets, ReviewTexts texts) {
        this.sheets = sheets;
        this.texts = texts;
    }

    String text(ReviewRound round, OrgUnit cell, Locale locale) {
        CellSheets.CellSheet sheet = sheets.sheet(round, cell, locale);
        List<CellSheets.Row> reviewed = sheet.reviewedRows();
        String submitted = names(reviewed.stream().filter(row -> row.state() == SelfReview.State.SUBMITTED).toList(), locale);
        String waiting = names(reviewed.stream().filter(row -> row.state() != SelfReview.State.SUBMITTED).toList(), locale);
        String out = sheet.rows().stream().filter(row -> !row.included())
                .map(row -> row.fullName() + " (" + row.outReason() + ")").collect(Collectors.joining(", "));
        return texts.text(locale, "review.cell.status", round.year(), cell.name(), texts.day(round.selfReviewDue()),
                sheet.submitted(), sheet.reviewed(), submitted, waiting, out.isEmpty() ? "—" : out);
    }

    private String names(List<CellSheets.Row> rows, Locale locale) {
        if (rows.isEmpty()) {
            return "—";
        }
        return rows.stream().map(row -> row.fullName() + (row.state() == SelfReview.State.DRAFT
                ? " (" + texts.text(locale, "review.state.DRAFT") + ")" : row.late() ? " (" + texts.text(locale, "review.late") + ")" : ""))
                .collect(Collectors.joining(", "));
    }
}
