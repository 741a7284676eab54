package vn.chibo.channel.outbox;

/**
 * A platform's sending limits.
 *
 * @param perSecond       messages per second over the whole bot
 * @param perChatPerSecond messages per second to one private chat
 * @param perGroupPerMinute messages per minute to one group chat
 */
public record ChannelLimits(int perSecond, int perChatPerSecond, int perGroupPerMinute) {
}
