package vn.chibo.channel.inbound;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * How many messages one chat may send the bot a minute ({@code chibo.inbound.per-chat-per-minute}). Past that,
 * its messages are dropped before they cost a reply, the first of them with one notice, so a chat that floods the
 * bot never holds up the others' answers. Each chat has its own budget, on the bot's clock.
 */
final class ChatFloods {

    /** What becomes of one message. */
    enum Verdict { HANDLE, DROP_WITH_NOTICE, DROP }

    /** Chats kept track of before the quiet ones are forgotten. */
    private static final int TRACKED = 50_000;

    private final Map<String, Bucket> budgets = new ConcurrentHashMap<>();
    private final Set<String> told = ConcurrentHashMap.newKeySet();
    private final int perMinute;
    private final TimeMeter time;
    private final AtomicLong lastPrunedNanos = new AtomicLong();

    ChatFloods(int perMinute, TimeMeter time) {
        this.perMinute = perMinute;
        this.time = time;
    }

    Verdict admit(String chat) {
        if (budgets.size() > TRACKED) {
            pruneAtMostOnceAMinute();
        }
        Bucket budget = budgets.computeIfAbsent(chat, key -> Bucket.builder().withCustomTimePrecision(time)
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        if (budget.tryConsume(1)) {
            told.remove(chat);
            return Verdict.HANDLE;
        }
        return told.add(chat) ? Verdict.DROP_WITH_NOTICE : Verdict.DROP;
    }

    /** Forgets the chats whose budget is whole again; at most once a minute, so that many chats cost no scan a message. */
    private void pruneAtMostOnceAMinute() {
        long now = time.currentTimeNanos();
        long last = lastPrunedNanos.get();
        if (now - last >= Duration.ofMinutes(1).toNanos() && lastPrunedNanos.compareAndSet(last, now)) {
            budgets.values().removeIf(bucket -> bucket.getAvailableTokens() >= perMinute);
        }
    }
}
