package vn.chibo.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local Zalo Bot Platform server, speaking the protocol of the platform's public documentation
 * (bot.zaloplatforms.com/docs, in Vietnamese, as quoted in public integrations up to "Stable v2.5.0", 10/2026).
 * The facts it enforces:
 * <ul>
 * <li>every method is {@code POST /bot<token>/<method>} with a JSON body; answers are {@code {"ok": true,
 * "result": …}} or {@code {"ok": false, "error_code": N, "description": "…"}}; a token has the form
 * {@code <bot_id>:<secret>};</li>
 * <li>{@code getUpdates} (long polling, {@code {"timeout": "30"}}, seconds as a string) answers at most one
 * update: {@code {"event_name": "message.text.received", "message": {…}}}; it does not work while a webhook is set;
 * updates carry no {@code update_id}, so they are told apart by {@code message_id};</li>
 * <li>a message has {@code message_id} (a string), {@code date} (epoch milliseconds), {@code text},
 * {@code from {id, display_name}}, {@code chat {id, chat_type: PRIVATE | GROUP}}; ids are opaque strings;</li>
 * <li>{@code sendMessage {chat_id, text}} takes 1 to 2000 characters; {@code sendPhoto {chat_id, photo, caption}}
 * takes the photo as a public URL (no upload) and a caption of 1 to 2000 characters; there are no inline keyboards,
 * polls or documents, so choices are typed replies;</li>
 * <li>{@code setWebhook {url, secret_token}} (a secret of 8 to 256 characters) makes each delivery carry the header
 * {@code X-Bot-Api-Secret-Token}; {@code deleteWebhook} and {@code getWebhookInfo} take no parameters;</li>
 * <li>in a group the bot sees only @mentions and replies to its own messages (groups are in beta);</li>
 * <li>rate limits are not published: the app keeps its own as settings and backs off on an error answer.</li>
 * </ul>
 * A field a method does not take, or a text out of bounds, is recorded as a violation the tests assert empty.
 */
public final class FakeZalo implements AutoCloseable {

    public static final String TOKEN = "987654:zalo-test-secret";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<String, Set<String>> METHODS = Map.of(
            "getUpdates", Set.of("timeout"),
            "sendMessage", Set.of("chat_id", "text"),
            "sendPhoto", Set.of("chat_id", "photo", "caption"),
            "setWebhook", Set.of("url", "secret_token"),
            "deleteWebhook", Set.of(),
            "getWebhookInfo", Set.of(),
            "getMe", Set.of());

    public record Call(String method, JsonNode body) {
        public String chatId() {
            return body.path("chat_id").asString(null);
        }

        public String text() {
            return body.has("text") ? body.get("text").asString() : body.path("caption").asString(null);
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final LinkedBlockingQueue<JsonNode> updates = new LinkedBlockingQueue<>();
    private final Set<String> blocked = ConcurrentHashMap.newKeySet();
    private final AtomicLong nextMessageId = new AtomicLong(1);

    public FakeZalo() {
        server = BotApiServers.start(this::handle, 16);
    }

    public String url() {
        return BotApiServers.url(server);
    }

    public String[] settings(String... more) {
        var all = new ArrayList<>(List.of("chibo.zalo.token=" + TOKEN, "chibo.zalo.api-url=" + url(),
                "chibo.zalo.poll-timeout=1s"));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /** Queues a text from a user (private chat: the chat id is the user id); answers its message id. */
    public String userSends(String userId, String text) {
        String messageId = "m" + nextMessageId.incrementAndGet();
        updates.add(textUpdate(messageId, userId, text));
        return messageId;
    }

    /** A user writes in a group the bot is in (the platform's group chats, in beta in 2026). */
    public String userSendsInGroup(String userId, String groupId, String text) {
        String messageId = "m" + nextMessageId.incrementAndGet();
        ObjectNode update = textUpdate(messageId, userId, text);
        ((ObjectNode) update.get("message")).putObject("chat").put("id", groupId).put("chat_type", "GROUP");
        updates.add(update);
        return messageId;
    }

    /** The same message delivered a second time. */
    public void redeliver(String messageId, String userId, String text) {
        updates.add(textUpdate(messageId, userId, text));
    }

    public static ObjectNode textUpdate(String messageId, String userId, String text) {
        ObjectNode update = NODES.objectNode();
        update.put("event_name", "message.text.received");
        ObjectNode message = update.putObject("message");
        message.put("message_id", messageId);
        message.put("date", System.currentTimeMillis());
        message.put("text", text);
        message.putObject("from").put("id", userId).put("display_name", "Zalo " + userId);
        message.putObject("chat").put("id", userId).put("chat_type", "PRIVATE");
        return update;
    }

    public void block(String chatId) {
        blocked.add(chatId);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    public List<Call> sentTo(String chatId) {
        return calls.stream().filter(c -> c.method().startsWith("send") && chatId.equals(c.chatId())).toList();
    }

    public List<Call> awaitSentTo(String chatId, int count) {
        Await.until(count + " Zalo message(s) to " + chatId, () -> sentTo(chatId).size() >= count);
        return sentTo(chatId);
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            // the path as sent: the platform takes the token with its ':' as it is, not percent-encoded
            String path = exchange.getRequestURI().getRawPath();
            String prefix = "/bot" + TOKEN + "/";
            if (!path.startsWith(prefix) && path.startsWith("/bot")) {
                violations.add("the token in " + path + " is not as the platform issued it");
            }
            if (!path.startsWith(prefix) || !"POST".equals(exchange.getRequestMethod())) {
                BotApiServers.respond(exchange, 404, BotApiServers.error(404, "Not found"));
                return;
            }
            String method = path.substring(prefix.length());
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? NODES.objectNode() : JSON.readTree(raw);
            Set<String> fields = METHODS.get(method);
            if (fields == null) {
                violations.add("unknown method " + method);
                BotApiServers.respond(exchange, 404, BotApiServers.error(404, "Method not found"));
                return;
            }
            body.properties().forEach(e -> {
                if (!fields.contains(e.getKey())) {
                    violations.add(method + " has no field " + e.getKey());
                }
            });
            if (method.equals("getUpdates")) {
                BotApiServers.respond(exchange, 200, poll());
                return;
            }
            if (method.startsWith("send")) {
                String chatId = body.path("chat_id").asString("");
                String text = body.has("text") ? body.get("text").asString() : body.path("caption").asString("");
                if (method.equals("sendMessage") && (text.isEmpty() || text.length() > 2000)) {
                    violations.add("sendMessage text has " + text.length() + " characters, not 1-2000");
                }
                if (method.equals("sendPhoto") && !body.path("photo").asString("").startsWith("http")) {
                    violations.add("sendPhoto photo is not a URL");
                }
                if (blocked.contains(chatId)) {
                    BotApiServers.respond(exchange, 403, BotApiServers.error(403, "User has blocked the bot"));
                    return;
                }
            }
            calls.add(new Call(method, body));
            ObjectNode answer = NODES.objectNode();
            answer.put("ok", true);
            if (method.startsWith("send")) {
                answer.putObject("result").put("message_id", "b" + nextMessageId.incrementAndGet());
            } else {
                answer.put("result", true);
            }
            BotApiServers.respond(exchange, 200, answer);
        }
    }

    private JsonNode poll() {
        try {
            JsonNode update = updates.poll(300, TimeUnit.MILLISECONDS);
            if (update == null) {
                return BotApiServers.error(408, "Request timeout");
            }
            ObjectNode answer = NODES.objectNode();
            answer.put("ok", true);
            answer.set("result", update);
            return answer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return BotApiServers.error(408, "Request timeout");
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
