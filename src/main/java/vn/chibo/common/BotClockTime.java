package vn.chibo.common;

import java.time.Clock;
import java.time.Instant;

import io.github.bucket4j.TimeMeter;

/** Bucket4j's time taken from the bot's clock, so that limits refill as tests move time, not as the wall clock does. */
public final class BotClockTime {

    private BotClockTime() {
    }

    public static TimeMeter of(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
}
