package vn.chibo.channel.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

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
    ResponseEntity<Void> deliver(@RequestHeader(name = SECRET_HEADER, required = false) String token,
                                 @RequestBody String body) throws Exception {
        if (token == null || !MessageDigest.isEqual(secret, token.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        inbound.handle(List.of(json.readValue(body, Update.class)));
        return ResponseEntity.ok().build();
    }
}
