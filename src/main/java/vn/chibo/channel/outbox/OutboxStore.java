package vn.chibo.channel.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chibo.organization.ChatChannel;

/** Outbox rows: one platform message each, PENDING until SENT or FAILED. */
@Component
public class OutboxStore {

    public record Row(long id, ChatChannel channel, String chatId, String idempotencyKey, String payload, int attempts,
                      Instant nextAttempt) {
    }

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A receipt said the message reached the phone; answers false for an id that is not an outbox message. */
    public boolean markDelivered(long id, Instant at) {
        return jdbc.sql("UPDATE outbox_message SET delivered_at = COALESCE(delivered_at, ?) WHERE id = ?")
                .params(at.toEpochMilli(), id).update() == 1;
    }

    /** The new message's id; empty when a message with this key was queued before: the same key never yields a second. */
    public OptionalLong insert(ChatChannel channel, String chatId, String idempotencyKey, String payload, Instant now) {
        return jdbc.sql("""
                        INSERT INTO outbox_message (channel, chat_id, idempotency_key, payload, state, attempts,
                                                    next_attempt_at, created_at)
                        VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?)
                        ON CONFLICT (idempotency_key) DO NOTHING RETURNING id""")
                .params(channel.name(), chatId, idempotencyKey, payload, now.toEpochMilli(), now.toEpochMilli())
                .query(Long.class).optional().map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /**
     * The next pending message of each chat of these channels, the chats in the order their next message was queued:
     * a chat's messages go one after another anyway, so a chat with a thousand waiting takes one place here, not a
     * thousand, and another chat's first message is never behind them. A channel that is switched off keeps its
     * messages without holding up the others.
     */
    List<Row> pending(Collection<ChatChannel> channels, int limit) {
        return jdbc.sql("""
                        SELECT o.id, o.channel, o.chat_id, o.idempotency_key, o.payload, o.attempts, o.next_attempt_at FROM outbox_message o
                        JOIN (SELECT MIN(id) AS id FROM outbox_message WHERE state = 'PENDING' AND channel IN (:channels)
                              GROUP BY channel, chat_id ORDER BY MIN(id) LIMIT :limit) head ON head.id = o.id
                        ORDER BY o.id""")
                .param("channels", channels.stream().map(Enum::name).toList())
                .param("limit", limit)
                .query(OutboxStore::row)
                .list();
    }

    /**
     * The oldest pending messages of one phone route, in queue order. A number seldom has two waiting, so this reads
     * the queue's head directly rather than each chat's head; the dispatcher still sends a number's messages one
     * after another, holding back any behind one it cannot send.
     */
    List<Row> pendingInOrder(ChatChannel channel, int limit) {
        return jdbc.sql("""
                        SELECT id, channel, chat_id, idempotency_key, payload, attempts, next_attempt_at FROM outbox_message
                        WHERE state = 'PENDING' AND channel = ? ORDER BY id LIMIT ?""")
                .params(channel.name(), limit)
                .query(OutboxStore::row)
                .list();
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        return new Row(rs.getLong("id"), ChatChannel.valueOf(rs.getString("channel")), rs.getString("chat_id"),
                rs.getString("idempotency_key"), rs.getString("payload"), rs.getInt("attempts"),
                Instant.ofEpochMilli(rs.getLong("next_attempt_at")));
    }

    void markSent(long id, Instant now) {
        jdbc.sql("UPDATE outbox_message SET state = 'SENT', attempts = attempts + 1, sent_at = ? WHERE id = ?")
                .params(now.toEpochMilli(), id).update();
    }

    void markRetry(long id, Instant nextAttempt, String error) {
        jdbc.sql("""
                        UPDATE outbox_message SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?
                        WHERE id = ?""")
                .params(nextAttempt.toEpochMilli(), truncate(error), id).update();
    }

    void markFailed(long id, String error) {
        jdbc.sql("UPDATE outbox_message SET state = 'FAILED', attempts = attempts + 1, last_error = ? WHERE id = ?")
                .params(truncate(error), id).update();
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    }
}
