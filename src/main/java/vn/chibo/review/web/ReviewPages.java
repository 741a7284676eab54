package vn.chibo.review.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;

import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.review.CellSheets;
import vn.chibo.review.Grade;
import vn.chibo.review.ReviewFigures;
import vn.chibo.review.ReviewFrame;
import vn.chibo.review.ReviewRound;
import vn.chibo.review.ReviewRounds;
import vn.chibo.review.ReviewTexts;
import vn.chibo.signin.DashboardScope;
import vn.chibo.web.dashboard.DashboardPage;
import vn.chibo.web.dashboard.NotInScopeException;
import vn.chibo.web.dashboard.Viewer;

/**
 * The review on the dashboard: the rounds over the viewer's cells with each cell's progress; a cell's sheet (who has
 * submitted, the meeting's proposals and votes, the cap, the files); and a member's self-review form, which the
 * secretary fills for a member who answers by phone or on paper.
 */
@DashboardPage
class ReviewPages {

    private final ReviewRounds rounds;
    private final ReviewFigures figures;
    private final CellSheets sheets;
    private final SelfReviewForm form;
    private final Organization organization;
    private final DashboardScope scope;
    private final ReviewTexts texts;

    ReviewPages(ReviewRounds rounds, ReviewFigures figures, CellSheets sheets, SelfReviewForm form, Organization organization,
                DashboardScope scope, ReviewTexts texts) {
        this.rounds = rounds;
        this.figures = figures;
        this.sheets = sheets;
        this.form = form;
        this.organization = organization;
        this.scope = scope;
        this.texts = texts;
    }

    /** A round as the viewer sees it: the figures of the cells in their scope. */
    record Listed(ReviewFigures.RoundView view, List<ReviewFigures.CellLine> cells, boolean committee) {
    }

    @GetMapping("/dashboard/reviews")
    String rounds(@RequestAttribute Viewer viewer, Model model, Locale locale) {
        Set<Long> mine = scope.cells(viewer).stream().map(OrgUnit::id).collect(Collectors.toSet());
        var listed = new ArrayList<Listed>();
        for (ReviewRound round : rounds.all()) {
            OrgUnit committee = organization.unit(round.unitId()).orElseThrow();
            if (organization.cellsUnder(committee).stream().noneMatch(cell -> mine.contains(cell.id()))) {
                continue;
            }
            ReviewFigures.RoundView view = figures.view(round, locale);
            listed.add(new Listed(view, view.cells().stream().filter(line -> mine.contains(line.cellId())).toList(),
                    scope.mayManage(viewer, committee)));
        }
        model.addAttribute("viewer", viewer);
        model.addAttribute("rounds", listed);
        model.addAttribute("grades", List.of(Grade.values()));
        return "dashboard/reviews";
    }

    @GetMapping("/dashboard/reviews/{id}/cells/{cellId}")
    String cell(@RequestAttribute Viewer viewer, @PathVariable long id, @PathVariable long cellId, Model model, Locale locale) {
        ReviewRound round = round(id);
        OrgUnit cell = scope.cell(viewer, cellId);
        if (!rounds.covers(round, cell)) {
            throw new NotInScopeException();
        }
        CellSheets.CellSheet sheet = sheets.sheet(round, cell, locale);
        model.addAttribute("viewer", viewer);
        model.addAttribute("round", round);
        model.addAttribute("cell", cell);
        model.addAttribute("sheet", sheet);
        model.addAttribute("frame", rounds.frame(round, locale));
        model.addAttribute("meetings", rounds.meetingsOf(round, cell));
        model.addAttribute("grades", List.of(Grade.values()));
        model.addAttribute("capText", texts.cap(sheet.cap(), locale));
        model.addAttribute("basis", ReviewFrame.BASIS);
        return "dashboard/review-cell";
    }

    @GetMapping("/dashboard/reviews/{id}/members/{memberId}")
    String member(@RequestAttribute Viewer viewer, @PathVariable long id, @PathVariable long memberId, Model model,
                  Locale locale) {
        ReviewRound round = round(id);
        Member member = scope.member(viewer, memberId);
        if (!rounds.covers(round, member.unit())) {
            throw new NotInScopeException();
        }
        return form.show(model, round, rounds.frame(round, locale), member, "/dashboard/reviews/" + id + "/members/" + memberId,
                locale);
    }

    private ReviewRound round(long id) {
        return rounds.round(id).orElseThrow(NotInScopeException::new);
    }
}
