package vn.chibo.quiz;


import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param questionsPerQuiz   questions drawn for a practice or cell quiz (fewer when the topic has fewer)
 * @param secondsPerQuestion time to answer one question; a later answer does not count
 * @param leaderboardSize    rows shown of a leaderboard
 * @param shippedBank        where the bank the bot ships with is read at start: a folder named {@code quiz-bank/}
 */
@ConfigurationProperties("chibo.quiz")
record QuizProperties(int questionsPerQuiz, int secondsPerQuestion, int leaderboardSize, String shippedBank) {
}
