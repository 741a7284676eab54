package vn.chibo.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.stereotype.Component;

/**
 * The admin token ($CHIBO_ADMIN_TOKEN), compared over fixed-length digests so that the time a comparison
 * takes tells nothing of the token. No token set: nothing matches.
 */
@Component
public class AdminToken {

    private final byte[] expectedDigest;

    AdminToken(AdminApiProperties properties) {
        this.expectedDigest = properties.open() ? digest(properties.token()) : null;
    }

    public boolean isSet() {
        return expectedDigest != null;
    }

    public boolean matches(String candidate) {
        return expectedDigest != null && candidate != null
                && MessageDigest.isEqual(expectedDigest, digest(candidate.strip()));
    }

    static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
