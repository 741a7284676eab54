package vn.chibo.organization;

/** Published when a chat account was linked to a member, for channels that set up per-chat things. */
public record ChatAccountLinked(long memberId, Role role, ChatChannel channel, String chatId) {
}
