package vn.chibo.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One browser of the web chat: its own cookies (the server's chat id among them), sending text and pressing
 * buttons over HTTP.
 */
public final class WebChatUser {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RunningApp app;
    private final CookieManager cookies;
    private final HttpClient http;
    private final String language;
    private long lastPushed;
    /** Replies already answered to a request; the inbox holds them too, and a browser shows each once. */
    private final Set<Long> answered = new HashSet<>();

    private WebChatUser(RunningApp app, CookieManager cookies, String language) {
        this.app = app;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
        this.language = language;
    }

    public WebChatUser(RunningApp app, String language) {
        this(app, new CookieManager(), language);
    }

    /** The same browser (its cookies), talking to another run of the app. */
    public WebChatUser on(RunningApp other) {
        return new WebChatUser(other, cookies, language);
    }

    /** The chat id the server gave this browser in its HttpOnly cookie; empty before the first request. */
    public Optional<HttpCookie> chatCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("chibo_chat")).findFirst();
    }

    public WebChatUser(RunningApp app) {
        this(app, "vi");
    }

    /** A reply; {@code fileUrl} (with its name and kind, PHOTO or DOCUMENT) when a file came with it. */
    public record Reply(String text, List<String> buttonLabels, List<String> buttonPayloads, String fileName,
                        String fileKind, String fileUrl) {
    }

    public List<Reply> say(String text) {
        return exchange("/api/chat/messages", Map.of("text", text, "language", language));
    }

    public List<Reply> press(String payload) {
        return exchange("/api/chat/messages", Map.of("payload", payload, "language", language));
    }

    public List<Reply> actAsDemoMember(long memberId) {
        return exchange("/api/chat/demo-login", Map.of("memberId", memberId, "language", language));
    }

    /** Messages pushed to this browser (announcements, reminders) that it has not fetched yet. */
    public List<String> inbox() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/chat/inbox?after=" + lastPushed)).GET());
        var texts = new ArrayList<String>();
        for (JsonNode message : JSON.readTree(response.body()).get("messages")) {
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
        Await.until("a message pushed to web chat", () -> received.addAll(inbox()) && !received.isEmpty());
        return String.join("\n", received);
    }

    /** Waits until the messages pushed since the last look hold {@code text}; answers them all, joined. */
    public String awaitPushedContaining(String text) {
        var received = new StringBuilder();
        Await.until("a pushed message with " + text + " in web chat", () -> {
            inbox().forEach(message -> received.append(message).append('\n'));
            return received.toString().contains(text);
        });
        return received.toString();
    }

    /** The text of all replies to one message, joined, for assertions that do not care how it was split. */
    public String sayText(String text) {
        return String.join("\n", say(text).stream().map(Reply::text).toList());
    }

    /** A request as the page would send it, with this browser's cookies; the answer's body as it came. */
    public String postRaw(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))).body();
    }

    private List<Reply> exchange(String path, Map<String, Object> body) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
        if (response.statusCode() != 200) {
            throw new AssertionError("Web chat answered " + response.statusCode() + ": " + response.body());
        }
        var replies = new ArrayList<Reply>();
        for (JsonNode reply : JSON.readTree(response.body()).get("replies")) {
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

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
