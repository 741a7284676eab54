package vn.chibo.review;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chibo.common.AppAddress;

/**
 * A member's personal link to the web form of their self-review ({@code /kd/<code>}, 80 random bits), sent only to
 * them: the code alone says whose review it opens. On CHIBO_PUBLIC_URL, or on this machine while there is none.
 */
@Component
public class ReviewLinks {

    public static final String PATH = "/kd/";
    private static final int CODE_BYTES = 10;

    private final JdbcClient jdbc;
    private final AppAddress address;
    private final SecureRandom random = new SecureRandom();

    ReviewLinks(JdbcClient jdbc, AppAddress address) {
        this.jdbc = jdbc;
        this.address = address;
    }

    /** The member's link for the round, made once. */
    public String linkFor(long roundId, long memberId) {
        var bytes = new byte[CODE_BYTES];
        random.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO review_link (code, round_id, member_id) VALUES (?, ?, ?) ON CONFLICT (round_id, member_id) DO NOTHING")
                .params(code, roundId, memberId).update();
        String kept = jdbc.sql("SELECT code FROM review_link WHERE round_id = ? AND member_id = ?").params(roundId, memberId)
                .query(String.class).single();
        return address.base() + PATH + kept;
    }

    /** The round and member a code opens. */
    public Optional<long[]> open(String code) {
        if (code == null || code.length() > 40) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT round_id, member_id FROM review_link WHERE code = ?").param(code)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional();
    }
}
