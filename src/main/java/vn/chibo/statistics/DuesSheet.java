package vn.chibo.statistics;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.chibo.dues.DuesLedger;
import vn.chibo.dues.DuesShares;
import vn.chibo.organization.OrgUnit;

/** The report's dues sheet: for each month of the period and each cell keeping its dues here, who has paid. */
@Component
class DuesSheet {

    private final DuesShares shares;
    private final MessageSource messages;

    DuesSheet(DuesShares shares, MessageSource messages) {
        this.shares = shares;
        this.messages = messages;
    }

    /** Nothing when no cell of the unit keeps its dues here. */
    void write(ReportBook book, OrgUnit unit, Statistics.Period period, Locale locale) {
        Map<YearMonth, Map<OrgUnit, DuesLedger.MonthTotal>> months = shares.months(unit, period.from(), period.to());
        if (months.isEmpty()) {
            return;
        }
        Sheet sheet = book.sheet(messages.getMessage("report.sheet.dues", null, locale));
        book.header(sheet, 0, "report.col.cell", "report.col.month", "dues.col.members", "dues.col.paid", "dues.col.excused",
                "dues.col.unpaid", "dues.col.share");
        int row = 1;
        for (Map.Entry<YearMonth, Map<OrgUnit, DuesLedger.MonthTotal>> month : months.entrySet()) {
            for (Map.Entry<OrgUnit, DuesLedger.MonthTotal> cell : month.getValue().entrySet()) {
                DuesLedger.MonthTotal total = cell.getValue();
                Row line = sheet.createRow(row++);
                line.createCell(0).setCellValue(cell.getKey().name());
                line.createCell(1).setCellValue(month.getKey().getMonthValue() + "/" + month.getKey().getYear());
                line.createCell(2).setCellValue(total.members());
                line.createCell(3).setCellValue(total.paid());
                line.createCell(4).setCellValue(total.excused());
                line.createCell(5).setCellValue(total.unpaid());
                book.percent(line, 6, total.members() == 0 ? null : 100.0 * total.paid() / total.members());
            }
        }
    }
}
