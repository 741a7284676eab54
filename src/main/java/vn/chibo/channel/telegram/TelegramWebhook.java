package vn.chibo.channel.telegram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

import vn.chibo.channel.inbound.WebhookDeliveries;

/**
 * Webhook deliveries: accepted only with the secret Telegram was given at setWebhook, handled before the
 * answer so that Telegram redelivers what a crash interrupted. Present only in webhook mode.
 */
@RestController
@ConditionalOnExpression("!'${chibo.telegram.token:}'.isBlank() and '${chibo.telegram.mode:POLLING}' == 'WEBHOOK'")
class TelegramWebhook {

    static final String PATH = "/telegram/webhook";
    private static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final TelegramInbound inbound;
    private final byte[] secret;
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    TelegramWebhook(TelegramInbound inbound, TelegramProperties properties) {
        String configured = properties.webhookSecret();
        if (configured == null || configured.length() < 8) {
            throw new IllegalStateException("Webhook mode needs TELEGRAM_WEBHOOK_SECRET, at least 8 characters");
        }
        this.inbound = inbound;
        this.secret = configured.getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping(PATH)
    ResponseEntity<ProblemDetail> deliver(@RequestHeader(name = SECRET_HEADER, required = false) String token,
                                          HttpServletRequest request) throws IOException {
        if (token == null || !MessageDigest.isEqual(secret, token.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        Optional<byte[]> body = WebhookDeliveries.body(request);
        if (body.isEmpty()) {
            return WebhookDeliveries.tooLarge();
        }
        Update update;
        try {
            update = json.readValue(body.get(), Update.class);
        } catch (IOException | RuntimeException e) {
            return WebhookDeliveries.notAnUpdate();
        }
        if (update == null || update.getUpdateId() == null) {
            return WebhookDeliveries.notAnUpdate();
        }
        inbound.handle(List.of(update));
        return ResponseEntity.ok().build();
    }
}
