package vn.chibo.channel.zns;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The OA's access token, refreshed with the refresh token when it runs out or is refused. Zalo answers a refresh
 * with a new pair and the old refresh token dies, so the pair is written to the database before the access token
 * is used: a crash right after a refresh loses nothing.
 */
class ZnsTokens {

    /** Refreshed this long before Zalo's stated expiry, so that no send goes out with a token about to die. */
    private static final Duration MARGIN = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final RestClient http;
    private final ZnsProperties properties;
    private final Clock clock;

    ZnsTokens(JdbcClient jdbc, RestClient http, ZnsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.http = http;
        this.properties = properties;
        this.clock = clock;
    }

    /** The pair as last read or written, so that a send reads no database; the database is read again on a refusal. */
    private Stored known;

    /** A token that Zalo should accept now. */
    synchronized String current() {
        Stored stored = known != null ? known : stored();
        if (stored.accessToken() == null || !clock.instant().isBefore(stored.expiresAt())) {
            return refresh(stored().refreshToken());
        }
        known = stored;
        return stored.accessToken();
    }

    /** Zalo refused {@code refused}: a new one, unless another send (or instance) refreshed it meanwhile. */
    synchronized String afterRefusal(String refused) {
        Stored stored = stored();
        if (stored.accessToken() != null && !stored.accessToken().equals(refused) && clock.instant().isBefore(stored.expiresAt())) {
            known = stored;
            return stored.accessToken();
        }
        return refresh(stored.refreshToken());
    }

    private record Stored(String accessToken, String refreshToken, Instant expiresAt) {
    }

    private Stored stored() {
        return jdbc.sql("SELECT access_token, refresh_token, access_expires_at FROM zns_token WHERE id = 1")
                .query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3))))
                .optional()
                .orElseGet(() -> new Stored(null, properties.refreshToken(), Instant.EPOCH));
    }

    private String refresh(String refreshToken) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("refresh_token", refreshToken);
        form.add("app_id", properties.appId());
        form.add("grant_type", "refresh_token");
        JsonNode answer = http.post().uri(properties.oauthUrl().resolve("/v4/oa/access_token"))
                .header("secret_key", properties.secretKey())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(JsonNode.class);
        if (answer == null || answer.path("access_token").asString("").isEmpty()
                || answer.path("refresh_token").asString("").isEmpty()) {
            throw new IllegalStateException("Zalo refused to refresh the OA token: " + answer);
        }
        String access = answer.get("access_token").asString();
        long seconds = Long.parseLong(answer.path("expires_in").asString("3600"));
        Instant now = clock.instant();
        Instant expires = now.plusSeconds(seconds).minus(MARGIN);
        jdbc.sql("""
                        INSERT INTO zns_token (id, access_token, refresh_token, access_expires_at, updated_at)
                        VALUES (1, ?, ?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET access_token = excluded.access_token,
                            refresh_token = excluded.refresh_token, access_expires_at = excluded.access_expires_at,
                            updated_at = excluded.updated_at""")
                .params(access, answer.get("refresh_token").asString(), expires.toEpochMilli(), now.toEpochMilli())
                .update();
        known = new Stored(access, answer.get("refresh_token").asString(), expires);
        return access;
    }
}
