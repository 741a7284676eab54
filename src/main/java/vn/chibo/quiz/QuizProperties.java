package vn.chibo.quiz;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param questionsPerQuiz   questions drawn for a practice or cell quiz (fewer when the topic has fewer)
 * @param secondsPerQuestion time to answer one question; a later answer does not count
 * @param tick               how often Quartz looks for questions whose time ran out
 * @param leaderboardSize    rows shown of a leaderboard
 */
@ConfigurationProperties("chibo.quiz")
record QuizProperties(int questionsPerQuiz, int secondsPerQuestion, Duration tick, int leaderboardSize) {
}
