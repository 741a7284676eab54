package vn.chibo.review.web;

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

import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;
import vn.chibo.review.ReviewFrame;
import vn.chibo.review.ReviewLinks;
import vn.chibo.review.ReviewRound;
import vn.chibo.review.ReviewRounds;

/**
 * The self-review form a member's personal link opens: every item, score and question on one page, saved as a draft
 * or submitted. A GET only shows it; a submitted review shows read-only until the secretary reopens it.
 */
@Controller
class ReviewFormPage {

    private final ReviewLinks links;
    private final ReviewRounds rounds;
    private final Organization organization;
    private final SelfReviewForm form;

    ReviewFormPage(ReviewLinks links, ReviewRounds rounds, Organization organization, SelfReviewForm form) {
        this.links = links;
        this.rounds = rounds;
        this.organization = organization;
        this.form = form;
    }

    private record Opened(ReviewRound round, Member member, ReviewFrame frame) {
    }

    @GetMapping(ReviewLinks.PATH + "{code}")
    String show(@PathVariable String code, Model model, Locale locale) {
        Opened opened = open(code, locale);
        return form.show(model, opened.round(), opened.frame(), opened.member(), ReviewLinks.PATH + code, locale);
    }

    @PostMapping(ReviewLinks.PATH + "{code}")
    String save(@PathVariable String code, @RequestParam Map<String, String> fields, Model model, Locale locale) {
        Opened opened = open(code, locale);
        return form.save(model, opened.round(), opened.frame(), opened.member(), fields, null, ReviewLinks.PATH + code, locale);
    }

    private Opened open(String code, Locale locale) {
        long[] ids = links.open(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ReviewRound round = rounds.round(ids[0]).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Member member = organization.member(ids[1]).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new Opened(round, member, rounds.frame(round, locale));
    }
}
