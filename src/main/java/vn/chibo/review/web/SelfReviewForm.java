package vn.chibo.review.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.ui.Model;

import vn.chibo.organization.Member;
import vn.chibo.review.Grade;
import vn.chibo.review.ReviewFrame;
import vn.chibo.review.ReviewRound;
import vn.chibo.review.SelfReview;

/**
 * The self-review web form, read from its fields and drawn into the page's model; the member's personal link and the
 * secretary's dashboard both use it, each posting to its own address.
 */
final class SelfReviewForm {

    private SelfReviewForm() {
    }

    /** The draft the form's fields describe: {@code answer-i}, {@code score-i}, {@code fail-i}, {@code grade}, {@code form}. */
    static SelfReview read(ReviewRound round, long memberId, ReviewFrame frame, SelfReview current, Map<String, String> fields) {
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

    static void draw(Model model, ReviewRound round, ReviewFrame frame, SelfReview review, Member member, String action,
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
