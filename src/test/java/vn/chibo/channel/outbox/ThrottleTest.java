package vn.chibo.channel.outbox;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottleTest {

    @Test
    void aPrivateChatGetsOneMessageASecondAndAGroupOneEveryThreeSeconds() {
        var throttle = new Throttle(new ChannelLimits(30, 1, 20));

        assertThat(throttle.tryAcquire("42", false)).isZero();
        assertThat(throttle.tryAcquire("42", false)).isEqualTo(Throttle.CHAT_BUSY);
        assertThat(throttle.tryAcquire("43", false)).as("another chat is not held up").isZero();

        assertThat(throttle.tryAcquire("-100", true)).isZero();
        assertThat(throttle.tryAcquire("-100", true)).isEqualTo(Throttle.CHAT_BUSY);
    }

    @Test
    void theOverallLimitHoldsBackEveryChatAndSaysHowLongToWait() {
        var throttle = new Throttle(new ChannelLimits(30, 1, 20));
        int sent = 0;
        long wait = 0;
        for (int chat = 0; chat < 100 && wait == 0; chat++) {
            wait = throttle.tryAcquire(String.valueOf(chat), false);
            if (wait == 0) {
                sent++;
            }
        }

        assertThat(sent).as("a tenth of a second's worth goes at once").isBetween(3, 4);
        assertThat(wait).as("then the time a next burst takes to refill, a tenth of a second")
                .isBetween(50_000_000L, 110_000_000L);
    }

    @Test
    void aPauseHoldsUntilItsInstant() {
        var throttle = new Throttle(new ChannelLimits(30, 1, 20));
        Instant now = Instant.parse("2026-12-01T00:00:00Z");

        throttle.pauseUntil(now.plusSeconds(5));

        assertThat(throttle.paused(now.plusSeconds(4))).isTrue();
        assertThat(throttle.paused(now.plusSeconds(5))).isFalse();
    }
}
