package vn.chibo.channel.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * One channel's limits as token buckets: overall, per private chat, per group chat; and the pause a 429
 * imposes on the whole channel. Overall capacity is a tenth of a second's worth, so bursts stay within what
 * the platform counts over any one second.
 */
final class Throttle {

    /** Returned by {@link #tryAcquire} when the chat, not the channel, has to wait. */
    static final long CHAT_BUSY = -1;

    private final ChannelLimits limits;
    private final long burst;
    private final Bucket overall;
    private final ConcurrentMap<String, Bucket> chats = new ConcurrentHashMap<>();
    private volatile Instant pausedUntil = Instant.MIN;

    Throttle(ChannelLimits limits) {
        this.limits = limits;
        this.burst = Math.max(1, limits.perSecond() / 10);
        var builder = Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(limits.perSecond(), Duration.ofSeconds(1))
                        .initialTokens(burst).build());
        // refilled whole at the end of each period, so no period ever holds more than its count
        for (ChannelLimits.Window window : limits.windows()) {
            builder.addLimit(Bandwidth.builder().capacity(window.count()).refillIntervally(window.count(), window.period())
                    .build());
        }
        this.overall = builder.build();
    }

    boolean paused(Instant now) {
        return now.isBefore(pausedUntil);
    }

    synchronized void pauseUntil(Instant until) {
        if (until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
    }

    /**
     * 0 when the channel may send now; else how long until a whole burst may go, so that a waiting dispatcher
     * wakes to send a burst rather than one message per look at the queue.
     */
    long nanosUntilReady() {
        if (overall.getAvailableTokens() >= 1) {
            return 0;
        }
        return Math.max(1, overall.estimateAbilityToConsume(limits.windows().isEmpty() ? burst : 1).getNanosToWaitForRefill());
    }

    /** 0 when a message may go now; else nanoseconds until the channel may send, or {@link #CHAT_BUSY}. */
    long tryAcquire(String chatId, boolean group) {
        Bucket chat = chats.computeIfAbsent(chatId, id -> group ? perMinute(limits.perGroupPerMinute())
                : perSecond(limits.perChatPerSecond()));
        if (!chat.tryConsume(1)) {
            return CHAT_BUSY;
        }
        ConsumptionProbe probe = overall.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        chat.addTokens(1);
        return nanosUntilReady();
    }

    private static Bucket perSecond(int rate) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(rate)
                .refillGreedy(rate, Duration.ofSeconds(1)).build()).build();
    }

    private static Bucket perMinute(int rate) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(1)
                .refillGreedy(rate, Duration.ofMinutes(1)).build()).build();
    }
}
