package vn.chibo.channel.webchat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.channel.outbox.ChannelLimits;
import vn.chibo.channel.outbox.ChannelSender;
import vn.chibo.channel.outbox.SendResult;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.ChatChannel;

/**
 * The web chat's side of the outbox: every message to a browser, a reply or a reminder, waits in its inbox
 * until the page fetches it. The request that caused a reply waits for it here and answers with it.
 */
@Component
class WebChatInbox implements ChannelSender {

    record Pushed(long id, OutboundMessage message) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Object delivered = new Object();

    WebChatInbox(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public ChatChannel channel() {
        return ChatChannel.WEB;
    }

    @Override
    public boolean isGroupChat(String chatId) {
        return false;
    }

    /** Nothing on the far side to protect; a browser reads its inbox at its own pace. */
    @Override
    public ChannelLimits limits() {
        return new ChannelLimits(10_000, 1_000, 1_000);
    }

    @Override
    public SendResult send(String chatId, OutboundMessage message) {
        return send(0, chatId, message);
    }

    @Override
    public SendResult send(long outboxId, String chatId, OutboundMessage message) {
        jdbc.sql("INSERT INTO web_chat_inbox (chat_id, payload, created_at, outbox_id) VALUES (?, ?, ?, ?)")
                .params(chatId, json.writeValueAsString(message), clock.instant().toEpochMilli(), outboxId).update();
        synchronized (delivered) {
            delivered.notifyAll();
        }
        return new SendResult.Sent();
    }

    List<Pushed> after(String chatId, long afterId) {
        return jdbc.sql("SELECT id, payload FROM web_chat_inbox WHERE chat_id = ? AND id > ? ORDER BY id LIMIT 100")
                .params(chatId, afterId)
                .query(this::pushed)
                .list();
    }

    /**
     * The messages queued under keys that begin with {@code keyPrefix} (one update's replies), once the outbox
     * has put all of them in the inbox, or as many as arrived within {@code patience}; the page's next look
     * at its inbox brings any that come later.
     */
    List<Pushed> awaitQueuedAs(String chatId, String keyPrefix, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        // the keys from keyPrefix up to just past it, as a range the unique index on the key answers
        String upTo = keyPrefix.substring(0, keyPrefix.length() - 1) + (char) (keyPrefix.charAt(keyPrefix.length() - 1) + 1);
        while (true) {
            var replies = jdbc.sql("""
                            SELECT i.id, i.payload FROM outbox_message o JOIN web_chat_inbox i ON i.outbox_id = o.id
                            WHERE o.idempotency_key >= ? AND o.idempotency_key < ? AND o.channel = 'WEB' AND o.chat_id = ?
                            ORDER BY i.id""")
                    .params(keyPrefix, upTo, chatId)
                    .query(this::pushed)
                    .list();
            int undelivered = jdbc.sql("""
                            SELECT COUNT(*) FROM outbox_message
                            WHERE idempotency_key >= ? AND idempotency_key < ? AND channel = 'WEB' AND chat_id = ?
                              AND state <> 'FAILED'""")
                    .params(keyPrefix, upTo, chatId)
                    .query(Integer.class).single() - replies.size();
            boolean waiting = undelivered > 0;
            long left = deadline - System.nanoTime();
            if (!waiting || left <= 0) {
                return replies;
            }
            synchronized (delivered) {
                delivered.wait(Math.max(1, Math.min(Duration.ofNanos(left).toMillis(), 50)));
            }
        }
    }

    private Pushed pushed(ResultSet rs, int row) throws SQLException {
        return new Pushed(rs.getLong("id"), json.readValue(rs.getString("payload"), OutboundMessage.class));
    }
}
