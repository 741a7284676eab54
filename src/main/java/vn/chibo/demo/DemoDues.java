package vn.chibo.demo;

import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.chibo.dues.DuesExemption;
import vn.chibo.dues.DuesLedger;
import vn.chibo.dues.DuesRules;
import vn.chibo.dues.DuesSettings;
import vn.chibo.dues.PayMethod;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;

/**
 * A year of dues in the demo committee: most members paid every month, some on the portal; one exempt after fifty
 * years of membership, one with a 50 % reduction, and Đặng Văn Hùng three months behind, so the mark shows. Made once.
 */
@Component
class DemoDues {

    private static final String BEHIND = "Đặng Văn Hùng";
    private static final int MONTHS = 12;
    private static final int MONTHS_BEHIND = 3;

    private final DuesLedger ledger;
    private final DuesRules rules;
    private final DuesSettings settings;
    private final Organization organization;

    DemoDues(DuesLedger ledger, DuesRules rules, DuesSettings settings, Organization organization) {
        this.ledger = ledger;
        this.rules = rules;
        this.settings = settings;
        this.organization = organization;
    }

    void makeOnce(OrgUnit committee) {
        YearMonth first = ledger.thisMonth().minusMonths(MONTHS);
        for (OrgUnit cell : organization.cellsUnder(committee)) {
            if (settings.of(cell).startMonth() != null) {
                continue;
            }
            List<Member> members = organization.membersOf(cell);
            for (Member member : members) {
                switch (member.fullName()) {
                    case "Lý Văn Thọ" -> rules.exempt(member, DuesExemption.Kind.EXEMPT, null, first.plusMonths(1),
                            first.plusMonths(MONTHS), "Đủ 50 năm tuổi Đảng").orElseThrow();
                    case "Bùi Thị Lan" -> rules.exempt(member, DuesExemption.Kind.REDUCED, 50, ledger.thisMonth().minusMonths(5),
                            ledger.thisMonth(), "Hoàn cảnh gia đình khó khăn, chi bộ xét giảm 6 tháng").orElseThrow();
                    default -> {
                    }
                }
            }
            for (YearMonth month = first; month.isBefore(ledger.thisMonth()); month = month.plusMonths(1)) {
                for (Member member : members) {
                    boolean behind = member.fullName().equals(BEHIND) && !month.isBefore(ledger.thisMonth().minusMonths(MONTHS_BEHIND));
                    boolean exempt = member.fullName().equals("Lý Văn Thọ") && month.isAfter(first);
                    if (!behind && !exempt) {
                        PayMethod method = member.phone().endsWith("2") ? PayMethod.PORTAL : PayMethod.CASH;
                        ledger.pay(member, month, 30_000L, month.atDay(10), method, DuesLedger.Source.API, null).orElseThrow();
                    }
                }
            }
        }
    }
}
