package vn.chibo.meeting;

import java.time.Instant;

/**
 * A reminder stage of a meeting going out now.
 *
 * @param number         1 for the first stage
 * @param last           the stage closest to the meeting (two hours before, by default)
 * @param carriesAgenda  the stage that brings the agenda: the last one due before the meeting's day, or the first
 *                       sent after it when it was passed over
 * @param previousSentAt when the stage before it went out, or null for the first one sent
 */
public record ReminderStage(int number, boolean last, boolean carriesAgenda, Instant previousSentAt) {
}
