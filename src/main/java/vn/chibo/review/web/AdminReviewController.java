package vn.chibo.review.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.review.CellSheets;
import vn.chibo.review.ReviewFigures;
import vn.chibo.review.ReviewFrame;
import vn.chibo.review.ReviewFrames;
import vn.chibo.review.ReviewRound;
import vn.chibo.review.ReviewRounds;
import vn.chibo.web.ApiProblems;

/** A committee's review rounds and frame, and a round's figures and cell sheets, through the admin API. */
@RestController
@RequestMapping("/api/admin")
class AdminReviewController {

    private final ReviewRounds rounds;
    private final ReviewFrames frames;
    private final ReviewFigures figures;
    private final CellSheets sheets;
    private final Organization organization;
    private final MessageSource messages;

    AdminReviewController(ReviewRounds rounds, ReviewFrames frames, ReviewFigures figures, CellSheets sheets,
                          Organization organization, MessageSource messages) {
        this.rounds = rounds;
        this.frames = frames;
        this.figures = figures;
        this.sheets = sheets;
        this.organization = organization;
        this.messages = messages;
    }

    /** {@code frame} left out: the committee's frame as it stands, or the bot's default. */
    record RoundBody(Integer year, LocalDate selfReviewDue, LocalDate cellMeetingsBy, ReviewFrame frame) {
    }

    @PostMapping("/org-units/{id}/reviews")
    @ResponseStatus(HttpStatus.CREATED)
    ReviewFigures.RoundView open(@PathVariable long id, @RequestBody RoundBody body, Locale locale) {
        ReviewRound round = ApiProblems.orUnprocessable(rounds.open(unit(id), body.year() == null ? 0 : body.year(),
                body.selfReviewDue(), body.cellMeetingsBy(), body.frame()), messages, "review.rejected", locale);
        return figures.view(round, locale);
    }

    @GetMapping("/org-units/{id}/reviews")
    List<ReviewFigures.RoundView> list(@PathVariable long id, Locale locale) {
        return rounds.of(unit(id)).stream().map(round -> figures.view(round, locale)).toList();
    }

    @GetMapping("/org-units/{id}/review-frame")
    ReviewFrame frame(@PathVariable long id, Locale locale) {
        return frames.effective(unit(id), locale);
    }

    @PutMapping("/org-units/{id}/review-frame")
    ReviewFrame setFrame(@PathVariable long id, @RequestBody ReviewFrame frame, Locale locale) {
        return ApiProblems.orUnprocessable(frames.set(unit(id), frame), messages, "review.frame.rejected", locale);
    }

    @DeleteMapping("/org-units/{id}/review-frame")
    ReviewFrame inheritFrame(@PathVariable long id, Locale locale) {
        OrgUnit unit = unit(id);
        frames.inherit(unit);
        return frames.effective(unit, locale);
    }

    @GetMapping("/reviews/{id}")
    ReviewFigures.RoundView round(@PathVariable long id, Locale locale) {
        return figures.view(ReviewApi.round(rounds, id), locale);
    }

    @GetMapping("/reviews/{id}/cells/{cellId}")
    CellSheets.CellSheet cell(@PathVariable long id, @PathVariable long cellId, Locale locale) {
        ReviewRound round = ReviewApi.round(rounds, id);
        return sheets.sheet(round, ReviewApi.cellOf(rounds, organization, round, cellId), locale);
    }

    private OrgUnit unit(long id) {
        return organization.unit(id).orElseThrow(() -> ApiProblems.notFound("problem.noUnit", id));
    }
}
