package vn.chibo.dues.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chibo.common.Outcome;
import vn.chibo.dues.DuesLedger;
import vn.chibo.dues.DuesMonth;
import vn.chibo.dues.DuesSettings;
import vn.chibo.dues.DuesTexts;
import vn.chibo.dues.PayMethod;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.signin.DashboardScope;
import vn.chibo.web.dashboard.DashboardPage;
import vn.chibo.web.dashboard.NotInScopeException;
import vn.chibo.web.dashboard.RefusedInput;
import vn.chibo.web.dashboard.Viewer;

/**
 * A cell's dues on the dashboard: the year as a months × members grid, and a form to record one month for the
 * members ticked. Only the cell's leaders, its collector and the committee above see it.
 */
@DashboardPage
class DuesPage {

    private final DuesLedger ledger;
    private final DuesSettings settings;
    private final DuesTexts texts;
    private final Organization organization;
    private final DashboardScope scope;

    DuesPage(DuesLedger ledger, DuesSettings settings, DuesTexts texts, Organization organization, DashboardScope scope) {
        this.ledger = ledger;
        this.settings = settings;
        this.texts = texts;
        this.organization = organization;
        this.scope = scope;
    }

    @GetMapping("/dashboard/cells/{id}/dues")
    String year(@RequestAttribute Viewer viewer, @PathVariable long id, @RequestParam(required = false) Integer year, Model model,
                Locale locale) {
        OrgUnit cell = scope.cell(viewer, id);
        int shown = year == null ? ledger.thisMonth().getYear() : year;
        DuesLedger.CellYear cellYear = ledger.cellYear(cell, shown);
        model.addAttribute("viewer", viewer);
        model.addAttribute("cell", cell);
        model.addAttribute("ledger", cellYear);
        model.addAttribute("months", IntStream.rangeClosed(1, 12).mapToObj(month -> YearMonth.of(shown, month)).toList());
        model.addAttribute("recordable", IntStream.rangeClosed(0, 11).mapToObj(back -> ledger.thisMonth().minusMonths(back)).toList());
        model.addAttribute("collector", settings.collector(cell).map(Member::fullName).orElse(null));
        model.addAttribute("texts", texts);
        return "dashboard/dues";
    }

    @PostMapping("/dashboard/cells/{id}/dues")
    String record(@RequestAttribute Viewer viewer, @PathVariable long id, @RequestParam String month,
                  @RequestParam(defaultValue = "CASH") PayMethod method, @RequestParam Map<String, String> fields,
                  RedirectAttributes flash, Locale locale) {
        OrgUnit cell = scope.cell(viewer, id);
        YearMonth at;
        try {
            at = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new RefusedInput(texts.text(locale, "dues.problem.month"));
        }
        DuesLedger.CellYear year = ledger.cellYear(cell, at.getYear());
        int recorded = 0;
        for (DuesLedger.MemberYear member : year.members()) {
            if (!fields.containsKey("member-" + member.memberId())) {
                continue;
            }
            Member payer = organization.member(member.memberId()).orElseThrow(NotInScopeException::new);
            DuesMonth before = member.months().get(at);
            Outcome<DuesMonth, String> paid = ledger.pay(payer, at, before == null ? null : before.due(), null, method,
                    DuesLedger.Source.DASHBOARD, scope.asMember(viewer).map(Member::id).orElse(null));
            if (paid instanceof Outcome.Refused<DuesMonth, String> refused) {
                throw new RefusedInput(texts.text(locale, refused.first()));
            }
            recorded++;
        }
        flash.addFlashAttribute("notice", texts.text(locale, "dues.dashboard.recorded", recorded, texts.month(at)));
        return "redirect:/dashboard/cells/" + id + "/dues?year=" + at.getYear();
    }
}
