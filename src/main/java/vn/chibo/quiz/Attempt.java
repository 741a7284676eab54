package vn.chibo.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import vn.chibo.organization.ChatChannel;

/**
 * One member's run through a quiz: a practice quiz, or their one attempt at a cell quiz ({@code cellQuizId}).
 * It keeps the bank version it started with and the chat it runs in.
 */
public record Attempt(long id, long memberId, long unitId, Long cellQuizId, long versionId, String topicId,
                      ChatChannel channel, String chatId, Locale locale, int secondsPerQuestion, int questionCount,
                      int correctCount, Instant startedAt, Instant finishedAt, boolean abandoned) {

    public boolean running() {
        return finishedAt == null && !abandoned;
    }

    /** From the start to the last answer (or the last question's time running out). */
    public Duration timeTaken() {
        return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }
}
