package vn.chibo.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.chibo.common.Outcome;
import vn.chibo.text.VietnameseText;

/**
 * The self-review step by step, as the chat asks it: each item, the score of each criteria group, the cases that
 * force "không hoàn thành", the grade (never above the band the score falls in), the grade's conditions, and the
 * confirmation. The next step is the first thing not yet answered, so a review goes on wherever it was left.
 */
final class SelfReviewSteps {

    static final int MAX_ANSWER = 2000;

    /** A step: what is asked, and which item, group, case or condition ({@code index}). */
    record Step(Kind kind, int index) {

        enum Kind { ITEM, SCORE, FAIL_CASE, GRADE, CONDITION, CONFIRM }
    }

    private SelfReviewSteps() {
    }

    static Step next(ReviewFrame frame, SelfReview review) {
        int item = review.answers().indexOf(null);
        if (item >= 0) {
            return new Step(Step.Kind.ITEM, item);
        }
        int score = review.scores().indexOf(null);
        if (score >= 0) {
            return new Step(Step.Kind.SCORE, score);
        }
        int failCase = review.failCases().indexOf(null);
        if (failCase >= 0) {
            return new Step(Step.Kind.FAIL_CASE, failCase);
        }
        if (review.grade() == null) {
            return new Step(Step.Kind.GRADE, 0);
        }
        int condition = review.conditions().indexOf(null);
        return condition >= 0 ? new Step(Step.Kind.CONDITION, condition) : new Step(Step.Kind.CONFIRM, 0);
    }

    /** The review with the next step answered by {@code input}, or why the input does not answer it. */
    static Outcome<SelfReview, ReviewProblem> answer(ReviewFrame frame, SelfReview review, String input) {
        String text = input == null ? "" : VietnameseText.tidy(input);
        Step step = next(frame, review);
        var answers = new ArrayList<>(review.answers());
        var scores = new ArrayList<>(review.scores());
        var failCases = new ArrayList<>(review.failCases());
        var conditions = new ArrayList<>(review.conditions());
        Grade grade = review.grade();
        switch (step.kind()) {
            case ITEM -> {
                if (text.isEmpty() || text.length() > MAX_ANSWER) {
                    return Outcome.refused(ReviewProblem.of("review.refused.answer", MAX_ANSWER));
                }
                answers.set(step.index(), text);
            }
            case SCORE -> {
                int most = frame.groups().get(step.index()).points();
                if (!text.matches("\\d{1,3}") || Integer.parseInt(text) > most) {
                    return Outcome.refused(ReviewProblem.of("review.refused.score", most));
                }
                scores.set(step.index(), Integer.parseInt(text));
            }
            case FAIL_CASE -> {
                Optional<Boolean> yes = yesNo(text);
                if (yes.isEmpty()) {
                    return Outcome.refused(ReviewProblem.of("review.refused.yesNo"));
                }
                failCases.set(step.index(), yes.get());
            }
            case GRADE -> {
                Optional<Grade> chosen = Grade.read(text);
                if (chosen.isEmpty()) {
                    return Outcome.refused(ReviewProblem.of("review.refused.grade"));
                }
                Optional<ReviewProblem> refused = gradeProblem(frame, review, chosen.get());
                if (refused.isPresent()) {
                    return Outcome.refused(refused.get());
                }
                grade = chosen.get();
                conditions = new ArrayList<>(SelfReview.nulls(frame.conditions(grade).size()));
            }
            case CONDITION -> {
                Optional<Boolean> yes = yesNo(text);
                if (yes.isEmpty()) {
                    return Outcome.refused(ReviewProblem.of("review.refused.yesNo"));
                }
                if (!yes.get()) {
                    return Outcome.done(review.with(review.form(), answers, scores, failCases, null, List.of()));
                }
                conditions.set(step.index(), true);
            }
            case CONFIRM -> {
                return Outcome.done(review);
            }
        }
        return Outcome.done(review.with(review.form(), answers, scores, failCases, grade, conditions));
    }

    /** Why {@code grade} cannot be proposed with these scores and answers; empty when it can. */
    static Optional<ReviewProblem> gradeProblem(ReviewFrame frame, SelfReview review, Grade grade) {
        if (review.failCase() && grade != Grade.NOT_DONE) {
            return Optional.of(ReviewProblem.of("review.refused.failCase"));
        }
        Grade band = Grade.band(review.total(), frame);
        if (grade.above(band)) {
            return Optional.of(ReviewProblem.of("review.refused.band", review.total(), band));
        }
        return Optional.empty();
    }

    /** Everything a submitted review must have; empty when it can be submitted. */
    static List<ReviewProblem> check(ReviewFrame frame, SelfReview review) {
        var problems = new ArrayList<ReviewProblem>();
        for (int i = 0; i < frame.items().size(); i++) {
            String answer = i < review.answers().size() ? review.answers().get(i) : null;
            if (answer == null || answer.isBlank() || answer.length() > MAX_ANSWER) {
                problems.add(ReviewProblem.of("review.missing.item", i + 1));
            }
        }
        for (int i = 0; i < frame.groups().size(); i++) {
            Integer score = i < review.scores().size() ? review.scores().get(i) : null;
            ReviewFrame.CriteriaGroup group = frame.groups().get(i);
            if (score == null || score < 0 || score > group.points()) {
                problems.add(ReviewProblem.of("review.missing.score", group.name(), group.points()));
            }
        }
        if (review.failCases().size() != frame.failCases().size() || review.failCases().contains(null)) {
            problems.add(ReviewProblem.of("review.missing.failCases"));
        }
        if (review.grade() == null) {
            problems.add(ReviewProblem.of("review.missing.grade"));
        } else if (problems.isEmpty()) {
            gradeProblem(frame, review, review.grade()).ifPresent(problems::add);
            List<String> asked = frame.conditions(review.grade());
            for (int i = 0; i < asked.size(); i++) {
                if (i >= review.conditions().size() || !Boolean.TRUE.equals(review.conditions().get(i))) {
                    problems.add(ReviewProblem.of("review.missing.condition", asked.get(i)));
                }
            }
        }
        return problems;
    }

    static Optional<Boolean> yesNo(String text) {
        return switch (VietnameseText.fold(text)) {
            case "co", "c", "yes", "y", "1", "dung" -> Optional.of(true);
            case "khong", "k", "no", "n", "2", "sai" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
