package vn.chibo.channel.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.chibo.channel.phone.NextRoute;
import vn.chibo.organization.CellGroups;
import vn.chibo.organization.Organization;

/**
 * What a send's answer does to its outbox row, in the dispatcher's recording transaction: sent; tried again later
 * (backoff, or the platform's retry-after, which slows the whole channel); given up; and when the chat refuses for
 * good, the member's account marked unreachable, the cell's group lost, or a phone route closed to the member and the
 * notice handed to the next.
 */
@Component
class SendAnswers {

    private static final Logger log = LoggerFactory.getLogger(SendAnswers.class);

    private final OutboxStore store;
    private final Organization organization;
    private final CellGroups cellGroups;
    private final NextRoute nextRoute;
    private final PlatformHealth health;
    private final MeterRegistry meters;
    private final OutboxProperties properties;
    private final Clock clock;

    SendAnswers(OutboxStore store, Organization organization, CellGroups cellGroups, NextRoute nextRoute,
                PlatformHealth health, MeterRegistry meters, OutboxProperties properties, Clock clock) {
        this.store = store;
        this.organization = organization;
        this.cellGroups = cellGroups;
        this.nextRoute = nextRoute;
        this.health = health;
        this.meters = meters;
        this.properties = properties;
        this.clock = clock;
    }

    /** @param groupChat whether the row's chat is a group, told apart by its platform */
    void record(OutboxStore.Row row, SendResult result, Throttle throttle, boolean groupChat) {
        Instant now = clock.instant();
        meters.counter("chibo.outbox.sends", "channel", row.channel().name(), "result", resultName(result)).increment();
        if (result instanceof SendResult.Sent) {
            health.succeeded(row.channel());
            store.markSent(row.id(), now);
        } else if (result instanceof SendResult.RetryAfter retry) {
            Instant until = now.plus(retry.delay());
            throttle.pauseUntil(until);
            store.markRetry(row.id(), until, "429: retry after " + retry.delay().toSeconds() + " s");
            log.warn("{} asked to slow down for {} s", row.channel(), retry.delay().toSeconds());
        } else if (result instanceof SendResult.Transient failure) {
            if (row.attempts() + 1 >= properties.maxAttempts()) {
                store.markFailed(row.id(), failure.error());
                log.error("Outbox message {} to {} {} given up after {} tries: {}", row.id(), row.channel(),
                        row.chatId(), row.attempts() + 1, failure.error());
            } else {
                store.markRetry(row.id(), now.plus(backoff(row.attempts())), failure.error());
            }
        } else if (result instanceof SendResult.Permanent refusal) {
            store.markFailed(row.id(), refusal.error());
            if (row.channel().isPhone()) {
                if (refusal.chatGone()) {
                    nextRoute.after(row, refusal.error());
                }
            } else if (refusal.chatGone() && groupChat) {
                cellGroups.lost(row.channel(), row.chatId(), refusal.error());
            } else if (refusal.chatGone()) {
                organization.markUnreachable(row.channel(), row.chatId(), refusal.error());
            }
        }
    }

    /** sent, 429, failed (will be retried), refused (given up), unreachable (the member left the chat). */
    private static String resultName(SendResult result) {
        if (result instanceof SendResult.Sent) {
            return "sent";
        }
        if (result instanceof SendResult.RetryAfter) {
            return "429";
        }
        if (result instanceof SendResult.Permanent refusal) {
            return refusal.chatGone() ? "unreachable" : "refused";
        }
        return "failed";
    }

    private Duration backoff(int failuresBefore) {
        Duration wait = properties.firstBackoff().multipliedBy(1L << Math.min(failuresBefore, 20));
        return wait.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : wait;
    }
}
