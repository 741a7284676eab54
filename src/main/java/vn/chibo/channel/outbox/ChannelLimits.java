package vn.chibo.channel.outbox;

import java.time.Duration;
import java.util.List;

/**
 * A platform's sending limits.
 *
 * @param perSecond         messages per second over the whole bot
 * @param perChatPerSecond  messages per second to one private chat
 * @param perGroupPerMinute messages per minute to one group chat
 * @param windows           further limits over the whole bot, each at most {@code count} messages a {@code period}
 *                          (an Android phone's: one every 5 seconds, 25 in 30 minutes)
 */
public record ChannelLimits(int perSecond, int perChatPerSecond, int perGroupPerMinute, List<Window> windows) {

    public record Window(int count, Duration period) {
    }

    public ChannelLimits(int perSecond, int perChatPerSecond, int perGroupPerMinute) {
        this(perSecond, perChatPerSecond, perGroupPerMinute, List.of());
    }
}
