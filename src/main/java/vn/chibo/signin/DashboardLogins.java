package vn.chibo.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time sign-in tokens for Spring Security's one-time-token login: 10 minutes to use by the bot's clock, used
 * once, kept only as digests. The user name is the member's id.
 */
@Service
class DashboardLogins implements OneTimeTokenService {

    static final Duration TIME_TO_USE = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DashboardLogins(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
        String token = issue(Long.parseLong(request.getUsername()));
        return new DefaultOneTimeToken(token, request.getUsername(), clock.instant().plus(TIME_TO_USE));
    }

    /** The token's member, once; null when it is unknown, used or expired, as Spring Security expects. */
    @Override
    @Transactional
    public OneTimeToken consume(OneTimeTokenAuthenticationToken token) {
        return redeem(token.getTokenValue())
                .map(memberId -> new DefaultOneTimeToken(token.getTokenValue(), String.valueOf(memberId), clock.instant()))
                .orElse(null);
    }

    String issue(long memberId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long now = clock.instant().toEpochMilli();
        jdbc.sql("INSERT INTO dashboard_login (token_digest, member_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(digest(token), memberId, now, now + TIME_TO_USE.toMillis()).update();
        return token;
    }

    /** The member the token signs in, once, within its ten minutes. */
    @Transactional
    Optional<Long> redeem(String token) {
        String digest = digest(token);
        long now = clock.instant().toEpochMilli();
        int claimed = jdbc.sql("UPDATE dashboard_login SET used_at = ? WHERE token_digest = ? AND used_at IS NULL AND expires_at > ?")
                .params(now, digest, now).update();
        if (claimed == 0) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT member_id FROM dashboard_login WHERE token_digest = ?").param(digest)
                .query(Long.class).optional();
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
