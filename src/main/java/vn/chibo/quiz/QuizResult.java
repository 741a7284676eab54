package vn.chibo.quiz;

import java.time.Duration;

/** A member's finished attempt as a leaderboard or a cell quiz's results show it. */
public record QuizResult(long memberId, String memberName, int correct, int questionCount,
                         Duration timeTaken) {
}
