package vn.chibo.quiz;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.channel.Outbox;
import vn.chibo.common.Periodic;
import vn.chibo.conversation.Button;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.ChatChannel;
import vn.chibo.organization.Member;

/**
 * Quizzes members take in chat, one question at a time with a time limit, scored per answer: practice quizzes
 * here, and the running of every attempt (a cell quiz's too). Every attempt keeps the bank version it started with.
 */
@Service
public class Quizzes {

    /** The answer to a question, as the numbers of the options shown (1, 2…): "2", "1,3" or "1 3". */
    private static final Pattern SHOWN_NUMBERS = Pattern.compile("[1-9](\\s*[,; ]\\s*[1-9])*");
    /** A question shown again with less time than this left could not be read and answered: it is closed instead. */
    private static final Duration TIME_TO_READ = Duration.ofSeconds(10);

    private final AttemptStore attempts;
    private final QuizBanks banks;
    private final QuizMessages texts;
    private final Outbox outbox;
    private final Clock clock;
    private final QuizProperties properties;
    private final QuizTimes times;

    Quizzes(AttemptStore attempts, QuizBanks banks, QuizMessages texts, Outbox outbox, Clock clock,
            QuizProperties properties, QuizTimes times) {
        this.times = times;
        this.attempts = attempts;
        this.banks = banks;
        this.texts = texts;
        this.outbox = outbox;
        this.clock = clock;
        this.properties = properties;
    }

    /** Where a quiz runs: the chat it was started from and the language it speaks. */
    public record Chat(ChatChannel channel, String chatId, Locale locale) {
    }

    /**
     * Starts a practice quiz of up to {@code questionsPerQuiz} questions drawn at random (from one topic, or
     * all when {@code topicId} is null) and asks the first; a practice quiz left unfinished is dropped, while
     * a cell quiz in progress must be finished first, since it allows one attempt.
     */
    @Transactional
    public List<OutboundMessage> startPractice(Member member, Chat chat, String topicId) {
        Optional<Long> version = banks.currentVersion();
        if (version.isEmpty()) {
            return List.of(texts.text(chat.locale(), "quiz.noBank"));
        }
        List<String> pool = banks.content(version.get()).questions().stream()
                .filter(question -> topicId == null || question.topicId().equals(topicId)).map(Question::id).toList();
        if (pool.isEmpty()) {
            return List.of(texts.text(chat.locale(), "quiz.noQuestions"));
        }
        if (running(member.id()).filter(attempt -> attempt.cellQuizId() != null).isPresent()) {
            return List.of(OutboundMessage.withButtons(texts.text(chat.locale(), "quiz.cellRunning").text(),
                    List.of(new Button(texts.text(chat.locale(), "quiz.button.resume").text(), "/thi tiep"))));
        }
        attempts.abandonRunningPractice(member.id());
        Instant now = clock.instant();
        Attempt attempt = attempts.insert(member, chat, null, version.get(), topicId,
                attempts.draw(pool, properties.questionsPerQuiz()), times.practiceSeconds(member), now);
        return List.of(ask(attempt, 1, now));
    }

    /**
     * The question the member's running quiz waits on, with the time it has left, in the chat the member is in now
     * (the quiz goes on there). A question whose time has run out, or so nearly that it could not be read, is closed
     * and the quiz moves on to the next with its full time.
     */
    @Transactional
    public List<OutboundMessage> resume(Member member, Chat chat) {
        Optional<Attempt> running = running(member.id());
        if (running.isEmpty()) {
            return List.of(texts.text(chat.locale(), "quiz.nothingRunning"));
        }
        Attempt attempt = running.get();
        if (attempt.channel() != chat.channel() || !attempt.chatId().equals(chat.chatId())) {
            attempts.moveTo(attempt.id(), chat);
            attempt = attempts.attempt(attempt.id()).orElseThrow();
        }
        return current(attempt);
    }

    /** Where the attempt stands: its open question with the time left, or the next one, or the result. */
    private List<OutboundMessage> current(Attempt attempt) {
        Instant now = clock.instant();
        Optional<Asked> current = attempts.current(attempt.id());
        if (current.isEmpty()) {
            return List.of(finish(attempt, now));
        }
        Asked asked = current.get();
        if (asked.askedAt() == null) {
            return List.of(ask(attempt, asked.position(), now));
        }
        if (asked.deadline().minus(TIME_TO_READ).isBefore(now)) {
            return timeOut(attempt, asked, now);
        }
        return List.of(texts.question(attempt, asked, now));
    }

    /** A member's quiz that has not ended, if any. */
    public Optional<Attempt> running(long memberId) {
        return attempts.running(memberId);
    }

    public Optional<Attempt> attempt(long id) {
        return attempts.attempt(id);
    }

    /** Finished quizzes (practice and cell) of these members, begun in [from, to). */
    public List<Attempt> finishedAttempts(Collection<Long> memberIds, Instant from, Instant to) {
        return attempts.finishedBy(memberIds, from, to);
    }

