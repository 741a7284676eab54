package vn.chibo.support;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local Zalo ZNS ("ZBS Template Message") server and Zalo's OAuth server, speaking the protocol as Zalo's
 * developer documentation states it (developers.zalo.me "API Gửi tin" and "Sự kiện người dùng nhận tin qua SĐT",
 * as reproduced in public integrations; zalo.cloud's error code guide). The facts it enforces:
 * <ul>
 * <li>{@code POST /message/template} with header {@code access_token} (not Bearer) and JSON
 * {@code {phone, template_id, template_data, tracking_id}}: {@code phone} as 84…, {@code tracking_id} required, at
 * most 48 characters, no special characters; a parameter longer than its type allows is -1121, a missing one
 * -1122;</li>
 * <li>every answer is HTTP 200 with {@code error}: 0 and {@code data {msg_id, sent_time, sending_mode,
 * quota {dailyQuota, remainingQuota}}} (all strings), or a negative code and {@code message};</li>
 * <li>-124 the access token is invalid; -118 the number has no (or a disabled) Zalo account; -144 the OA's daily
 * quota is spent; -133 a send at night (22:00–06:00); -108 an invalid number; -32 more than 4,000 calls a
 * minute;</li>
 * <li>{@code GET /message/quota} answers {@code {error: 0, data: {dailyQuota, remainingQuota}}};</li>
 * <li>{@code POST /v4/oa/access_token} (form: {@code refresh_token, app_id, grant_type=refresh_token}, header
 * {@code secret_key}) answers a new pair {@code {access_token, refresh_token, expires_in}}; the refresh token used
 * dies;</li>
 * <li>a delivery receipt {@code user_received_message} carries {@code message {delivery_time, msg_id,
 * tracking_id}} and {@code X-ZEvent-Signature: mac=<sha256(appId + body + timestamp + secret key)>}.</li>
 * </ul>
 * Faults can be asked for: HTTP 500, a stall longer than the client's timeout (after which the message is not taken:
 * whether Zalo took a message whose answer never came cannot be known from its API), a token that dies, the night.
 * What breaks the protocol is recorded as a violation the tests assert empty.
 */
public final class FakeZns implements AutoCloseable {

    public static final String APP_ID = "1234567890123456789";
    public static final String SECRET_KEY = "zns-secret-key-for-tests";
    public static final String FIRST_REFRESH_TOKEN = "first-refresh-token";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern TRACKING_ID = Pattern.compile("[A-Za-z0-9_-]{1,48}");
    private static final Pattern PHONE = Pattern.compile("84\\d{9,10}");

    /** One message ZNS took. */
    public record Sent(String phone, String templateId, Map<String, String> data, String trackingId, String msgId) {
    }

    /** A fault to answer the next calls with. */
    public enum Fault { HTTP_500, STALL }

    private final HttpServer server;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final Set<String> withoutZalo = ConcurrentHashMap.newKeySet();
    private final Set<String> accessTokens = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final AtomicInteger refreshes = new AtomicInteger();
    private final AtomicInteger sendCalls = new AtomicInteger();
    private final AtomicLong nextMessage = new AtomicLong(1);
    private final AtomicInteger remaining;
    private final int dailyQuota;
    private final long stallMillis;
    private volatile String refreshToken = FIRST_REFRESH_TOKEN;
    private volatile boolean night;
    private final AtomicInteger nightRefusals = new AtomicInteger();

    /** @param stallMillis how long a {@link Fault#STALL} holds the answer (longer than the app's timeout) */
    public FakeZns(int dailyQuota, long stallMillis) {
        this.dailyQuota = dailyQuota;
        this.remaining = new AtomicInteger(dailyQuota);
        this.stallMillis = stallMillis;
        this.server = BotApiServers.start(this::handle, 16);
    }

    public String url() {
        return BotApiServers.url(server);
    }

