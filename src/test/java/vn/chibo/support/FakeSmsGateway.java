package vn.chibo.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local SMS Gateway for Android (capcom6/android-sms-gateway, Apache-2.0), speaking its documented API
 * (docs.sms-gate.app: getting-started/local-server, features/sending-messages, features/webhooks). The facts it
 * enforces:
 * <ul>
 * <li>Basic auth on every call (user {@code sms} and the password the app shows in local mode);</li>
 * <li>{@code POST /messages} (≡ {@code /message}) {@code {id?, textMessage {text}, phoneNumbers [E.164],
 * withDeliveryReport?}} answers 202 with the message's {@code id}, {@code state: Pending} and its recipients; a
 * number not in E.164 is 400;</li>
 * <li>{@code POST /webhooks {url, event}} registers one event per webhook; a webhook's body is {@code {deviceId,
 * event, id, webhookId, payload}}, {@code sms:received} carrying {@code {messageId, message, sender, recipient,
 * simNumber, receivedAt}}; it is signed: {@code X-Signature} = hex HMAC-SHA256(key, raw body + {@code X-Timestamp})
 * with {@code X-Timestamp} in Unix seconds;</li>
 * <li>Android lets an app send 30 SMS in 30 minutes before it asks the user; a send past that is a violation; a
 * part holds 160 GSM-7 or 70 UCS-2 characters (153 and 67 when joined), and a text of more than two parts is
 * recorded as a violation of the bot's own promise.</li>
 * </ul>
 */
public final class FakeSmsGateway implements AutoCloseable {

    public static final String USER = "sms";
    public static final String PASSWORD = "Xk3pQ9aZ";
    public static final String WEBHOOK_SECRET = "sms-webhook-secret-for-tests";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern E164 = Pattern.compile("\\+\\d{8,15}");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public record Sms(String id, String phone, String text) {
    }

    private final HttpServer server;
    private final List<Sms> sent = new CopyOnWriteArrayList<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final Map<String, String> webhooks = new ConcurrentHashMap<>();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedDeque<Long> sendTimes = new ConcurrentLinkedDeque<>();
    private final ConcurrentLinkedQueue<Integer> failures = new ConcurrentLinkedQueue<>();
    private final AtomicLong nextId = new AtomicLong(1);
    private final Clock clock;

    /** @param clock the app's clock, whose time the webhooks are signed with */
    public FakeSmsGateway(Clock clock) {
        this.clock = clock;
        this.server = BotApiServers.start(this::handle, 8);
    }

    public String url() {
        return BotApiServers.url(server);
    }

    /** The app's settings that point SMS here, at a pace a test can wait for. */
    public List<String> settings() {
        return List.of("chibo.sms.gateway-url=" + url(), "chibo.sms.username=" + USER, "chibo.sms.password=" + PASSWORD,
                "chibo.sms.webhook-secret=" + WEBHOOK_SECRET, "chibo.sms.every=50ms");
    }

    /** A number (domestic form) the phone cannot send to: the gateway answers 400 for it. */
    public void refuse(String phone) {
        refused.add("+84" + phone.substring(1));
    }

    /** The next sends fail with these HTTP statuses. */
    public void fail(Integer... statuses) {
        failures.addAll(List.of(statuses));
    }

    public List<Sms> sent() {
        return List.copyOf(sent);
    }

