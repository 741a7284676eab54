package vn.chibo.channel.inbound;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chibo.channel.Outbox;
import vn.chibo.channel.outbox.SerialWrites;
import vn.chibo.common.BotClockTime;
import vn.chibo.conversation.Conversation;
import vn.chibo.conversation.InboundMessage;
import vn.chibo.conversation.OutboundMessage;

/**
 * From platform update to queued replies, once: the update is recorded as handled in the same transaction
 * that queues its replies, so a redelivered update (a restart, a webhook retry) changes nothing. One chat's
 * updates are handled in order; different chats in parallel where the database allows.
 */
@Component
public class InboundPipeline {

    /** Enough that the chats of a batch's shares seldom share a lock. */
    private static final int STRIPES = 4096;

    private final Conversation conversation;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private static final Logger log = LoggerFactory.getLogger(InboundPipeline.class);

    private final TransactionTemplate transaction;
    private final SerialWrites writes;
    private final Clock clock;
    private final ExecutorService workers;
    private final MeterRegistry meters;
    private final ReentrantLock[] chatLocks = new ReentrantLock[STRIPES];
    private final int workerCount;
    private final ChatFloods floods;

    InboundPipeline(Conversation conversation, Outbox outbox, JdbcClient jdbc, TransactionTemplate transaction,
                    SerialWrites writes, Clock clock, InboundProperties properties, MeterRegistry meters) {
        this.meters = meters;
        this.writes = writes;
        this.conversation = conversation;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.workerCount = properties.workers();
        var named = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(properties.workers(),
                runnable -> new Thread(runnable, "inbound-" + named.incrementAndGet()));
        this.floods = new ChatFloods(properties.perChatPerMinute(), BotClockTime.of(clock));
        for (int i = 0; i < STRIPES; i++) {
            chatLocks[i] = new ReentrantLock();
        }
    }

    /**
     * Handles a batch and returns when every update in it is handled (so a poller may confirm the batch). The
     * batch's chats are shared out among the workers, a chat's updates all to one, in order; each worker handles
     * its share in one transaction, since a commit costs more than most updates. On SQLite, which takes one writer
     * at a time, one worker takes the whole batch.
     */
    public void handle(List<InboundUpdate> updates) {
        var byChat = new LinkedHashMap<String, List<Admitted>>();
        for (InboundUpdate update : updates) {
            InboundMessage message = ownChat(update.message());
            byChat.computeIfAbsent(update.message().chatId(), chat -> new ArrayList<>())
                    .add(new Admitted(update, message, floods.admit(message.channel() + ":" + message.chatId())));
        }
        int shares = writes.oneWriter() ? 1 : Math.min(workerCount, byChat.size());
        var shared = new ArrayList<List<Admitted>>();
        for (int i = 0; i < shares; i++) {
            shared.add(new ArrayList<>());
        }
        int next = 0;
        for (List<Admitted> chat : byChat.values()) {
            shared.get(next++ % shares).addAll(chat);
        }
        if (shares <= 1) {
            shared.forEach(this::handleTogether);
            return;
        }
        CompletableFuture.allOf(shared.stream()
                        .map(share -> CompletableFuture.runAsync(() -> handleTogether(share), workers))
                        .toArray(CompletableFuture[]::new))
                .join();
    }

    /** Handles one update; concurrent calls for the same chat take turns. */
    public void handleOne(InboundUpdate update) {
        InboundMessage message = ownChat(update.message());
        handleTogether(List.of(new Admitted(update, message, floods.admit(message.channel() + ":" + message.chatId()))));
    }

    /** An update with the chat it is answered in and what the flood limit decided for it. */
    private record Admitted(InboundUpdate update, InboundMessage message, ChatFloods.Verdict verdict) {
    }

    /**
     * Handles the updates in one transaction, their chats' locks held; should one of them fail, each again in a
     * transaction of its own, so that the others are answered and only that one's sender is told it failed.
     */
    private void handleTogether(List<Admitted> updates) {
        Timer.Sample handling = Timer.start(meters);
        // always taken in the same order, so that two batches sharing chats cannot wait for each other
        List<ReentrantLock> locks = updates.stream()
                .mapToInt(admitted -> Math.floorMod(admitted.message().chatId().hashCode(), STRIPES))
                .distinct().sorted().mapToObj(stripe -> chatLocks[stripe]).toList();
        locks.forEach(ReentrantLock::lock);
        try {
            if (updates.size() > 1) {
                try {
                    writes.run(() -> transaction.executeWithoutResult(status -> {
                        Set<String> fresh = firstTimes(updates);
                        updates.stream().filter(admitted -> fresh.remove(key(admitted.update()))).forEach(this::handleFirst);
                    }));
                    return;
                } catch (RuntimeException e) {
                    log.debug("A batch of {} updates failed; handling each alone", updates.size(), e);
                }
            }
            updates.forEach(this::handleAlone);
        } finally {
            locks.forEach(ReentrantLock::unlock);
            for (Admitted admitted : updates) {
                handling.stop(meters.timer("chibo.inbound.updates", "channel", admitted.message().channel().name()));
            }
        }
    }

