package vn.chibo.organization;

import java.time.Instant;

/** A single-use code that links one chat account to one member until it expires. */
public record Invite(String code, long memberId, Instant expiresAt) {
}
