package vn.chibo.channel.outbox;

import java.time.Clock;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an operator watches of the outbox: how many messages wait and how long the oldest has waited, and the
 * reminders queued against those sent. Read from the database at each scrape, so every instance tells the same.
 */
@Component
class OutboxMetrics implements MeterBinder {

    private final JdbcClient jdbc;
    private final Clock clock;

    OutboxMetrics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("chibo.outbox.backlog", this, OutboxMetrics::backlog)
                .description("messages waiting to be sent").register(registry);
        Gauge.builder("chibo.outbox.oldest.age", this, OutboxMetrics::oldestAgeSeconds).baseUnit("seconds")
                .description("how long the oldest waiting message has waited").register(registry);
        for (String state : new String[] {"PENDING", "SENT", "FAILED"}) {
            Gauge.builder("chibo.reminders.messages", this, metrics -> metrics.reminders(state)).tag("state", state)
                    .description("reminder messages queued, by what became of them").register(registry);
        }
    }

    private double backlog() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE state = 'PENDING'").query(Long.class).single();
    }

    private double oldestAgeSeconds() {
        Long oldest = jdbc.sql("SELECT MIN(created_at) FROM outbox_message WHERE state = 'PENDING'")
                .query(Long.class).optional().orElse(null);
        return oldest == null ? 0 : Math.max(0, clock.millis() - oldest) / 1000.0;
    }

    /** Reminder keys begin "reminder:"; ';' sorts right after ':', so the range is one walk of the key index. */
    private double reminders(String state) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM outbox_message
                        WHERE idempotency_key >= 'reminder:' AND idempotency_key < 'reminder;' AND state = ?""")
                .param(state).query(Long.class).single();
    }
}
