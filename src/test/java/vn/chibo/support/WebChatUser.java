package vn.chibo.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One browser of the web chat: its own chat id, sending text and pressing buttons over HTTP. */
public final class WebChatUser {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RunningApp app;
    private final String chatId;
    private final String language;
    private long lastPushed;
    /** Replies already answered to a request; the inbox holds them too, and a browser shows each once. */
    private final Set<Long> answered = new HashSet<>();

    private WebChatUser(RunningApp app, String chatId, String language) {
        this.app = app;
        this.chatId = chatId;
        this.language = language;
    }

    public WebChatUser(RunningApp app, String language) {
        this(app, UUID.randomUUID().toString().replace("-", ""), language);
    }

    /** The same browser, talking to another run of the app. */
    public WebChatUser on(RunningApp other) {
        return new WebChatUser(other, chatId, language);
    }

    public WebChatUser(RunningApp app) {
        this(app, "vi");
    }

    /** A reply; {@code fileUrl} (with its name and kind, PHOTO or DOCUMENT) when a file came with it. */
    public record Reply(String text, List<String> buttonLabels, List<String> buttonPayloads, String fileName,
                        String fileKind, String fileUrl) {
    }

    public List<Reply> say(String text) {
        return exchange("/api/chat/messages", Map.of("chatId", chatId, "text", text, "language", language));
    }

    public List<Reply> press(String payload) {
        return exchange("/api/chat/messages", Map.of("chatId", chatId, "payload", payload, "language", language));
    }

    public List<Reply> actAsDemoMember(long memberId) {
        return exchange("/api/chat/demo-login", Map.of("chatId", chatId, "memberId", memberId, "language", language));
    }

    /** Messages pushed to this browser (announcements, reminders) that it has not fetched yet. */
    public List<String> inbox() {
        RunningApp.Response response = app.get("/api/chat/inbox?chatId=" + chatId + "&after=" + lastPushed);
        var texts = new ArrayList<String>();
        for (JsonNode message : response.json().get("messages")) {
            lastPushed = message.get("id").asLong();
            if (!answered.contains(lastPushed)) {
                texts.add(message.get("text").asString());
            }
        }
        return texts;
    }

    /** Waits for the next pushed message; the outbox sends within its poll interval. */
    public String awaitPushed() {
        var received = new ArrayList<String>();
        Await.until("a message pushed to web chat " + chatId, () -> received.addAll(inbox()) && !received.isEmpty());
        return String.join("\n", received);
    }

    /** Waits until the messages pushed since the last look hold {@code text}; answers them all, joined. */
    public String awaitPushedContaining(String text) {
        var received = new StringBuilder();
        Await.until("a pushed message with " + text + " in web chat " + chatId, () -> {
            inbox().forEach(message -> received.append(message).append('\n'));
            return received.toString().contains(text);
        });
        return received.toString();
    }

    /** The text of all replies to one message, joined, for assertions that do not care how it was split. */
    public String sayText(String text) {
        return String.join("\n", say(text).stream().map(Reply::text).toList());
    }

    private List<Reply> exchange(String path, Map<String, Object> body) {
        RunningApp.Response response = app.post(path, "application/json", JSON.writeValueAsString(body));
        if (response.status() != 200) {
            throw new AssertionError("Web chat answered " + response.status() + ": " + response.body());
        }
        var replies = new ArrayList<Reply>();
        for (JsonNode reply : response.json().get("replies")) {
            answered.add(reply.get("id").asLong());
            var labels = new ArrayList<String>();
            var payloads = new ArrayList<String>();
            for (JsonNode row : reply.get("buttons")) {
                for (JsonNode button : row) {
                    labels.add(button.get("label").asString());
                    payloads.add(button.get("payload").asString());
                }
            }
            JsonNode file = reply.get("file");
            boolean hasFile = file != null && !file.isNull();
            replies.add(new Reply(reply.get("text").asString(), labels, payloads,
                    hasFile ? file.get("name").asString() : null, hasFile ? file.get("kind").asString() : null,
                    hasFile ? file.get("url").asString() : null));
        }
        return replies;
    }
}
