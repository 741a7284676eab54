package vn.chibo.organization.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chibo.common.Outcome;
import vn.chibo.organization.OrgTree;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.web.dashboard.DashboardPage;
import vn.chibo.web.dashboard.NotInScopeException;
import vn.chibo.web.dashboard.RefusedInput;
import vn.chibo.web.dashboard.Viewer;

/**
 * The committee tree on the dashboard, for admins: every unit of their subtree with forms to rename it, move it
 * under another committee, and merge a cell into another, as the 2025 reform asks of them.
 */
@DashboardPage
class TreePage {

    /** A unit as the page lists it: how deep it sits, where it may move to, what it may merge into. */
    record UnitRow(OrgUnit unit, int depth, List<OrgUnit> parents, List<OrgUnit> cells) {
    }

    private final Organization organization;
    private final OrgTree tree;
    private final MessageSource messages;

    TreePage(Organization organization, OrgTree tree, MessageSource messages) {
        this.organization = organization;
        this.tree = tree;
        this.messages = messages;
    }

    @GetMapping("/dashboard/tree")
    String page(@RequestAttribute Viewer viewer, Model model) {
        viewer.requireAdmin();
        List<OrgUnit> units = inScope(viewer);
        List<OrgUnit> committees = units.stream().filter(unit -> !unit.isCell() && !unit.closed()).toList();
        List<OrgUnit> cells = units.stream().filter(unit -> unit.isCell() && !unit.closed()).toList();
        model.addAttribute("rows", units.stream().map(unit -> new UnitRow(unit,
                unit.path().split(OrgUnit.PATH_SEPARATOR).length - 1,
                committees.stream().filter(parent -> !unit.covers(parent)
                        && (unit.parentId() == null || parent.id() != unit.parentId())).toList(),
                cells.stream().filter(cell -> cell.id() != unit.id()).toList())).toList());
        return "dashboard/tree";
    }

    @PostMapping("/dashboard/org-units/{id}/rename")
    String rename(@RequestAttribute Viewer viewer, @PathVariable long id, @RequestParam String name,
                  RedirectAttributes flash, Locale locale) {
        OrgUnit renamed = orRefuse(tree.rename(unit(viewer, id), name), locale);
        flash.addFlashAttribute("notice", text(locale, "dashboard.tree.renamed", renamed.name()));
        return "redirect:/dashboard/tree";
    }

    @PostMapping("/dashboard/org-units/{id}/move")
    String move(@RequestAttribute Viewer viewer, @PathVariable long id, @RequestParam long parentId,
                RedirectAttributes flash, Locale locale) {
        OrgUnit moved = orRefuse(tree.move(unit(viewer, id), unit(viewer, parentId)), locale);
        flash.addFlashAttribute("notice", text(locale, "dashboard.tree.moved", moved.path()));
        return "redirect:/dashboard/tree";
    }

    @PostMapping("/dashboard/cells/{id}/merge")
    String merge(@RequestAttribute Viewer viewer, @PathVariable long id, @RequestParam long intoCellId,
                 RedirectAttributes flash, Locale locale) {
        OrgUnit cell = unit(viewer, id);
        OrgUnit into = orRefuse(tree.merge(cell, unit(viewer, intoCellId)), locale);
        flash.addFlashAttribute("notice", text(locale, "dashboard.tree.merged", cell.name(), into.name()));
        return "redirect:/dashboard/tree";
    }

    private List<OrgUnit> inScope(Viewer viewer) {
        if (viewer.scopePath() == null) {
            return organization.units();
        }
        OrgUnit scope = organization.unit(viewer.scopeUnitId()).orElseThrow(NotInScopeException::new);
        return organization.units().stream().filter(scope::covers).toList();
    }

    /** A unit of the admin's subtree as it stands now; anything else is answered as not found. */
    private OrgUnit unit(Viewer viewer, long id) {
        viewer.requireAdmin();
        return inScope(viewer).stream().filter(unit -> unit.id() == id).findFirst().orElseThrow(NotInScopeException::new);
    }

    private <T> T orRefuse(Outcome<T, String> outcome, Locale locale) {
        return RefusedInput.orRefuse(outcome, key -> text(locale, key));
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
