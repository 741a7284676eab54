package vn.chibo.channel.zalo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
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

/** Zalo webhook deliveries, accepted only with the secret given at setWebhook. Present only in webhook mode. */
@RestController
@ConditionalOnExpression("!'${chibo.zalo.token:}'.isBlank() and '${chibo.zalo.mode:POLLING}' == 'WEBHOOK'")
class ZaloWebhook {

    static final String PATH = "/zalo/webhook";

    private final ZaloInbound inbound;
    private final byte[] secret;
    private final JsonMapper json = JsonMapper.builder().build();

    ZaloWebhook(ZaloInbound inbound, ZaloProperties properties) {
        String configured = properties.webhookSecret();
        if (configured == null || configured.length() < 8 || configured.length() > 256) {
            throw new IllegalStateException("Zalo webhook mode needs ZALO_WEBHOOK_SECRET of 8 to 256 characters");
        }
        this.inbound = inbound;
        this.secret = configured.getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping(PATH)
    ResponseEntity<ProblemDetail> deliver(@RequestHeader(name = "X-Bot-Api-Secret-Token", required = false) String token,
                                          HttpServletRequest request) throws IOException {
        if (token == null || !MessageDigest.isEqual(secret, token.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        Optional<byte[]> body = WebhookDeliveries.body(request);
        if (body.isEmpty()) {
            return WebhookDeliveries.tooLarge();
        }
        JsonNode delivery;
        try {
            delivery = json.readTree(body.get());
        } catch (JacksonException e) {
            return WebhookDeliveries.notAnUpdate();
        }
        if (delivery == null || !ZaloInbound.wellFormed(delivery)) {
            return WebhookDeliveries.notAnUpdate();
        }
        inbound.handle(delivery);
        return ResponseEntity.ok().build();
    }
}