    private void handleAlone(Admitted admitted) {
        try {
            writes.run(() -> transaction.executeWithoutResult(status -> firstTimeHandled(admitted)));
        } catch (RuntimeException e) {
            log.error("Handling {} update {} failed; the user is told and the update is not retried",
                    admitted.message().channel(), admitted.update().updateId(), e);
            writes.run(() -> transaction.executeWithoutResult(status -> {
                if (firstTime(admitted)) {
                    queue(admitted.update(), admitted.message(), List.of(conversation.failureReply(admitted.message())));
                }
            }));
        }
    }

    private void firstTimeHandled(Admitted admitted) {
        if (firstTime(admitted)) {
            handleFirst(admitted);
        }
    }

    private void handleFirst(Admitted admitted) {
        InboundUpdate update = admitted.update();
        InboundMessage message = admitted.message();
        switch (admitted.verdict()) {
            case HANDLE -> answer(update, message);
            case DROP_WITH_NOTICE -> queue(update, message, List.of(conversation.slowDown(message)));
            case DROP -> meters.counter("chibo.inbound.dropped", "channel", message.channel().name()).increment();
        }
    }

    /**
     * In a group the bot answers there only the group commands; any other command of its own gets one line there and
     * its answer in the sender's private chat; the rest of the group's talk is not for the bot.
     */
    private void answer(InboundUpdate update, InboundMessage message) {
        if (!message.inGroup()) {
            queue(update, message, conversation.handle(message));
            return;
        }
        switch (conversation.inGroup(message)) {
            case ANSWER_IN_GROUP -> queue(update, message, conversation.handle(message));
            case ANSWER_IN_PRIVATE -> {
                outbox.enqueue(message.channel(), message.chatId(), conversation.answeredInPrivate(message),
                        replyKeyPrefix(update) + "group");
                InboundMessage own = message.inPrivate();
                queue(update, own, conversation.handle(own));
            }
            case IGNORE -> log.debug("{} group {}: a message not for the bot", message.channel(), message.chatId());
        }
    }

    /**
     * A button pressed in a group is the presser's own answer (a reply to a meeting, a ballot, "read"): it is
     * handled as if pressed in their private chat, where its answer, any question that follows and a quiz it
     * starts then go, never to the group.
     */
    private static InboundMessage ownChat(InboundMessage message) {
        return message.buttonPayload() != null && message.inGroup() ? message.inPrivate() : message;
    }

    private void queue(InboundUpdate update, InboundMessage message, List<OutboundMessage> replies) {
        for (int i = 0; i < replies.size(); i++) {
            outbox.enqueue(message.channel(), message.chatId(), replies.get(i), replyKeyPrefix(update) + i);
        }
    }

    /** What the idempotency keys of an update's replies begin with, in the order they were queued. */
    public static String replyKeyPrefix(InboundUpdate update) {
        return "reply:" + update.message().channel() + ":" + update.updateId() + ":";
    }

    /**
     * Records the updates as handled in one statement, a round trip fewer per update; answers the keys of those
     * recorded now, each once (an update delivered again, or twice in the batch, is handled once).
     */
    private Set<String> firstTimes(List<Admitted> updates) {
        var values = new StringJoiner(", ");
        var params = new ArrayList<Object>();
        long now = clock.instant().toEpochMilli();
        for (Admitted admitted : updates) {
            values.add("(?, ?, ?)");
            params.add(admitted.update().message().channel().name());
            params.add(admitted.update().updateId());
            params.add(now);
        }
        return new HashSet<>(jdbc.sql("INSERT INTO processed_update (channel, update_id, processed_at) VALUES " + values
                        + " ON CONFLICT (channel, update_id) DO NOTHING RETURNING channel, update_id")
                .params(params)
                .query((rs, row) -> rs.getString(1) + ":" + rs.getString(2)).list());
    }

    private static String key(InboundUpdate update) {
        return update.message().channel().name() + ":" + update.updateId();
    }

    private boolean firstTime(Admitted admitted) {
        return !firstTimes(List.of(admitted)).isEmpty();
    }

    @PreDestroy
    void stop() {
        workers.shutdown();
    }
}
