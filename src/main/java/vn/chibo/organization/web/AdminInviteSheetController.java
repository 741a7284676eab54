package vn.chibo.organization.web;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.organization.InviteSheets;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.web.ApiProblems;

/** {@code GET /api/admin/cells/{id}/invites.pdf[?renew=true]}: the cell's printable invite sheet. */
@RestController
class AdminInviteSheetController {

    private final InviteSheets sheets;
    private final Organization organization;

    AdminInviteSheetController(InviteSheets sheets, Organization organization) {
        this.sheets = sheets;
        this.organization = organization;
    }

    @GetMapping("/api/admin/cells/{id}/invites.pdf")
    ResponseEntity<byte[]> sheet(@PathVariable long id, @RequestParam(defaultValue = "false") boolean renew, Locale locale) {
        OrgUnit cell = organization.unit(id).filter(OrgUnit::isCell).orElseThrow(() -> ApiProblems.notFound("problem.noCell", id));
        return InviteSheetDownloads.pdf(sheets.pdf(cell, renew, locale), cell.id());
    }
}
