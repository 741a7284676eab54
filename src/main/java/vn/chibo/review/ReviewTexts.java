package vn.chibo.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.chibo.organization.OrgUnit;
import vn.chibo.text.VietnameseDates;
import vn.chibo.text.WordPage;

/** The review's words in the reader's language: grades, dates, refusals. */
@Component
public class ReviewTexts {

    private final MessageSource messages;

    ReviewTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The heading every paper of the review starts with ({@link WordPage#heading}). */
    void heading(WordPage page, OrgUnit cell, LocalDate day, Locale locale) {
        page.heading(cell.committeeName(), cell.name(), day, messages, locale);
    }

    public String grade(Grade grade, Locale locale) {
        return grade == null ? "—" : text(locale, "review.grade." + grade.name());
    }

    public String day(LocalDate day) {
        return VietnameseDates.date(day);
    }

    public String problem(ReviewProblem problem, Locale locale) {
        Object[] args = problem.args().stream().map(arg -> arg instanceof Grade grade ? grade(grade, locale) : arg).toArray();
        return messages.getMessage(problem.key(), args, locale);
    }

    public String problems(List<ReviewProblem> problems, Locale locale) {
        return problems.stream().map(problem -> problem(problem, locale)).collect(Collectors.joining("\n"));
    }

    /** The cap on "xuất sắc" with its numbers, flagged when the proposals pass it. */
    public String cap(Proposals.CapCheck cap, Locale locale) {
        return text(locale, cap.over() ? "review.cap.over" : "review.cap.within", cap.excellent(), cap.good(), cap.percent(),
                cap.cap(), cap.raisedPercent(), cap.raisedCap());
    }

    public String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