    /** The app's settings that point ZNS here, with templates for the reminder and a changed meeting. */
    public List<String> settings() {
        return List.of("chibo.zns.app-id=" + APP_ID, "chibo.zns.secret-key=" + SECRET_KEY,
                "chibo.zns.refresh-token=" + FIRST_REFRESH_TOKEN, "chibo.zns.api-url=" + url(), "chibo.zns.oauth-url=" + url(),
                "chibo.zns.templates.reminder.id=tpl-reminder",
                "chibo.zns.templates.reminder.params.ten=member_name",
                "chibo.zns.templates.reminder.params.cuoc_hop=meeting_title",
                "chibo.zns.templates.reminder.params.thoi_gian=starts_at",
                "chibo.zns.templates.reminder.params.dia_diem=place",
                "chibo.zns.templates.reminder.params.lien_ket=answer_link",
                "chibo.zns.templates.meeting-changed.id=tpl-changed",
                "chibo.zns.templates.meeting-changed.params.ten=member_name",
                "chibo.zns.templates.meeting-changed.params.cuoc_hop=meeting_title",
                "chibo.zns.templates.meeting-changed.params.thoi_gian=starts_at");
    }

    /** A number (domestic form) with no Zalo account: ZNS answers -118. */
    public void withoutZalo(String phone) {
        withoutZalo.add("84" + phone.substring(1));
    }

    public void fail(Fault... next) {
        faults.addAll(List.of(next));
    }

    /** While it is night at Zalo, every send is refused with -133. */
    public void night(boolean isNight) {
        night = isNight;
    }

    public int nightRefusals() {
        return nightRefusals.get();
    }

    /** Every access token given so far stops working, as when Zalo revokes them. */
    public void revokeAccessTokens() {
        accessTokens.clear();
    }

    /** A new day at Zalo: the quota is whole again. */
    public void newDay() {
        remaining.set(dailyQuota);
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    public List<Sent> sentTo(String phone) {
        String international = "84" + phone.substring(1);
        return sent.stream().filter(message -> message.phone().equals(international)).toList();
    }

    public int refreshes() {
        return refreshes.get();
    }

    public int sendCalls() {
        return sendCalls.get();
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    /** The receipt Zalo posts when a message reached the phone: the body and its signature header. */
    public Receipt receipt(Sent message, long deliveredAtMillis) {
        String timestamp = String.valueOf(deliveredAtMillis + 5);
        ObjectNode body = NODES.objectNode();
        body.putObject("sender").put("id", "oa-1");
        body.putObject("recipient").put("id", message.phone());
        body.put("event_name", "user_received_message");
        ObjectNode inner = body.putObject("message");
        inner.put("delivery_time", String.valueOf(deliveredAtMillis));
        inner.put("msg_id", message.msgId());
        inner.put("tracking_id", message.trackingId());
        body.put("app_id", APP_ID);
        body.put("timestamp", timestamp);
        String raw = body.toString();
        return new Receipt(raw, "mac=" + sha256(APP_ID + raw + timestamp + SECRET_KEY));
    }

    public record Receipt(String body, String signature) {
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] raw = exchange.getRequestBody().readAllBytes();
            switch (path) {
                case "/v4/oa/access_token" -> refresh(exchange, new String(raw, StandardCharsets.UTF_8));
                case "/message/quota" -> quota(exchange);
                case "/message/template" -> template(exchange, raw);
                default -> {
                    violations.add("unknown path " + path);
                    BotApiServers.respond(exchange, 404, NODES.objectNode());
                }
            }
        }
    }

    private void refresh(HttpExchange exchange, String form) throws IOException {
        Map<String, String> fields = new HashMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        if (!"POST".equals(exchange.getRequestMethod()) || !SECRET_KEY.equals(exchange.getRequestHeaders().getFirst("secret_key"))
                || !APP_ID.equals(fields.get("app_id")) || !"refresh_token".equals(fields.get("grant_type"))) {
            violations.add("bad refresh request " + fields.keySet());
            BotApiServers.respond(exchange, 200, error(-14014, "invalid request"));
            return;
        }
        if (!refreshToken.equals(fields.get("refresh_token"))) {
            BotApiServers.respond(exchange, 200, error(-14002, "refresh token is invalid"));
            return;
        }
        int n = refreshes.incrementAndGet();
        String access = "access-" + n;
        refreshToken = "refresh-" + n;
        accessTokens.add(access);
        ObjectNode answer = NODES.objectNode();
        answer.put("access_token", access);
        answer.put("refresh_token", refreshToken);
        answer.put("expires_in", "90000");
        BotApiServers.respond(exchange, 200, answer);
    }