    /**
     * An answer given with a button, a poll vote or typed numbers. Late answers and answers to questions
     * already closed count for nothing; the reply says so.
     */
    @Transactional
    public List<OutboundMessage> answer(Member member, long attemptId, int position, String shownNumbers, Locale locale) {
        Optional<Attempt> found = attempt(attemptId).filter(attempt -> attempt.memberId() == member.id());
        if (found.isEmpty() || !found.get().running()) {
            return List.of(texts.text(locale, "quiz.answer.ended"));
        }
        Optional<Asked> current = attempts.current(attemptId);
        if (current.isEmpty() || current.get().position() != position || current.get().askedAt() == null) {
            // the question passed (its time ran out, perhaps shown in another chat): the quiz goes on from where it is
            var replies = new ArrayList<OutboundMessage>();
            replies.add(texts.text(locale, "quiz.answer.stale"));
            replies.addAll(current(found.get()));
            return replies;
        }
        return answer(found.get(), current.get(), shownNumbers);
    }

    /** A plain message that answers the running quiz's open question ("2", "1 3"); empty when it is none. */
    @Transactional
    public Optional<List<OutboundMessage>> answerTyped(Member member, String text) {
        String typed = text.strip();
        if (!SHOWN_NUMBERS.matcher(typed).matches()) {
            return Optional.empty();
        }
        return running(member.id()).flatMap(attempt -> attempts.current(attempt.id())
                .filter(asked -> asked.askedAt() != null)
                .map(asked -> answer(attempt, asked, typed)));
    }

    /**
     * Closes every question whose time ran out with no answer, and moves each quiz on: the correct answer,
     * then the next question or the result, sent to the chat the quiz runs in.
     */
    @Periodic(name = "close-overdue-quiz-questions", every = "${chibo.quiz.tick}")
    @Transactional
    public void closeOverdueQuestions() {
        Instant now = clock.instant();
        for (Asked asked : attempts.overdue(now)) {
            Attempt attempt = attempt(asked.attemptId()).orElseThrow();
            List<OutboundMessage> replies = timeOut(attempt, asked, now);
            for (int i = 0; i < replies.size(); i++) {
                outbox.enqueue(attempt.channel(), attempt.chatId(), replies.get(i),
                        "quiz:attempt-" + attempt.id() + ":question-" + asked.position() + ":timeout#" + i);
            }
        }
    }

    /** Asks the first question of an attempt just made. */
    OutboundMessage begin(Attempt attempt) {
        return ask(attempt, 1, clock.instant());
    }

    private List<OutboundMessage> answer(Attempt attempt, Asked asked, String shownNumbers) {
        Instant now = clock.instant();
        Set<Integer> shown = new TreeSet<>();
        for (String number : shownNumbers.split("[\\s,;]+")) {
            if (!number.matches("\\d{1,2}") || Integer.parseInt(number) < 1
                    || Integer.parseInt(number) > asked.optionOrder().size()) {
                return List.of(texts.text(attempt.locale(), "quiz.answer.invalid", asked.optionOrder().size()));
            }
            shown.add(Integer.parseInt(number));
        }
        if (now.isAfter(asked.deadline())) {
            return timeOut(attempt, asked, now);
        }
        List<Integer> chosen = shown.stream().map(number -> asked.optionOrder().get(number - 1)).sorted().toList();
        boolean correct = chosen.equals(banks.question(attempt.versionId(), asked.questionId()).orElseThrow().answer());
        if (!attempts.markAnswered(asked, chosen, correct, now)) {
            return List.of(texts.text(attempt.locale(), "quiz.answer.stale"));
        }
        var replies = new ArrayList<OutboundMessage>();
        replies.add(texts.feedback(attempt, asked, correct ? "quiz.feedback.right" : "quiz.feedback.wrong"));
        replies.add(next(attempt, asked.position(), now));
        return replies;
    }

    private List<OutboundMessage> timeOut(Attempt attempt, Asked asked, Instant now) {
        if (!attempts.markTimedOut(asked)) {
            return List.of(texts.text(attempt.locale(), "quiz.answer.stale"));
        }
        return List.of(texts.feedback(attempt, asked, "quiz.feedback.timeout"),
                next(attempt, asked.position(), asked.deadline().isAfter(now) ? now : asked.deadline()));
    }

    private OutboundMessage next(Attempt attempt, int position, Instant now) {
        if (position < attempt.questionCount()) {
            return ask(attempt, position + 1, clock.instant());
        }
        return finish(attempt, now);
    }

    private OutboundMessage ask(Attempt attempt, int position, Instant now) {
        attempts.markAsked(attempt.id(), position, now, now.plusSeconds(attempt.secondsPerQuestion()));
        return texts.question(attempt, attempts.asked(attempt.id(), position).orElseThrow(), now);
    }

    private OutboundMessage finish(Attempt attempt, Instant now) {
        return texts.finished(attempt, attempts.finish(attempt.id(), now), now);
    }
}
