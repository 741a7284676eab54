package vn.chibo.channel;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chibo.common.DatabaseEngine;

/**
 * Named leases in the database, for work one instance at a time may do: polling a platform, sending the outbox.
 * A holder renews its lease well before it runs out; when a holder dies, another instance takes the lease over
 * once it has run out. Times are the machines' own (kept in step by NTP), not the bot's clock that tests move.
 * On SQLite there is one instance by design: every lease is its own, also right after a restart that found
 * its previous run's lease still unexpired.
 */
@Component
public class Leases {

    private final JdbcClient jdbc;
    private final Duration time;
    private final String holder;
    private final boolean shared;

    Leases(JdbcClient jdbc, @Value("${chibo.cluster.lease-time:30s}") Duration time,
           @Value("${spring.datasource.url:}") String databaseUrl) {
        this.jdbc = jdbc;
        this.time = time;
        this.shared = DatabaseEngine.isPostgres(databaseUrl);
        this.holder = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    }

    public Duration time() {
        return time;
    }

    /** Takes or renews the lease; false while another live instance holds it. */
    public boolean tryHold(String name) {
        if (!shared) {
            return true;
        }
        long now = System.currentTimeMillis();
        long until = now + time.toMillis();
        int renewed = jdbc.sql("""
                        UPDATE cluster_lease SET holder = ?, expires_at = ?
                        WHERE name = ? AND (holder = ? OR expires_at < ?)""")
                .params(holder, until, name, holder, now).update();
        if (renewed == 1) {
            return true;
        }
        return jdbc.sql("INSERT INTO cluster_lease (name, holder, expires_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING")
                .params(name, holder, until).update() == 1;
    }

    /** Gives the lease up at once, for a clean stop: another instance need not wait for it to run out. */
    public void release(String name) {
        if (!shared) {
            return;
        }
        jdbc.sql("UPDATE cluster_lease SET expires_at = 0 WHERE name = ? AND holder = ?").params(name, holder).update();
    }
}