    private void quota(HttpExchange exchange) throws IOException {
        if (!accessTokens.contains(String.valueOf(exchange.getRequestHeaders().getFirst("access_token")))) {
            BotApiServers.respond(exchange, 200, error(-124, "Access token is invalid"));
            return;
        }
        ObjectNode answer = NODES.objectNode();
        answer.put("error", 0);
        answer.put("message", "Success");
        answer.putObject("data").put("dailyQuota", String.valueOf(dailyQuota)).put("remainingQuota", String.valueOf(remaining.get()));
        BotApiServers.respond(exchange, 200, answer);
    }

    private void template(HttpExchange exchange, byte[] raw) throws IOException {
        sendCalls.incrementAndGet();
        Fault fault = faults.poll();
        if (fault == Fault.STALL) {
            try {
                Thread.sleep(stallMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            BotApiServers.respond(exchange, 504, NODES.objectNode().put("message", "Gateway Timeout"));
            return;
        }
        if (fault == Fault.HTTP_500) {
            BotApiServers.respond(exchange, 500, NODES.objectNode().put("message", "Internal Server Error"));
            return;
        }
        if (!accessTokens.contains(String.valueOf(exchange.getRequestHeaders().getFirst("access_token")))) {
            BotApiServers.respond(exchange, 200, error(-124, "Access token is invalid"));
            return;
        }
        if (night) {
            nightRefusals.incrementAndGet();
            BotApiServers.respond(exchange, 200, error(-133, "Sending ZNS at night is not allowed"));
            return;
        }
        JsonNode body = JSON.readTree(raw);
        String phone = body.path("phone").asString("");
        String tracking = body.path("tracking_id").asString("");
        if (!TRACKING_ID.matcher(tracking).matches()) {
            violations.add("tracking_id " + tracking);
        }
        if (!body.path("template_data").isObject() || body.path("template_id").asString("").isEmpty()) {
            violations.add("template without id or data: " + body);
        }
        if (!PHONE.matcher(phone).matches()) {
            BotApiServers.respond(exchange, 200, error(-108, "Phone number is invalid"));
            return;
        }
        var data = new HashMap<String, String>();
        body.path("template_data").properties().forEach(entry -> data.put(entry.getKey(), entry.getValue().asString()));
        if (data.values().stream().anyMatch(value -> value.length() > 200)) {
            BotApiServers.respond(exchange, 200, error(-1121, "Parameter is longer than allowed"));
            return;
        }
        if (withoutZalo.contains(phone)) {
            BotApiServers.respond(exchange, 200, error(-118, "Zalo account does not exist or is disabled"));
            return;
        }
        if (remaining.get() <= 0) {
            violations.add("a send past the daily quota");
            BotApiServers.respond(exchange, 200, error(-144, "OA has exceeded the daily sending quota"));
            return;
        }
        int left = remaining.decrementAndGet();
        String msgId = "msg-" + nextMessage.getAndIncrement();
        sent.add(new Sent(phone, body.path("template_id").asString(), Map.copyOf(data), tracking, msgId));
        ObjectNode answer = NODES.objectNode();
        answer.put("error", 0);
        answer.put("message", "Success");
        ObjectNode out = answer.putObject("data");
        out.put("msg_id", msgId);
        out.put("sent_time", String.valueOf(System.currentTimeMillis()));
        out.put("sending_mode", "1");
        out.putObject("quota").put("dailyQuota", String.valueOf(dailyQuota)).put("remainingQuota", String.valueOf(left));
        BotApiServers.respond(exchange, 200, answer);
    }

    private static ObjectNode error(int code, String message) {
        ObjectNode answer = NODES.objectNode();
        answer.put("error", code);
        answer.put("message", message);
        return answer;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
