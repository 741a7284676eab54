package vn.chibo.channel.zns;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.channel.inbound.WebhookDeliveries;
import vn.chibo.channel.outbox.OutboxStore;

/**
 * Zalo's delivery receipts ({@code user_received_message}) for ZNS messages: the signature checked, the message
 * found by the {@code tracking_id} we sent (its outbox id) and marked delivered at Zalo's {@code delivery_time}.
 * A receipt Zalo sends again changes nothing.
 */
@RestController
class ZnsWebhook {

    static final String PATH = "/zns/webhook";

    private static final Logger log = LoggerFactory.getLogger(ZnsWebhook.class);

    private final ZnsProperties properties;
    private final OutboxStore store;
    private final JsonMapper json = JsonMapper.builder().build();

    ZnsWebhook(ZnsProperties properties, OutboxStore store) {
        this.properties = properties;
        this.store = store;
    }

    @PostMapping(PATH)
    ResponseEntity<ProblemDetail> receipt(@RequestHeader(name = "X-ZEvent-Signature", required = false) String signature,
                                          HttpServletRequest request) throws IOException {
        if (!properties.enabled()) {
            return ResponseEntity.notFound().build();
        }
        Optional<byte[]> body = WebhookDeliveries.body(request);
        if (body.isEmpty()) {
            return WebhookDeliveries.tooLarge();
        }
        JsonNode event;
        try {
            event = json.readTree(body.get());
        } catch (JacksonException e) {
            return WebhookDeliveries.notAnUpdate();
        }
        if (event == null || !signed(signature, body.get(), event.path("timestamp").asString(""))) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        if ("user_received_message".equals(event.path("event_name").asString(""))) {
            JsonNode message = event.path("message");
            try {
                long outboxId = Long.parseLong(message.path("tracking_id").asString(""));
                long at = Long.parseLong(message.path("delivery_time").asString(event.path("timestamp").asString("0")));
                if (!store.markDelivered(outboxId, Instant.ofEpochMilli(at))) {
                    log.info("ZNS receipt for an unknown message {}", outboxId);
                }
            } catch (NumberFormatException e) {
                log.info("ZNS receipt without our tracking id: {}", message);
            }
        }
        return ResponseEntity.ok().build();
    }

    /** {@code mac=} SHA-256 of app id, raw body, timestamp and secret key, as Zalo documents it (not an HMAC). */
    private boolean signed(String signature, byte[] body, String timestamp) {
        if (signature == null || !signature.startsWith("mac=")) {
            return false;
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(properties.appId().getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            digest.update(timestamp.getBytes(StandardCharsets.UTF_8));
            digest.update(properties.secretKey().getBytes(StandardCharsets.UTF_8));
            byte[] expected = HexFormat.of().formatHex(digest.digest()).getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(expected, signature.substring(4).strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
