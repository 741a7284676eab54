package vn.chibo.organization;

import java.time.Instant;

/** A chat account linked to a member: which platform, which user there, and where to write to them. */
public record ChatIdentity(long id, long memberId, ChatChannel channel, String platformUserId, String chatId,
                           String language, Instant linkedAt, Instant lastSeenAt) {
}
