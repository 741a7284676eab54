package vn.chibo.channel.webchat;

import java.time.Clock;
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
 * The web chat's side of the outbox: messages pushed to a browser (an announcement, a reminder) wait in its
 * inbox until the page fetches them. Replies to what the browser sent come back in the same request instead.
 */
@Component
class WebChatInbox implements ChannelSender {

    record Pushed(long id, OutboundMessage message) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

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
        jdbc.sql("INSERT INTO web_chat_inbox (chat_id, payload, created_at) VALUES (?, ?, ?)")
                .params(chatId, json.writeValueAsString(message), clock.instant().toEpochMilli()).update();
        return new SendResult.Sent();
    }

    List<Pushed> after(String chatId, long afterId) {
        return jdbc.sql("SELECT id, payload FROM web_chat_inbox WHERE chat_id = ? AND id > ? ORDER BY id LIMIT 100")
                .params(chatId, afterId)
                .query((rs, n) -> new Pushed(rs.getLong("id"), json.readValue(rs.getString("payload"), OutboundMessage.class)))
                .list();
    }
}
