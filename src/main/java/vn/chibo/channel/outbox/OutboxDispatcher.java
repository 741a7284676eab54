package vn.chibo.channel.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.ChatChannel;
import vn.chibo.organization.Organization;

/**
 * Sends what the outbox holds: in queue order per chat, within each platform's limits, retrying what can be
 * retried and recording what cannot. A message is marked sent as soon as the platform accepted it.
 */
@Component
public class OutboxDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutboxStore store;
    private final Map<ChatChannel, ChannelSender> senders = new EnumMap<>(ChatChannel.class);
    private final Map<ChatChannel, Throttle> throttles = new EnumMap<>(ChatChannel.class);
    private final Organization organization;
    private final JsonMapper json;
    private final Clock clock;
    private final OutboxProperties properties;

    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private final Set<String> busyChats = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private volatile Thread loop;
    private ExecutorService workers;

    OutboxDispatcher(OutboxStore store, List<ChannelSender> senders, Organization organization, JsonMapper json,
                     Clock clock, OutboxProperties properties) {
        this.store = store;
        this.organization = organization;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
        for (ChannelSender sender : senders) {
            this.senders.put(sender.channel(), sender);
            this.throttles.put(sender.channel(), new Throttle(sender.limits()));
        }
    }

    /** Something was queued: look now rather than at the next poll. */
    public void wake() {
        Thread thread = loop;
        if (thread != null) {
            LockSupport.unpark(thread);
        }
    }

    @Override
    public void start() {
        running = true;
        workers = Executors.newFixedThreadPool(properties.workers(), daemon("outbox-send"));
        loop = daemon("outbox-dispatch").newThread(this::run);
        loop.start();
    }

    /** Stops taking messages, and lets the sends under way finish and be recorded. */
    @Override
    public void stop() {
        running = false;
        wake();
        try {
            loop.join(TimeUnit.SECONDS.toMillis(10));
            workers.shutdown();
            if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("Outbox sends still under way at shutdown: {}", inFlight.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        loop = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            long parkNanos = properties.pollInterval().toNanos();
            try {
                parkNanos = Math.min(parkNanos, pass());
            } catch (RuntimeException e) {
                log.error("Outbox pass failed; trying again at the next poll", e);
            }
            if (running && parkNanos > 0) {
                LockSupport.parkNanos(this, parkNanos);
            }
        }
    }

    /** Hands every message that may go now to a worker; answers how long to wait before the next pass. */
    private long pass() {
        Instant now = clock.instant();
        Set<String> blocked = new HashSet<>();
        long wait = Long.MAX_VALUE;
        for (OutboxStore.Row row : store.pending(properties.batchSize())) {
            String chatKey = row.channel() + ":" + row.chatId();
            ChannelSender sender = senders.get(row.channel());
            if (sender == null || blocked.contains(chatKey) || busyChats.contains(chatKey) || inFlight.contains(row.id())
                    || row.nextAttempt().isAfter(now) || throttles.get(row.channel()).paused(now)) {
                blocked.add(chatKey);
                continue;
            }
            long channelWait = throttles.get(row.channel()).tryAcquire(row.chatId(), sender.isGroupChat(row.chatId()));
            if (channelWait != 0) {
                blocked.add(chatKey);
                if (channelWait > 0) {
                    wait = Math.min(wait, channelWait);
                }
                continue;
            }
            busyChats.add(chatKey);
            inFlight.add(row.id());
            workers.execute(() -> deliver(row, sender, chatKey));
        }
        return wait;
    }

    private void deliver(OutboxStore.Row row, ChannelSender sender, String chatKey) {
        try {
            SendResult result;
            try {
                result = sender.send(row.chatId(), json.readValue(row.payload(), OutboundMessage.class));
            } catch (RuntimeException e) {
                result = new SendResult.Transient(e.toString());
            }
            record(row, result);
        } catch (RuntimeException e) {
            log.error("Could not record the outcome of outbox message {}", row.id(), e);
        } finally {
            busyChats.remove(chatKey);
            inFlight.remove(row.id());
            wake();
        }
    }

    private void record(OutboxStore.Row row, SendResult result) {
        Instant now = clock.instant();
        if (result instanceof SendResult.Sent) {
            store.markSent(row.id(), now);
        } else if (result instanceof SendResult.RetryAfter retry) {
            Instant until = now.plus(retry.delay());
            throttles.get(row.channel()).pauseUntil(until);
            store.markRetry(row.id(), until, "429: retry after " + retry.delay().toSeconds() + " s");
            log.warn("{} asked to slow down for {} s", row.channel(), retry.delay().toSeconds());
        } else if (result instanceof SendResult.Transient failure) {
            if (row.attempts() + 1 >= properties.maxAttempts()) {
                store.markFailed(row.id(), failure.error());
                log.error("Outbox message {} to {} {} given up after {} tries: {}", row.id(), row.channel(),
                        row.chatId(), row.attempts() + 1, failure.error());
            } else {
                store.markRetry(row.id(), now.plus(backoff(row.attempts())), failure.error());
            }
        } else if (result instanceof SendResult.Permanent refusal) {
            store.markFailed(row.id(), refusal.error());
            if (refusal.chatGone()) {
                organization.markUnreachable(row.channel(), row.chatId(), refusal.error());
            }
        }
    }

    private Duration backoff(int failuresBefore) {
        Duration wait = properties.firstBackoff().multipliedBy(1L << Math.min(failuresBefore, 20));
        return wait.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : wait;
    }

    private static ThreadFactory daemon(String name) {
        var counter = new AtomicInteger();
        return runnable -> {
            var thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
