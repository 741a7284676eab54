package vn.chibo.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The app's clock in tests: moved by the test, never by waiting. */
public final class MutableClock extends Clock {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Moves to a given moment, forward only: the bot's time never runs back. */
    public void set(Instant moment) {
        if (moment.isBefore(now)) {
            throw new IllegalArgumentException("The clock runs forward only: " + moment + " is before " + now);
        }
        now = moment;
    }

    @Override
    public ZoneId getZone() {
        return VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The app works in one zone per clock");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
