package vn.chibo.conversation;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Open dialogs, one per user and chat, kept in the database so that a restart goes on where it was. */
@Repository
class DialogStore {

    private static final TypeReference<Map<String, String>> DATA = new TypeReference<>() {
    };

    record OpenDialog(String command, Dialog dialog) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DialogStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<OpenDialog> find(InboundMessage at, Instant notBefore) {
        return jdbc.sql("""
                        SELECT command, step, data FROM dialog_state
                        WHERE channel = ? AND chat_id = ? AND platform_user_id = ? AND updated_at >= ?""")
                .params(at.channel().name(), at.chatId(), at.platformUserId(), notBefore.toEpochMilli())
                .query((rs, row) -> new OpenDialog(rs.getString("command"),
                        new Dialog(rs.getString("step"), json.readValue(rs.getString("data"), DATA))))
                .optional();
    }

    void save(InboundMessage at, String command, Dialog dialog, Instant now) {
        clear(at);
        jdbc.sql("""
                        INSERT INTO dialog_state (channel, chat_id, platform_user_id, command, step, data, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(at.channel().name(), at.chatId(), at.platformUserId(), command, dialog.step(),
                        json.writeValueAsString(dialog.data()), now.toEpochMilli())
                .update();
    }

    void clear(InboundMessage at) {
        jdbc.sql("DELETE FROM dialog_state WHERE channel = ? AND chat_id = ? AND platform_user_id = ?")
                .params(at.channel().name(), at.chatId(), at.platformUserId()).update();
    }
}
