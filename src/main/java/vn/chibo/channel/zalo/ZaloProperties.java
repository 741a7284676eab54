package vn.chibo.channel.zalo;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param token         the bot token (ZALO_BOT_TOKEN); blank: no Zalo channel
 * @param apiUrl        the Bot Platform base (ZALO_API_URL): the real one, or a local server in tests
 * @param mode          POLLING (getUpdates) or WEBHOOK (deliveries to /zalo/webhook)
 * @param webhookSecret what Zalo sends in X-Bot-Api-Secret-Token with each delivery (8 to 256 characters)
 * @param publicUrl     where Zalo reaches this app in webhook mode (CHIBO_PUBLIC_URL)
 * @param pollTimeout   how long one getUpdates call may wait for an update
 * @param groups        whether a cell may link a Zalo group (beta on the platform; ZALO_GROUPS)
 */
@ConfigurationProperties("chibo.zalo")
public record ZaloProperties(String token, URI apiUrl, Mode mode, String webhookSecret, String publicUrl,
                             Duration pollTimeout, Limits limits, boolean groups) {

    public enum Mode { POLLING, WEBHOOK }

    public record Limits(int perSecond, int perChatPerSecond, int perGroupPerMinute) {
    }
}
