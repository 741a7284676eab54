package vn.chibo.channel.sms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.channel.PhoneReplyReceived;
import vn.chibo.channel.inbound.WebhookDeliveries;
import vn.chibo.channel.outbox.OutboxStore;
import vn.chibo.organization.ChatChannel;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;

/**
 * The gateway's webhooks: {@code sms:received} from a member's number becomes their reply, {@code sms:delivered}
 * marks our SMS delivered. Each is signed ({@code X-Signature}: hex HMAC-SHA256 of the raw body and
 * {@code X-Timestamp} with the webhook key); one signed more than five minutes ago, or an event already handled, is
 * refused. An SMS from a number not on the roster is logged and answered with nothing.
 */
@RestController
class SmsWebhook {

    static final String PATH = "/sms/webhook";
    private static final Duration FRESH = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(SmsWebhook.class);

    private final SmsProperties properties;
    private final Organization organization;
    private final OutboxStore store;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    SmsWebhook(SmsProperties properties, Organization organization, OutboxStore store, JdbcClient jdbc,
               TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
        this.properties = properties;
        this.organization = organization;
        this.store = store;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    @PostMapping(PATH)
    ResponseEntity<ProblemDetail> deliver(@RequestHeader(name = "X-Signature", required = false) String signature,
                                          @RequestHeader(name = "X-Timestamp", required = false) String timestamp,
                                          HttpServletRequest request) throws IOException {
        if (properties.gatewayUrl() == null || properties.gatewayUrl().isBlank()) {
            return ResponseEntity.notFound().build();
        }
        Optional<byte[]> body = WebhookDeliveries.body(request);
        if (body.isEmpty()) {
            return WebhookDeliveries.tooLarge();
        }
        if (!signed(signature, timestamp, body.get()) || !fresh(timestamp)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        JsonNode event;
        try {
            event = json.readTree(body.get());
        } catch (JacksonException e) {
            return WebhookDeliveries.notAnUpdate();
        }
        String id = event == null ? "" : event.path("id").asString("");
        if (id.isEmpty()) {
            return WebhookDeliveries.notAnUpdate();
        }
        Boolean handled = transaction.execute(status -> firstTime(id) && handle(event));
        return Boolean.TRUE.equals(handled) ? ResponseEntity.ok().build() : ResponseEntity.status(HttpStatus.CONFLICT).build();
    }

    private boolean firstTime(String id) {
        return jdbc.sql("INSERT INTO sms_webhook_event (event_id, received_at) VALUES (?, ?) ON CONFLICT (event_id) DO NOTHING")
                .params(id.length() > 200 ? id.substring(0, 200) : id, clock.instant().toEpochMilli()).update() == 1;
    }

    private boolean handle(JsonNode event) {
        JsonNode payload = event.path("payload");
        switch (event.path("event").asString("")) {
            case "sms:received" -> {
                String sender = payload.path("sender").asString(payload.path("phoneNumber").asString(""));
                Optional<Member> member = organization.memberByPhone(sender);
                if (member.isEmpty()) {
                    log.info("SMS from a number not on the roster ({} characters), not answered", payload.path("message").asString("").length());
                } else {
                    events.publishEvent(new PhoneReplyReceived(member.get().id(), ChatChannel.SMS,
                            payload.path("message").asString(""), event.path("id").asString()));
                }
            }
            case "sms:delivered" -> {
                OptionalLong outboxId = SmsIds.outboxId(payload.path("messageId").asString(""));
                if (outboxId.isPresent()) {
                    store.markDelivered(outboxId.getAsLong(), clock.instant());
                }
            }
            default -> log.debug("SMS gateway event {} not used", event.path("event").asString(""));
        }
        return true;
    }

    private boolean fresh(String timestamp) {
        try {
            Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
            return Duration.between(signedAt, clock.instant()).abs().compareTo(FRESH) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private boolean signed(String signature, String timestamp, byte[] body) {
        String secret = properties.webhookSecret();
        if (signature == null || timestamp == null || secret == null || secret.isBlank()) {
            return false;
        }
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(body);
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            byte[] expected = HexFormat.of().formatHex(mac.doFinal()).getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(expected, signature.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
