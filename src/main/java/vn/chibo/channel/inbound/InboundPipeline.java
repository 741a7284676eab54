package vn.chibo.channel.inbound;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
 * updates are handled in order; different chats in parallel.
 */
@Component
public class InboundPipeline {

    private static final int STRIPES = 256;

    private final Conversation conversation;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private static final Logger log = LoggerFactory.getLogger(InboundPipeline.class);

    private final TransactionTemplate transaction;
    private final SerialWrites writes;
    private final Clock clock;
    private final ExecutorService workers;
    private final MeterRegistry meters;
    private final Object[] chatLocks = new Object[STRIPES];
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
        this.workers = Executors.newFixedThreadPool(properties.workers());
        this.floods = new ChatFloods(properties.perChatPerMinute(), BotClockTime.of(clock));
        for (int i = 0; i < STRIPES; i++) {
            chatLocks[i] = new Object();
        }
    }

    /** Handles a batch and returns when every update in it is handled (so a poller may confirm the batch). */
    public void handle(List<InboundUpdate> updates) {
        var byChat = new LinkedHashMap<String, List<InboundUpdate>>();
        for (InboundUpdate update : updates) {
            byChat.computeIfAbsent(update.message().chatId(), chat -> new ArrayList<>()).add(update);
        }
        if (byChat.size() == 1) {
            byChat.values().iterator().next().forEach(this::handleOne);
            return;
        }
        CompletableFuture.allOf(byChat.values().stream()
                        .map(chatUpdates -> CompletableFuture.runAsync(() -> chatUpdates.forEach(this::handleOne), workers))
                        .toArray(CompletableFuture[]::new))
                .join();
    }

    /** Handles one update; concurrent calls for the same chat take turns. */
    public void handleOne(InboundUpdate update) {
        Timer.Sample handling = Timer.start(meters);
        try {
            handleInTurn(update);
        } finally {
            handling.stop(meters.timer("chibo.inbound.updates", "channel", update.message().channel().name()));
        }
    }

    private void handleInTurn(InboundUpdate update) {
        InboundMessage message = ownChat(update.message());
        ChatFloods.Verdict verdict = floods.admit(message.channel() + ":" + message.chatId());
        synchronized (chatLocks[Math.floorMod(message.chatId().hashCode(), STRIPES)]) {
            try {
                writes.run(() -> transaction.executeWithoutResult(status -> {
                    if (!firstTime(update)) {
                        return;
                    }
                    switch (verdict) {
                        case HANDLE -> answer(update, message);
                        case DROP_WITH_NOTICE -> queue(update, message, List.of(conversation.slowDown(message)));
                        case DROP -> meters.counter("chibo.inbound.dropped", "channel", message.channel().name()).increment();
                    }
                }));
            } catch (RuntimeException e) {
                log.error("Handling {} update {} failed; the user is told and the update is not retried",
                        message.channel(), update.updateId(), e);
                writes.run(() -> transaction.executeWithoutResult(status -> {
                    if (firstTime(update)) {
                        queue(update, message, List.of(conversation.failureReply(message)));
                    }
                }));
            }
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

    private boolean firstTime(InboundUpdate update) {
        return jdbc.sql("""
                        INSERT INTO processed_update (channel, update_id, processed_at) VALUES (?, ?, ?)
                        ON CONFLICT (channel, update_id) DO NOTHING""")
                .params(update.message().channel().name(), update.updateId(), clock.instant().toEpochMilli())
                .update() == 1;
    }

    @PreDestroy
    void stop() {
        workers.shutdown();
    }
}
