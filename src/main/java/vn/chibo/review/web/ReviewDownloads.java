package vn.chibo.review.web;

import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;

import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.review.ReviewFiles;
import vn.chibo.review.ReviewList;
import vn.chibo.review.ReviewMinutes;
import vn.chibo.review.ReviewRound;
import vn.chibo.review.ReviewRounds;
import vn.chibo.signin.DashboardScope;
import vn.chibo.web.dashboard.DashboardPage;
import vn.chibo.web.dashboard.NotInScopeException;
import vn.chibo.web.dashboard.Viewer;

/** The review's files on the dashboard: a self-review, a cell's self-reviews, its minutes and its list upward. */
@DashboardPage
class ReviewDownloads {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReviewRounds rounds;
    private final ReviewFiles files;
    private final ReviewMinutes minutes;
    private final ReviewList list;
    private final Organization organization;
    private final DashboardScope scope;

    ReviewDownloads(ReviewRounds rounds, ReviewFiles files, ReviewMinutes minutes, ReviewList list, Organization organization,
                    DashboardScope scope) {
        this.rounds = rounds;
        this.files = files;
        this.minutes = minutes;
        this.list = list;
        this.organization = organization;
        this.scope = scope;
    }

    @GetMapping("/dashboard/reviews/{id}/members/{memberId}/self-review.docx")
    ResponseEntity<byte[]> selfReview(@RequestAttribute Viewer viewer, @PathVariable long id, @PathVariable long memberId,
                                      Locale locale) {
        ReviewRound round = round(id);
        Member member = scope.member(viewer, memberId);
        covered(round, member.unit());
        return file(files.selfReview(round, member, locale), files.selfReviewName(round, member), DOCX);
    }

    @GetMapping("/dashboard/reviews/{id}/cells/{cellId}/self-reviews.zip")
    ResponseEntity<byte[]> selfReviews(@RequestAttribute Viewer viewer, @PathVariable long id, @PathVariable long cellId,
                                       Locale locale) {
        ReviewRound round = round(id);
        OrgUnit cell = covered(round, scope.cell(viewer, cellId));
        return file(files.selfReviews(round, cell, locale), files.selfReviewsName(round, cell), "application/zip");
    }

    @GetMapping("/dashboard/reviews/{id}/cells/{cellId}/minutes.docx")
    ResponseEntity<byte[]> minutes(@RequestAttribute Viewer viewer, @PathVariable long id, @PathVariable long cellId,
                                   Locale locale) {
        ReviewRound round = round(id);
        OrgUnit cell = covered(round, scope.cell(viewer, cellId));
        return file(minutes.write(round, cell, locale), minutes.fileName(round, cell), DOCX);
    }

    @GetMapping("/dashboard/reviews/{id}/cells/{cellId}/list.xlsx")
    ResponseEntity<byte[]> cellList(@RequestAttribute Viewer viewer, @PathVariable long id, @PathVariable long cellId,
                                    Locale locale) {
        ReviewRound round = round(id);
        OrgUnit cell = covered(round, scope.cell(viewer, cellId));
        return file(list.write(round, List.of(cell), locale), list.fileName(round, cell), XLSX);
    }

    /** The whole committee's list, for those who manage the committee. */
    @GetMapping("/dashboard/reviews/{id}/list.xlsx")
    ResponseEntity<byte[]> committeeList(@RequestAttribute Viewer viewer, @PathVariable long id, Locale locale) {
        ReviewRound round = round(id);
        OrgUnit committee = scope.unit(viewer, round.unitId());
        return file(list.write(round, organization.cellsUnder(committee), locale), list.fileName(round, committee), XLSX);
    }

    private ReviewRound round(long id) {
        return rounds.round(id).orElseThrow(NotInScopeException::new);
    }

    private OrgUnit covered(ReviewRound round, OrgUnit cell) {
        if (!rounds.covers(round, cell)) {
            throw new NotInScopeException();
        }
        return cell;
    }

    static ResponseEntity<byte[]> file(byte[] content, String name, String type) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }
}
