package vn.chibo.review;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.chibo.conversation.Button;
import vn.chibo.conversation.OutboundMessage;

/** The question the chat asks for a self-review's next step, with buttons where the answer is a choice. */
@Component
class ReviewPrompts {

    private final ReviewTexts texts;
    private final ZoneId zone;

    ReviewPrompts(ReviewTexts texts, @Value("${chibo.time-zone}") ZoneId zone) {
        this.texts = texts;
        this.zone = zone;
    }

    OutboundMessage ask(ReviewFrame frame, SelfReview review, Locale locale) {
        SelfReviewSteps.Step step = SelfReviewSteps.next(frame, review);
        int at = step.index();
        return switch (step.kind()) {
            case ITEM -> OutboundMessage.text(texts.text(locale, "review.ask.item", at + 1, frame.items().size(),
                    frame.items().get(at)));
            case SCORE -> OutboundMessage.text(texts.text(locale, "review.ask.score", frame.groups().get(at).name(),
                    frame.groups().get(at).points()));
            case FAIL_CASE -> yesNo(texts.text(locale, "review.ask.failCase", at + 1, frame.failCases().size(),
                    frame.failCases().get(at)), locale);
            case GRADE -> grades(frame, review, locale);
            case CONDITION -> yesNo(texts.text(locale, "review.ask.condition", texts.grade(review.grade(), locale),
                    frame.conditions(review.grade()).get(at)), locale);
            case CONFIRM -> OutboundMessage.withButtons(summary(frame, review, locale), List.of(
                    new Button(texts.text(locale, "review.button.submit"), command(ReviewCommand.SUBMIT)),
                    new Button(texts.text(locale, "review.button.restart"), command(ReviewCommand.RESTART))));
        };
    }

    /** Whether the review came in after the end of its due day. */
    boolean late(ReviewRound round, SelfReview review) {
        return review.submittedAt() != null
                && review.submittedAt().isAfter(round.selfReviewDue().plusDays(1).atStartOfDay(zone).toInstant());
    }

    private OutboundMessage grades(ReviewFrame frame, SelfReview review, Locale locale) {
        Grade band = review.failCase() ? Grade.NOT_DONE : Grade.band(review.total(), frame);
        List<Button> offered = Arrays.stream(Grade.values()).filter(grade -> !grade.above(band))
                .map(grade -> new Button(texts.grade(grade, locale), command(ReviewCommand.ANSWER + " " + grade.name())))
                .toList();
        String text = texts.text(locale, review.failCase() ? "review.ask.gradeFailCase" : "review.ask.grade",
                review.total(), frame.maximum(), texts.grade(band, locale));
        return OutboundMessage.withButtons(text, offered);
    }

    private String summary(ReviewFrame frame, SelfReview review, Locale locale) {
        var lines = new ArrayList<String>();
        lines.add(texts.text(locale, "review.summary.title"));
        for (int i = 0; i < frame.items().size(); i++) {
            lines.add((i + 1) + ". " + frame.items().get(i) + ": " + review.answers().get(i));
        }
        for (int i = 0; i < frame.groups().size(); i++) {
            lines.add(texts.text(locale, "review.summary.score", frame.groups().get(i).name(), review.scores().get(i),
                    frame.groups().get(i).points()));
        }
        lines.add(texts.text(locale, "review.summary.total", review.total(), frame.maximum(), texts.grade(review.grade(), locale)));
        lines.add(texts.text(locale, "review.summary.confirm"));
        return String.join("\n", lines);
    }

    private OutboundMessage yesNo(String question, Locale locale) {
        return OutboundMessage.withButtons(question, List.of(
                new Button(texts.text(locale, "review.yes"), command(ReviewCommand.ANSWER + " co")),
                new Button(texts.text(locale, "review.no"), command(ReviewCommand.ANSWER + " khong"))));
    }

    private static String command(String arguments) {
        return "/" + ReviewCommand.NAME + " " + arguments;
    }
}
