package vn.chibo.channel.zns;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Zalo by phone number (ZNS template messages) from the committee's verified Zalo Official Account. Off unless the
 * app id, the secret key and the first refresh token are all set.
 *
 * @param appId        the Zalo app's id (ZNS_APP_ID)
 * @param secretKey    the app's secret key (ZNS_SECRET_KEY), which also signs delivery receipts
 * @param refreshToken the first refresh token (ZNS_REFRESH_TOKEN); each refresh returns a new pair, kept in the
 *                     database, since a refresh token dies when used
 * @param apiUrl       the ZNS API (ZNS_API_URL)
 * @param oauthUrl     Zalo's OAuth server (ZNS_OAUTH_URL)
 * @param templates    per kind of notice ({@code reminder}, {@code meeting-changed}), the approved template's id and a
 *                     map from its parameter names to our fields ({@code member_name}, {@code cell_name},
 *                     {@code meeting_title}, {@code starts_at}, {@code place}, {@code answer_link})
 * @param monthlyLimit ZNS messages a committee may send a month (they are paid); past it, members fall to SMS.
 *                     0: no limit
 * @param perSecond    calls a second (Zalo allows 4,000 a minute)
 * @param timeout      how long one call may take
 */
@ConfigurationProperties("chibo.zns")
public record ZnsProperties(String appId, String secretKey, String refreshToken, URI apiUrl, URI oauthUrl,
                            Map<String, Template> templates, int monthlyLimit, int perSecond, Duration timeout) {

    public record Template(String id, Map<String, String> params) {
    }

    public ZnsProperties {
        templates = templates == null ? Map.of() : Map.copyOf(templates);
    }

    public boolean enabled() {
        return present(appId) && present(secretKey) && present(refreshToken);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
