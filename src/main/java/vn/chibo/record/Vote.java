package vn.chibo.record;

import java.time.Instant;

/** A question put to the vote at a meeting; counted from ballots, or from a show of hands when one was recorded. */
public record Vote(long id, long meetingId, String question, Instant openedAt, Instant closedAt, Integer handsFor,
                   Integer handsAgainst, Integer handsAbstain) {

    public boolean open() {
        return closedAt == null;
    }

    public boolean showOfHands() {
        return handsFor != null;
    }
}
