package vn.chibo.review;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A committee's frame for the year-end review: the criteria groups and their points (fact 54: 30 general, 70 task
 * results; the points inside each group are set locally, facts 55–56), the items a member writes about (fact 68),
 * the grade bands (fact 57: 90 / 70 / 50) with each band's extra conditions as yes/no questions, the cases that force
 * "không hoàn thành nhiệm vụ" (fact 58), the cap on "xuất sắc" (fact 59: 20 % of those graded "tốt" among comparable
 * members, up to 25 %), who is reviewed (fact 51, fact 85) and the self-review forms by whom they are for (facts
 * 52–53). {@code basis} names the fact each setting rests on and its status; it is written by the bot, never read.
 */
public record ReviewFrame(String name, List<CriteriaGroup> groups, List<String> items, int excellentFrom, int goodFrom,
                          int doneFrom, List<String> excellentConditions, List<String> goodConditions,
                          List<String> doneConditions, List<String> failCases, int capPercent, int capRaisedPercent,
                          boolean probationaryReviewed, boolean exemptReviewed, int monthsSinceJoining,
                          List<Form> forms, String defaultForm, List<Basis> basis) {

    static final int MAX_TEXT = 500;
    static final int MAX_ENTRIES = 20;

    /** A criteria group and its points; a member's self-score for it lies between 0 and {@code points}. */
    public record CriteriaGroup(String name, int points) {
    }

    /** A self-review form, named by whom it is for; {@code key} is what a self-review records. */
    public record Form(String key, String name) {
    }

    /** The fact a setting rests on, with its status in the project's fact sheet. */
    public record Basis(String setting, String facts, String status) {
    }

    public static final List<Basis> BASIS = List.of(
            new Basis("groups", "54", "VERIFIED (30 + 70); points inside each group set locally, 55–56"),
            new Basis("items", "68", "UNVERIFIED"),
            new Basis("excellentFrom, goodFrom, doneFrom", "57", "VERIFIED"),
            new Basis("excellentConditions, goodConditions", "57", "VERIFIED"),
            new Basis("doneConditions", "57", "UNVERIFIED (individual wording)"),
            new Basis("failCases", "58", "UNVERIFIED"),
            new Basis("capPercent, capRaisedPercent", "59", "VERIFIED"),
            new Basis("probationaryReviewed", "51", "UNVERIFIED (inference)"),
            new Basis("exemptReviewed", "51, 85", "UNVERIFIED for QĐ 366"),
            new Basis("monthsSinceJoining", "51", "UNVERIFIED for QĐ 366"),
            new Basis("forms", "52 (VERIFIED: outside the political system), 53 (UNVERIFIED: the letters of 2A and 2B)",
                    "PARTLY VERIFIED"));

    public ReviewFrame {
        groups = groups == null ? List.of() : List.copyOf(groups);
        items = copy(items);
        excellentConditions = copy(excellentConditions);
        goodConditions = copy(goodConditions);
        doneConditions = copy(doneConditions);
        failCases = copy(failCases);
        forms = forms == null ? List.of() : List.copyOf(forms);
        basis = BASIS;
    }

    private static List<String> copy(List<String> texts) {
        return texts == null ? List.of() : texts.stream().map(text -> text == null ? "" : text.strip()).toList();
    }

    public int maximum() {
        return groups.stream().mapToInt(CriteriaGroup::points).sum();
    }

    /** The yes/no questions a grade asks besides its score. */
    public List<String> conditions(Grade grade) {
        return switch (grade) {
            case EXCELLENT -> excellentConditions;
            case GOOD -> goodConditions;
            case DONE -> doneConditions;
            case NOT_DONE -> List.of();
        };
    }

    public String formName(String key) {
        return forms.stream().filter(form -> form.key().equals(key)).map(Form::name).findFirst().orElse(key);
    }

    /** What is wrong with the frame as message keys; empty when it can be used. */
    List<String> problems() {
        var problems = new ArrayList<String>();
        if (name == null || name.isBlank() || name.length() > MAX_TEXT) {
            problems.add("review.frame.problem.name");
        }
        if (groups.isEmpty() || groups.size() > MAX_ENTRIES || maximum() != 100
                || groups.stream().anyMatch(group -> group.points() <= 0 || group.name() == null || group.name().isBlank())) {
            problems.add("review.frame.problem.groups");
        }
        if (!(0 < doneFrom && doneFrom < goodFrom && goodFrom < excellentFrom && excellentFrom <= 100)) {
            problems.add("review.frame.problem.bands");
        }
        if (items.isEmpty() || Stream.of(items, excellentConditions, goodConditions, doneConditions, failCases)
                .anyMatch(texts -> texts.size() > MAX_ENTRIES
                        || texts.stream().anyMatch(text -> text.isEmpty() || text.length() > MAX_TEXT))) {
            problems.add("review.frame.problem.texts");
        }
        if (capPercent < 0 || capPercent > 100 || capRaisedPercent < capPercent || capRaisedPercent > 100) {
            problems.add("review.frame.problem.cap");
        }
        if (monthsSinceJoining < 0 || monthsSinceJoining > 60) {
            problems.add("review.frame.problem.months");
        }
        if (forms.isEmpty() || forms.stream().noneMatch(form -> form.key().equals(defaultForm))
                || forms.stream().anyMatch(form -> form.key() == null || form.key().isBlank() || form.name() == null
                || form.name().isBlank())) {
            problems.add("review.frame.problem.forms");
        }
        return problems;
    }
}
