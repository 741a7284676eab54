package vn.chibo.review.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.chibo.common.Outcome;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;
import vn.chibo.review.ReviewFrame;
import vn.chibo.review.ReviewLinks;
import vn.chibo.review.ReviewProblem;
import vn.chibo.review.ReviewRound;
import vn.chibo.review.ReviewRounds;
import vn.chibo.review.ReviewTexts;
import vn.chibo.review.SelfReview;
import vn.chibo.review.SelfReviews;

/**
 * The self-review form a member's personal link opens: every item, score and question on one page, saved as a draft
 * or submitted. A GET only shows it; a submitted review shows read-only until the secretary reopens it.
 */
@Controller
class ReviewFormPage {

    private final ReviewLinks links;
    private final ReviewRounds rounds;
    private final SelfReviews reviews;
    private final Organization organization;
    private final ReviewTexts texts;

    ReviewFormPage(ReviewLinks links, ReviewRounds rounds, SelfReviews reviews, Organization organization, ReviewTexts texts) {
        this.links = links;
        this.rounds = rounds;
        this.reviews = reviews;
        this.organization = organization;
        this.texts = texts;
    }

    private record Opened(ReviewRound round, Member member, ReviewFrame frame) {
    }

    @GetMapping(ReviewLinks.PATH + "{code}")
    String show(@PathVariable String code, Model model, Locale locale) {
        Opened opened = open(code, locale);
        SelfReviewForm.draw(model, opened.round(), opened.frame(), reviews.of(opened.round(), opened.member().id(), opened.frame()),
                opened.member(), ReviewLinks.PATH + code, null, List.of(), locale);
        return "review-form";
    }

    @PostMapping(ReviewLinks.PATH + "{code}")
    String save(@PathVariable String code, @RequestParam Map<String, String> fields, Model model, Locale locale) {
        Opened opened = open(code, locale);
        SelfReview current = reviews.of(opened.round(), opened.member().id(), opened.frame());
        SelfReview draft = SelfReviewForm.read(opened.round(), opened.member().id(), opened.frame(), current, fields);
        Outcome<SelfReview, ReviewProblem> saved = reviews.saveDraft(draft, null);
        if (saved.isDone() && "submit".equals(fields.get("action"))) {
            saved = reviews.submit(opened.round(), opened.member().id(), opened.frame(), null);
        }
        List<String> problems = saved.reasons().stream().map(problem -> texts.problem(problem, locale)).toList();
        String notice = problems.isEmpty() ? texts.text(locale, "submit".equals(fields.get("action"))
                ? "review.form.submitted" : "review.form.saved") : null;
        SelfReviewForm.draw(model, opened.round(), opened.frame(), saved.isDone() ? saved.orElseThrow() : draft,
                opened.member(), ReviewLinks.PATH + code, notice, problems, locale);
        return "review-form";
    }

    private Opened open(String code, Locale locale) {
        long[] ids = links.open(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ReviewRound round = rounds.round(ids[0]).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Member member = organization.member(ids[1]).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new Opened(round, member, rounds.frame(round, locale));
    }
}
