package vn.chibo.organization.web;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import vn.chibo.organization.InviteSheets;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.web.dashboard.DashboardPage;
import vn.chibo.web.dashboard.NotInScopeException;
import vn.chibo.web.dashboard.Viewer;

/** The cell page's "printable invites" button: the cell's invite sheet as a PDF, for the secretary to print. */
@DashboardPage
class InviteSheetDownloads {

    private final InviteSheets sheets;
    private final Organization organization;

    InviteSheetDownloads(InviteSheets sheets, Organization organization) {
        this.sheets = sheets;
        this.organization = organization;
    }

    @GetMapping("/dashboard/cells/{id}/invites.pdf")
    ResponseEntity<byte[]> sheet(@RequestAttribute Viewer viewer, @PathVariable long id,
                                 @RequestParam(defaultValue = "false") boolean renew, Locale locale) {
        OrgUnit cell = organization.unit(id).filter(OrgUnit::isCell)
                .filter(unit -> viewer.scopePath() == null || OrgUnit.covers(viewer.scopePath(), unit.path()))
                .orElseThrow(NotInScopeException::new);
        return pdf(sheets.pdf(cell, renew, locale), cell.id());
    }

    static ResponseEntity<byte[]> pdf(byte[] content, long cellId) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("phieu-moi-chi-bo-" + cellId + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }
}
