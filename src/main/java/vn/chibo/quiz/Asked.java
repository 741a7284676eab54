package vn.chibo.quiz;

import java.time.Instant;
import java.util.List;

/** One question of an attempt: the bank question, the order its options are shown in, and what happened. */
record Asked(long attemptId, int position, String questionId, List<Integer> optionOrder, Instant askedAt,
             Instant deadline, Instant answeredAt, boolean timedOut) {
}
