package vn.chibo.organization.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.organization.OrgTree;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.web.ApiProblems;

/** The committee tree after the reform: list it, move a unit, rename it, merge a cell into another. */
@RestController
@RequestMapping("/api/admin")
class AdminTreeController {

    record UnitView(long id, Long parentId, String name, String kind, String path, boolean closed) {

        static UnitView of(OrgUnit unit) {
            return new UnitView(unit.id(), unit.parentId(), unit.name(), unit.kind().name(), unit.path(), unit.closed());
        }
    }

    record MoveRequest(Long parentId) {
    }

    record RenameRequest(String name) {
    }

    record MergeRequest(Long intoCellId) {
    }

    record MergeView(UnitView closed, UnitView into, int members) {
    }

    private final Organization organization;
    private final OrgTree tree;
    private final MessageSource messages;

    AdminTreeController(Organization organization, OrgTree tree, MessageSource messages) {
        this.organization = organization;
        this.tree = tree;
        this.messages = messages;
    }

    /** Every unit in path order, closed ones too. */
    @GetMapping("/org-units")
    List<UnitView> units() {
        return organization.units().stream().map(UnitView::of).toList();
    }

    @GetMapping("/org-units/{id}")
    UnitView unit(@PathVariable long id) {
        return UnitView.of(unitOf(id));
    }

    @PostMapping("/org-units/{id}/move")
    UnitView move(@PathVariable long id, @RequestBody MoveRequest body, Locale locale) {
        OrgUnit unit = unitOf(id);
        if (body.parentId() == null) {
            throw ApiProblems.badRequest(messages.getMessage("tree.problem.parentMissing", null, locale));
        }
        OrgUnit parent = unitOf(body.parentId());
        return UnitView.of(ApiProblems.orUnprocessable(tree.move(unit, parent), messages, "tree.refused", locale));
    }

    @PatchMapping("/org-units/{id}")
    UnitView rename(@PathVariable long id, @RequestBody RenameRequest body, Locale locale) {
        OrgUnit unit = unitOf(id);
        return UnitView.of(ApiProblems.orUnprocessable(tree.rename(unit, body.name()), messages, "tree.refused", locale));
    }

    @PostMapping("/cells/{id}/merge")
    MergeView merge(@PathVariable long id, @RequestBody MergeRequest body, Locale locale) {
        OrgUnit cell = organization.unit(id).filter(OrgUnit::isCell)
                .orElseThrow(() -> ApiProblems.notFound("problem.noCell", id));
        if (body.intoCellId() == null) {
            throw ApiProblems.badRequest(messages.getMessage("tree.problem.intoMissing", null, locale));
        }
        OrgUnit into = organization.unit(body.intoCellId()).filter(OrgUnit::isCell)
                .orElseThrow(() -> ApiProblems.notFound("problem.noCell", body.intoCellId()));
        OrgUnit joined = ApiProblems.orUnprocessable(tree.merge(cell, into), messages, "tree.refused", locale);
        return new MergeView(UnitView.of(organization.unit(id).orElseThrow()), UnitView.of(joined),
                organization.membersOf(joined).size());
    }

    private OrgUnit unitOf(long id) {
        return organization.unit(id).orElseThrow(() -> ApiProblems.notFound("problem.noUnit", id));
    }
}
