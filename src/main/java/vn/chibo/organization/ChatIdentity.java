package vn.chibo.organization;

import java.time.Instant;

/**
 * A chat account linked to a member: which platform, which user there, and where to write to them.
 * {@code unreachableAt} is set when the platform refused for good (bot blocked, chat gone).
 */
public record ChatIdentity(long id, long memberId, ChatChannel channel, String platformUserId, String chatId,
                           String language, Instant linkedAt, Instant lastSeenAt, Instant unreachableAt,
                           String unreachableReason) {

    public boolean reachable() {
        return unreachableAt == null;
    }
}
