package vn.chibo.record;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A vote's count: {@code eligible} are the members with a vote (official members of the cell not exempted from
 * meetings; probationary members have none, Điều lệ Đảng, Điều 5), {@code notVoted} those of them without a
 * ballot, {@code approved} by {@code rule}, named in words in {@code ruleText}.
 */
public record VoteResult(long id, long meetingId, String question, boolean open, boolean showOfHands,
                         @JsonProperty("for") int votesFor, int against, int abstain, int eligible, int notVoted,
                         boolean approved, ApprovalRule rule, String ruleText) {
}
