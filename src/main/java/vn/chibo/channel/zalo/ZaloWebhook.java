package vn.chibo.channel.zalo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Zalo webhook deliveries, accepted only with the secret given at setWebhook. Present only in webhook mode. */
@RestController
@ConditionalOnExpression("!'${chibo.zalo.token:}'.isBlank() and '${chibo.zalo.mode:POLLING}' == 'WEBHOOK'")
class ZaloWebhook {

    static final String PATH = "/zalo/webhook";

    private final ZaloInbound inbound;
    private final byte[] secret;

    ZaloWebhook(ZaloInbound inbound, ZaloProperties properties) {
        String configured = properties.webhookSecret();
        if (configured == null || configured.length() < 8 || configured.length() > 256) {
            throw new IllegalStateException("Zalo webhook mode needs ZALO_WEBHOOK_SECRET of 8 to 256 characters");
        }
        this.inbound = inbound;
        this.secret = configured.getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping(PATH)
    ResponseEntity<Void> deliver(@RequestHeader(name = "X-Bot-Api-Secret-Token", required = false) String token,
                                 @RequestBody JsonNode body) {
        if (token == null || !MessageDigest.isEqual(secret, token.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        inbound.handle(body);
        return ResponseEntity.ok().build();
    }
}
