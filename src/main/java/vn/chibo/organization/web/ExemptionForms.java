package vn.chibo.organization.web;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chibo.common.Outcome;
import vn.chibo.organization.Exemptions;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.text.VietnameseDates;
import vn.chibo.web.dashboard.DashboardPage;
import vn.chibo.web.dashboard.NotInScopeException;
import vn.chibo.web.dashboard.RefusedInput;
import vn.chibo.web.dashboard.Viewer;

/** The member page's forms for admins: exempt a member from meetings, or end the exemption from today. */
@DashboardPage
class ExemptionForms {

    private final Organization organization;
    private final Exemptions exemptions;
    private final MessageSource messages;

    ExemptionForms(Organization organization, Exemptions exemptions, MessageSource messages) {
        this.organization = organization;
        this.exemptions = exemptions;
        this.messages = messages;
    }

    @PostMapping("/dashboard/members/{id}/exemption")
    String set(@RequestAttribute Viewer viewer, @PathVariable long id, @RequestParam(required = false) String from,
               @RequestParam(required = false) String to, @RequestParam(required = false) String reason,
               RedirectAttributes flash, Locale locale) {
        Member member = member(viewer, id);
        orRefuse(exemptions.set(member.id(), day(from, locale), day(to, locale), reason), locale);
        flash.addFlashAttribute("notice", messages.getMessage("dashboard.member.exemptSaved", null, locale));
        return "redirect:/dashboard/members/" + id;
    }

    @PostMapping("/dashboard/members/{id}/exemption/end")
    String end(@RequestAttribute Viewer viewer, @PathVariable long id, RedirectAttributes flash, Locale locale) {
        Member member = member(viewer, id);
        orRefuse(exemptions.end(member.id()), locale);
        flash.addFlashAttribute("notice", messages.getMessage("dashboard.member.exemptEnded", null, locale));
        return "redirect:/dashboard/members/" + id;
    }

    /** A member of the admin's subtree as it stands now. */
    private Member member(Viewer viewer, long id) {
        viewer.requireAdmin();
        Member member = organization.member(id).orElseThrow(NotInScopeException::new);
        if (viewer.scopePath() != null) {
            OrgUnit scope = organization.unit(viewer.scopeUnitId()).orElseThrow(NotInScopeException::new);
            if (!scope.covers(member.unit())) {
                throw new NotInScopeException();
            }
        }
        return member;
    }

    /** A day as typed, dd/mm/yyyy whatever language the phone is in; none when left empty. */
    private LocalDate day(String written, Locale locale) {
        if (written == null || written.isBlank()) {
            return null;
        }
        return VietnameseDates.readDay(written).orElseThrow(() -> new RefusedInput(
                messages.getMessage("dashboard.badDate", new Object[] {written}, locale)));
    }

    private <T> T orRefuse(Outcome<T, String> outcome, Locale locale) {
        return RefusedInput.orRefuse(outcome, key -> messages.getMessage(key, null, locale));
    }
}
