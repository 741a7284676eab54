package vn.chibo.record;

/** Why a vote could not be opened, cast, counted or closed; each with the message that says so. */
public enum VoteRefusal {
    NO_SUCH_VOTE("vote.refused.noVote"),
    MEETING_CANCELLED("vote.refused.cancelled"),
    QUESTION_MISSING("vote.refused.question"),
    CLOSED("vote.refused.closed"),
    NOT_IN_CELL("vote.refused.notInCell"),
    NOT_PRESENT("vote.refused.notPresent"),
    PROBATIONARY("vote.refused.probationary"),
    HANDS_OVER_ELIGIBLE("vote.refused.hands");

    public final String messageKey;

    VoteRefusal(String messageKey) {
        this.messageKey = messageKey;
    }
}
