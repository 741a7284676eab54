package vn.chibo.dues;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;

/**
 * The share of members who have paid a month, per cell and over a committee, for the statistics: counts only, never
 * an amount, a reason or a name, and only of cells that keep their dues here.
 */
@Service
public class DuesShares {

    private final DuesLedger ledger;
    private final DuesSettings settings;
    private final Organization organization;
    private final DuesTexts texts;

    DuesShares(DuesLedger ledger, DuesSettings settings, Organization organization, DuesTexts texts) {
        this.ledger = ledger;
        this.settings = settings;
        this.organization = organization;
        this.texts = texts;
    }

    /** Each cell's month, for the cells that keep their dues here. */
    public Map<OrgUnit, DuesLedger.MonthTotal> cells(OrgUnit unit, YearMonth month) {
        return months(unit, month, month).getOrDefault(month, Map.of());
    }

    /** Each month from {@code from} to {@code to} that some cell kept, its cells' totals; each cell's year read once. */
    public Map<YearMonth, Map<OrgUnit, DuesLedger.MonthTotal>> months(OrgUnit unit, YearMonth from, YearMonth to) {
        List<OrgUnit> cells = unit.isCell() ? List.of(unit) : organization.cellsUnder(unit);
        var months = new TreeMap<YearMonth, Map<OrgUnit, DuesLedger.MonthTotal>>();
        for (OrgUnit cell : cells) {
            if (settings.of(cell).startMonth() == null) {
                continue;
            }
            for (int year = from.getYear(); year <= to.getYear(); year++) {
                ledger.cellYear(cell, year).totals().forEach((month, total) -> {
                    if (!month.isBefore(from) && !month.isAfter(to)) {
                        months.computeIfAbsent(month, key -> new LinkedHashMap<>()).put(cell, total);
                    }
                });
            }
        }
        return months;
    }

    /** The month over the unit in one line: paid of those counted, the share, excused and unpaid. */
    public Optional<String> line(OrgUnit unit, YearMonth month, Locale locale) {
        Map<OrgUnit, DuesLedger.MonthTotal> cells = cells(unit, month);
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        int members = cells.values().stream().mapToInt(DuesLedger.MonthTotal::members).sum();
        int paid = cells.values().stream().mapToInt(DuesLedger.MonthTotal::paid).sum();
        int excused = cells.values().stream().mapToInt(DuesLedger.MonthTotal::excused).sum();
        int unpaid = cells.values().stream().mapToInt(DuesLedger.MonthTotal::unpaid).sum();
        return Optional.of(texts.text(locale, "dues.share", texts.month(month), paid, members,
                members == 0 ? 0 : Math.round(100.0 * paid / members), excused, unpaid));
    }
}
