package vn.chibo.quiz;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.chibo.conversation.Button;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.conversation.QuizPoll;
import vn.chibo.handbook.Handbook;
import vn.chibo.organization.OrgUnit;
import vn.chibo.text.VietnameseDates;

/** How quizzes speak: a question on every platform (a native quiz poll where there is one), feedback, results. */
@Component
class QuizMessages {

    static final String ANSWER_COMMAND = "/thi tl";

    private final QuizBanks banks;
    private final Handbook handbook;
    private final MessageSource messages;
    private final Clock clock;

    QuizMessages(QuizBanks banks, Handbook handbook, MessageSource messages, Clock clock) {
        this.banks = banks;
        this.handbook = handbook;
        this.messages = messages;
        this.clock = clock;
    }

    /** The question as every platform shows it, and as a native quiz poll where the platform has one. */
    OutboundMessage question(Attempt attempt, Asked asked, Instant now) {
        Locale locale = attempt.locale();
        Question question = bankQuestion(attempt, asked);
        List<String> shown = asked.optionOrder().stream().map(index -> question.options().get(index)).toList();
        List<Integer> correctShown = IntStream.range(0, shown.size())
                .filter(i -> question.answer().contains(asked.optionOrder().get(i))).boxed().toList();
        long secondsLeft = Math.max(1, (Duration.between(now, asked.deadline()).toMillis() + 999) / 1000);
        String header = messages.getMessage("quiz.question.header",
                new Object[] {asked.position(), attempt.questionCount(), secondsLeft}, locale);
        String prefix = ANSWER_COMMAND + " " + attempt.id() + " " + asked.position();
        var text = new StringBuilder(header).append("\n\n").append(question.text());
        List<List<Button>> buttons = new ArrayList<>();
        if (question.answer().size() > 1) {
            text.append('\n');
            for (int i = 0; i < shown.size(); i++) {
                text.append('\n').append(i + 1).append(". ").append(shown.get(i));
            }
            text.append("\n\n").append(messages.getMessage("quiz.question.several", null, locale));
        } else {
            for (int i = 0; i < shown.size(); i++) {
                buttons.add(List.of(new Button(shown.get(i), prefix + " " + (i + 1))));
            }
        }
        var poll = new QuizPoll(header, question.text(), shown, correctShown, question.explanation(), (int) secondsLeft, prefix);
        return new OutboundMessage(text.toString(), buttons, null, null, poll);
    }

    /**
     * Right, wrong or out of time ({@code key}), the right options as shown and the explanation; the handbook section
     * it comes from is a button with the section's title, which opens it.
     */
    OutboundMessage feedback(Attempt attempt, Asked asked, String key) {
        Locale locale = attempt.locale();
        Question question = bankQuestion(attempt, asked);
        // options are numbered only where the question listed them by number (several answers, typed); buttons
        // and polls show no numbers, so the answer to those is named by its text alone
        boolean numbered = question.answer().size() > 1;
        var right = new ArrayList<String>();
        for (int i = 0; i < asked.optionOrder().size(); i++) {
            int bankIndex = asked.optionOrder().get(i);
            if (question.answer().contains(bankIndex)) {
                right.add((numbered ? (i + 1) + ". " : "") + question.options().get(bankIndex));
            }
        }
        String text = messages.getMessage(key, new Object[] {String.join("; ", right), question.explanation()}, locale);
        return handbook.section(attempt.versionId(), question.sectionId())
                .map(found -> OutboundMessage.withButtons(text, List.of(new Button(
                        messages.getMessage("quiz.feedback.section", new Object[] {found.title()}, locale),
                        "/sotay #" + found.id()))))
                .orElse(OutboundMessage.text(text));
    }

    OutboundMessage finished(Attempt attempt, int correct, Instant now) {
        Locale locale = attempt.locale();
        String took = duration(Duration.between(attempt.startedAt(), now), locale);
        String key = attempt.cellQuizId() == null ? "quiz.finished.practice" : "quiz.finished.cell";
        return OutboundMessage.withButtons(messages.getMessage(key, new Object[] {correct, attempt.questionCount(), took}, locale),
                List.of(new Button(messages.getMessage("quiz.button.again", null, locale), "/thi"),
                        new Button(messages.getMessage("quiz.button.leaderboard", null, locale), "/bangxephang")));
    }

    /** The announcement each member gets, with the button that starts their attempt. */
    OutboundMessage invitation(CellQuiz quiz, OrgUnit unit, Locale locale) {
        String text = messages.getMessage("quiz.cell.invitation", new Object[] {unit.name(), quiz.questionIds().size(),
                quiz.secondsPerQuestion(), deadline(quiz.deadline(), locale)}, locale);
        return OutboundMessage.withButtons(text,
                List.of(new Button(messages.getMessage("quiz.button.take", null, locale), "/thi lam " + quiz.id())));
    }

    OutboundMessage text(Locale locale, String key, Object... args) {
        return OutboundMessage.text(messages.getMessage(key, args, locale));
    }

    String duration(Duration duration, Locale locale) {
        long seconds = Math.max(0, duration.toSeconds());
        return seconds < 60 ? messages.getMessage("quiz.duration.seconds", new Object[] {seconds}, locale)
                : messages.getMessage("quiz.duration.minutes", new Object[] {seconds / 60, seconds % 60}, locale);
    }

    String deadline(Instant deadline, Locale locale) {
        return VietnameseDates.deadline(deadline.atZone(clock.getZone()), messages, locale);
    }

    private Question bankQuestion(Attempt attempt, Asked asked) {
        return banks.question(attempt.versionId(), asked.questionId()).orElseThrow();
    }
}
