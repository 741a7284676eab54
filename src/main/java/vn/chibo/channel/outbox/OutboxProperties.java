package vn.chibo.channel.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param workers       sends under way at once
 * @param batchSize     due messages read per pass
 * @param pollInterval  how often to look for due messages when nothing wakes the dispatcher
 * @param maxAttempts   tries before a message that keeps failing is given up
 * @param firstBackoff  wait after the first failure, doubled after each further one
 * @param maxBackoff    the longest wait between tries
 */
@ConfigurationProperties("chibo.outbox")
public record OutboxProperties(int workers, int batchSize, Duration pollInterval, int maxAttempts,
                               Duration firstBackoff, Duration maxBackoff) {
}
