package vn.chibo.common;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keys the app makes for itself: 256 random bits per name, made by the first instance that asks and kept in the
 * database, so every instance and every restart signs and checks with the same one. Nothing an operator sets.
 */
@Component
public class AppSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Map<String, byte[]> known = new ConcurrentHashMap<>();

    AppSecrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public byte[] key(String name) {
        return known.computeIfAbsent(name, this::load);
    }

    private byte[] load(String name) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        jdbc.sql("INSERT INTO app_secret (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")
                .params(name, Base64.getEncoder().encodeToString(fresh)).update();
        return Base64.getDecoder().decode(jdbc.sql("SELECT value FROM app_secret WHERE name = ?").param(name)
                .query(String.class).single());
    }
}
