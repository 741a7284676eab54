package vn.chibo.channel.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
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
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.channel.LeasedWork;
import vn.chibo.channel.Leases;
import vn.chibo.channel.PhoneNotice;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.ChatChannel;

/**
 * Sends what the outbox holds: in queue order per chat, within each platform's limits, retrying what can be
 * retried and recording what cannot. Answers are recorded a few milliseconds after the platform gave them,
 * by this dispatcher's own thread in one transaction per batch; until then the message counts as in flight.
 */
@Component
public class OutboxDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    /** A phone route's messages read per pass: more than a pass can send at ZNS's pace, far fewer than a batch. */
    private static final int PHONE_BATCH = 64;

    private final OutboxStore store;
    private final Map<ChatChannel, ChannelSender> senders = new EnumMap<>(ChatChannel.class);
    private final Map<ChatChannel, Throttle> throttles = new EnumMap<>(ChatChannel.class);
    private final JsonMapper json;
    private final Clock clock;
    private final OutboxProperties properties;

    private final TransactionTemplate transaction;
    private final SerialWrites writes;

    /** A send's answer, recorded by the dispatching thread in batches; until then its message is in flight. */
    private record SendAttempt(OutboxStore.Row row, SendResult result, String chatKey) {
    }

    private final Queue<SendAttempt> attempts = new ConcurrentLinkedQueue<>();
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private final Set<String> busyChats = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private volatile boolean sending;
    private volatile Thread loop;
    private ExecutorService workers;
    private final LeasedWork lease;
    private final SendAnswers answers;

    OutboxDispatcher(OutboxStore store, List<ChannelSender> senders, JsonMapper json, Clock clock, OutboxProperties properties,
                     TransactionTemplate transaction, SerialWrites writes, Leases leases, SendAnswers answers) {
        this.lease = new LeasedWork(leases, "outbox", new LeasedWork.Work() {
            @Override
            public void start() {
                sending = true;
                wake();
            }

            @Override
            public void stop() {
                sending = false;
            }
        });
        this.store = store;
        this.answers = answers;
        this.transaction = transaction;
        this.writes = writes;
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
        lease.start();
    }

    /** Stops taking messages, and lets the sends under way finish and be recorded. */
    @Override
    public void stop() {
        lease.stop();
        running = false;
        wake();
        try {
            loop.join(TimeUnit.SECONDS.toMillis(10));
            workers.shutdown();
            if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("Outbox sends still under way at shutdown: {}", inFlight.size());
            }
            recordAttempts();
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
                recordAttempts();
                parkNanos = Math.min(parkNanos, pass());
            } catch (RuntimeException e) {
                log.error("Outbox pass failed; trying again at the next poll", e);
            }
            if (running && parkNanos > 0) {
                LockSupport.parkNanos(this, parkNanos);
            }
        }
    }

    /**
     * Hands every message that may go now to a worker; answers how long to wait before the next pass. Only the
     * instance holding the outbox lease sends, so that each message goes once and the platforms' limits hold
     * for the bot as a whole.
     */
    private long pass() {
        if (!sending) {
            return properties.pollInterval().toNanos();
        }
        long ready = throttles.values().stream().mapToLong(Throttle::nanosUntilReady).min().orElse(Long.MAX_VALUE);
        if (ready > 0) {
            return ready;
        }
        Instant now = clock.instant();
        Set<String> blocked = new HashSet<>();
        long wait = Long.MAX_VALUE;
        for (OutboxStore.Row row : due(now)) {
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

    /**
     * The next message of each chat of the chat platforms, and of each number of each phone route that may send now:
     * read apart, so that thousands of numbers waiting for SMS's slow pace or ZNS's next day's quota never fill the
     * batch ahead of a chat's message.
     */
    private List<OutboxStore.Row> due(Instant now) {
        List<ChatChannel> chats = senders.keySet().stream().filter(channel -> !channel.isPhone()).toList();
        var due = new ArrayList<>(chats.isEmpty() ? List.<OutboxStore.Row>of() : store.pending(chats, properties.batchSize()));
        for (ChatChannel phone : senders.keySet()) {
            Throttle throttle = throttles.get(phone);
            if (phone.isPhone() && !throttle.paused(now) && throttle.nanosUntilReady() == 0) {
                due.addAll(store.pendingInOrder(phone, PHONE_BATCH));
            }
        }
        return due;
    }

    private void deliver(OutboxStore.Row row, ChannelSender sender, String chatKey) {
        SendResult result;
        try {
            result = sender instanceof PhoneSender phone
                    ? phone.send(row.id(), row.chatId(), json.readValue(row.payload(), PhoneNotice.class))
                    : sender.send(row.id(), row.chatId(), json.readValue(row.payload(), OutboundMessage.class));
        } catch (RuntimeException e) {
            result = new SendResult.Transient(e.toString());
        }
        attempts.add(new SendAttempt(row, result, chatKey));
        // with half a batch still under way, the next pass would mostly find those again
        if (inFlight.size() - attempts.size() <= properties.batchSize() / 2) {
            wake();
        }
    }

    /** Records the answers gathered since the last time in one transaction, then frees their chats. */
    private void recordAttempts() {
        var batch = new ArrayList<SendAttempt>();
        for (SendAttempt attempt; (attempt = attempts.poll()) != null; ) {
            batch.add(attempt);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            writes.run(() -> transaction.executeWithoutResult(status -> batch.forEach(o -> answers.record(o.row(), o.result(),
                    throttles.get(o.row().channel()), senders.get(o.row().channel()).isGroupChat(o.row().chatId())))));
        } catch (RuntimeException e) {
            attempts.addAll(batch);
            throw e;
        }
        for (SendAttempt attempt : batch) {
            busyChats.remove(attempt.chatKey());
            inFlight.remove(attempt.row().id());
        }
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
