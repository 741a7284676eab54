package vn.chibo.review;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A committee's year-end review for a year; the cells under it take part. {@code frame} is the committee's frame as
 * it stood at opening, or null for the bot's default (read in each reader's language).
 */
public record ReviewRound(long id, long unitId, int year, LocalDate selfReviewDue, LocalDate cellMeetingsBy,
                          ReviewFrame frame, Instant openedAt) {
}
