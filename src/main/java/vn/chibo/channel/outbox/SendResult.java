package vn.chibo.channel.outbox;

import java.time.Duration;

/** How a platform answered one send. */
public sealed interface SendResult {

    record Sent() implements SendResult {
    }

    /** 429: try again after this long, and slow the whole channel meanwhile. */
    record RetryAfter(Duration delay) implements SendResult {
    }

    /** 5xx, a network error: worth another try later. */
    record Transient(String error) implements SendResult {
    }

    /**
     * No point trying again. {@code chatGone}: the chat refuses us for good (bot blocked, chat not found), so the
     * member's account there is unreachable.
     */
    record Permanent(String error, boolean chatGone) implements SendResult {
    }
}