    public List<Sms> sentTo(String phone) {
        String international = "+84" + phone.substring(1);
        return sent.stream().filter(sms -> sms.phone().equals(international)).toList();
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    public Map<String, String> webhooks() {
        return Map.copyOf(webhooks);
    }

    /** A member's phone sends an SMS to the office's phone: the gateway posts it, signed, to the app's webhook. */
    public int receive(String fromPhone, String text) {
        return post(received(fromPhone, text, "evt-" + nextId.getAndIncrement()), clock.instant().getEpochSecond(), WEBHOOK_SECRET);
    }

    /** The body of an sms:received webhook. */
    public String received(String fromPhone, String text, String eventId) {
        ObjectNode body = NODES.objectNode();
        body.put("deviceId", "device-1");
        body.put("event", "sms:received");
        body.put("id", eventId);
        body.put("webhookId", "hook-received");
        ObjectNode payload = body.putObject("payload");
        payload.put("messageId", "in-" + eventId);
        payload.put("message", text);
        payload.put("sender", "+84" + fromPhone.substring(1));
        payload.put("phoneNumber", "+84" + fromPhone.substring(1));
        payload.put("recipient", "+84900000000");
        payload.put("simNumber", 1);
        payload.put("receivedAt", clock.instant().toString());
        return body.toString();
    }

    /** Posts a webhook body to the app as the gateway would, signed with {@code key} at {@code timestampSeconds}. */
    public int post(String body, long timestampSeconds, String key) {
        String url = webhooks.get("sms:received");
        if (url == null) {
            throw new AssertionError("the app registered no sms:received webhook");
        }
        String timestamp = String.valueOf(timestampSeconds);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json")
                    .header("X-Timestamp", timestamp)
                    .header("X-Signature", sign(key, body + timestamp))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String sign(String key, String text) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String expected = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                BotApiServers.respond(exchange, 401, NODES.objectNode().put("message", "Unauthorized"));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            switch (path) {
                case "/messages", "/message" -> send(exchange, body);
                case "/webhooks", "/webhook" -> {
                    webhooks.put(body.path("event").asString(""), body.path("url").asString(""));
                    BotApiServers.respond(exchange, 201, NODES.objectNode().put("id", "hook-" + body.path("event").asString("")));
                }
                default -> {
                    violations.add("unknown path " + path);
                    BotApiServers.respond(exchange, 404, NODES.objectNode());
                }
            }
        }
    }

    private void send(HttpExchange exchange, JsonNode body) throws IOException {
        Integer failure = failures.poll();
        if (failure != null) {
            BotApiServers.respond(exchange, failure, NODES.objectNode().put("message", "failure asked for by the test"));
            return;
        }
        String text = body.path("textMessage").path("text").asString(body.path("message").asString(""));
        JsonNode numbers = body.path("phoneNumbers");
        if (text.isEmpty() || !numbers.isArray() || numbers.isEmpty()) {
            BotApiServers.respond(exchange, 400, NODES.objectNode().put("message", "text and phoneNumbers are required"));
            return;
        }
        String phone = numbers.get(0).asString("");
        if (!E164.matcher(phone).matches() || refused.contains(phone)) {
            BotApiServers.respond(exchange, 400, NODES.objectNode().put("message", "invalid phone number " + phone));
            return;
        }
        long now = System.nanoTime();
        sendTimes.addLast(now);
        while (!sendTimes.isEmpty() && now - sendTimes.peekFirst() > 30L * 60 * 1_000_000_000L) {
            sendTimes.pollFirst();
        }
        if (sendTimes.size() > 30) {
            violations.add("more than 30 SMS in 30 minutes: Android would stop and ask");
        }
        if (parts(text) > 2) {
            violations.add("an SMS of " + parts(text) + " parts: " + text);
        }
        String id = body.path("id").asString("gw-" + nextId.getAndIncrement());
        sent.add(new Sms(id, phone, text));
        ObjectNode answer = NODES.objectNode();
        answer.put("id", id);
        answer.put("deviceId", "device-1");
        answer.put("state", "Pending");
        answer.put("isHashed", false);
        answer.put("isEncrypted", false);
        answer.putArray("recipients").addObject().put("phoneNumber", phone).put("state", "Pending");
        BotApiServers.respond(exchange, 202, answer);
    }

    /** SMS parts of a text: GSM-7 when every character is plain ASCII, else UCS-2. */
    public static int parts(String text) {
        boolean plain = text.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7F));
        int one = plain ? 160 : 70;
        int each = plain ? 153 : 67;
        return text.length() <= one ? 1 : (text.length() + each - 1) / each;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
