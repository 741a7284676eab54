package vn.chibo.conversation;

import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open dialogs, one per user and chat, kept in the database so that a restart goes on where it was: the state's type
 * and its fields as JSON. A row whose type this release no longer has is an expired dialog.
 */
@Component
class DialogStore {

    private static final Logger log = LoggerFactory.getLogger(DialogStore.class);

    record OpenDialog(String command, Dialog dialog) {
    }

    private record StoredRow(String command, String type, String data, Long actingCellId) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DialogStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<OpenDialog> find(InboundMessage at, Instant notBefore) {
        return jdbc.sql("""
                        SELECT command, step, data, acting_cell_id FROM dialog_state
                        WHERE channel = ? AND chat_id = ? AND platform_user_id = ? AND updated_at >= ?""")
                .params(at.channel().name(), at.chatId(), at.platformUserId(), notBefore.toEpochMilli())
                .query((rs, row) -> {
                    long actingCell = rs.getLong("acting_cell_id");
                    return new StoredRow(rs.getString("command"), rs.getString("step"), rs.getString("data"),
                            rs.wasNull() ? null : actingCell);
                })
                .optional()
                .flatMap(stored -> state(stored.type(), stored.data())
                        .map(state -> new OpenDialog(stored.command(), new Dialog(state, stored.actingCellId()))));
    }

    void save(InboundMessage at, String command, Dialog dialog, Instant now) {
        clear(at);
        jdbc.sql("""
                        INSERT INTO dialog_state (channel, chat_id, platform_user_id, command, step, data, acting_cell_id,
                                                  updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(at.channel().name(), at.chatId(), at.platformUserId(), command,
                        dialog.state().getClass().getName(), json.writeValueAsString(dialog.state()),
                        dialog.actingCellId(), now.toEpochMilli())
                .update();
    }

    void clear(InboundMessage at) {
        jdbc.sql("DELETE FROM dialog_state WHERE channel = ? AND chat_id = ? AND platform_user_id = ?")
                .params(at.channel().name(), at.chatId(), at.platformUserId()).update();
    }

    private Optional<DialogState> state(String type, String data) {
        try {
            Class<?> stateType = ClassUtils.forName(type, DialogStore.class.getClassLoader());
            if (!DialogState.class.isAssignableFrom(stateType)) {
                return Optional.empty();
            }
            return Optional.of((DialogState) json.readValue(data, stateType));
        } catch (ClassNotFoundException | LinkageError | JacksonException e) {
            log.info("An open dialog of a type this release does not read ({}) is dropped: {}", type, e.toString());
            return Optional.empty();
        }
    }
}
