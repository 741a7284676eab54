package vn.chibo.review.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.chibo.common.Outcome;
import vn.chibo.organization.Member;
import vn.chibo.review.Grade;
import vn.chibo.review.ReviewFrame;
import vn.chibo.review.ReviewProblem;
import vn.chibo.review.ReviewRound;
import vn.chibo.review.ReviewTexts;
import vn.chibo.review.SelfReview;
import vn.chibo.review.SelfReviews;

/**
 * The self-review web form, read from its fields, saved (and submitted when asked) and drawn into the page's model; the
 * member's personal link and the secretary's dashboard both use it, each posting to its own address.
 */
@Component
class SelfReviewForm {

    static final String VIEW = "review-form";

    private final SelfReviews reviews;
    private final ReviewTexts texts;

    SelfReviewForm(SelfReviews reviews, ReviewTexts texts) {
        this.reviews = reviews;
        this.texts = texts;
    }

    /** The member's review as it stands, on the form posting to {@code action}. */
    String show(Model model, ReviewRound round, ReviewFrame frame, Member member, String action, Locale locale) {
        draw(model, round, frame, reviews.of(round, member.id(), frame), member, action, null, List.of(), locale);
        return VIEW;
    }

    /**
     * Saves what the form sent as a draft and, when its {@code action} is "submit", submits it; the form comes back
     * with what was kept and a notice, or with the problems and what was typed.
     */
    String save(Model model, ReviewRound round, ReviewFrame frame, Member member, Map<String, String> fields, Long filledBy,
                String action, Locale locale) {
        SelfReview draft = read(round, member.id(), frame, reviews.of(round, member.id(), frame), fields);
        boolean submit = "submit".equals(fields.get("action"));
        Outcome<SelfReview, ReviewProblem> saved = reviews.saveDraft(draft, filledBy);
        if (saved.isDone() && submit) {
            saved = reviews.submit(round, member.id(), frame, filledBy);
        }
        List<String> problems = saved.reasons().stream().map(problem -> texts.problem(problem, locale)).toList();
        String notice = problems.isEmpty() ? texts.text(locale, submit ? "review.form.submitted" : "review.form.saved") : null;
        draw(model, round, frame, saved.isDone() ? saved.orElseThrow() : draft, member, action, notice, problems, locale);
        return VIEW;
    }

    /** The draft the form's fields describe: {@code answer-i}, {@code score-i}, {@code fail-i}, {@code grade}, {@code form}. */
    private static SelfReview read(ReviewRound round, long memberId, ReviewFrame frame, SelfReview current, Map<String, String> fields) {
        var answers = new ArrayList<String>();
        for (int i = 0; i < frame.items().size(); i++) {
            String answer = fields.getOrDefault("answer-" + i, "").strip();
            answers.add(answer.isEmpty() ? null : answer);
        }
        var scores = new ArrayList<Integer>();
        for (int i = 0; i < frame.groups().size(); i++) {
            String score = fields.getOrDefault("score-" + i, "").strip();
            scores.add(score.matches("\\d{1,3}") ? Integer.valueOf(score) : null);
        }
        var failCases = new ArrayList<Boolean>();
        for (int i = 0; i < frame.failCases().size(); i++) {
            String answer = fields.getOrDefault("fail-" + i, "");
            failCases.add(answer.isEmpty() ? null : Boolean.valueOf(answer));
        }
        Grade grade = Grade.read(fields.get("grade")).orElse(null);
        var conditions = new ArrayList<Boolean>();
        if (grade != null) {
            for (int i = 0; i < frame.conditions(grade).size(); i++) {
                conditions.add(fields.containsKey("condition-" + grade.name() + "-" + i) ? Boolean.TRUE : null);
            }
        }
        String form = frame.forms().stream().map(ReviewFrame.Form::key).filter(key -> key.equals(fields.get("form")))
                .findFirst().orElse(current.form());
        return new SelfReview(round.id(), memberId, form, answers, scores, failCases, grade, conditions, current.state(), null,
                null);
    }

    private static void draw(Model model, ReviewRound round, ReviewFrame frame, SelfReview review, Member member, String action,
                     String notice, List<String> problems, Locale locale) {
        model.addAttribute("round", round);
        model.addAttribute("frame", frame);
        model.addAttribute("review", review);
        model.addAttribute("member", member);
        model.addAttribute("action", action);
        model.addAttribute("notice", notice);
        model.addAttribute("problems", problems);
        model.addAttribute("grades", List.of(Grade.values()));
        model.addAttribute("band", review.state() == SelfReview.State.NOT_STARTED ? null : Grade.band(review.total(), frame));
    }
}
