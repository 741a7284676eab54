package vn.chibo.channel.telegram;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Telegram carries 1 to 64 bytes of callback data per button. Payloads that fit travel as they are; longer
 * ones (and any that could be mistaken for a key) are kept here and travel as "k:&lt;id&gt;".
 */
@Component
class CallbackPayloads {

    static final int MAX_BYTES = 64;
    private static final String KEY_PREFIX = "k:";

    private final JdbcClient jdbc;
    private final Clock clock;

    CallbackPayloads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String toCallbackData(String payload) {
        if (!payload.isEmpty() && !payload.startsWith(KEY_PREFIX)
                && payload.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return payload;
        }
        long id = jdbc.sql("INSERT INTO callback_payload (payload, created_at) VALUES (?, ?) RETURNING id")
                .params(payload, clock.instant().toEpochMilli()).query(Long.class).single();
        return KEY_PREFIX + id;
    }

    Optional<String> fromCallbackData(String data) {
        if (data == null) {
            return Optional.empty();
        }
        if (!data.startsWith(KEY_PREFIX)) {
            return Optional.of(data);
        }
        try {
            long id = Long.parseLong(data.substring(KEY_PREFIX.length()));
            return jdbc.sql("SELECT payload FROM callback_payload WHERE id = ?").param(id).query(String.class).optional();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
