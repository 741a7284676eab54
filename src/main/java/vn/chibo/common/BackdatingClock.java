package vn.chibo.common;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The app's clock. One thread may do work as if at an earlier moment, through the ordinary services (the demo
 * committee's year of history is made so); every other thread reads the real time meanwhile.
 */
public final class BackdatingClock extends Clock {

    private final Clock base;
    private final ThreadLocal<Instant> pinned = new ThreadLocal<>();

    public BackdatingClock(Clock base) {
        this.base = base;
    }

    /** Does {@code work} on this thread with the clock reading {@code when}, which must not be in the future. */
    public <T> T at(Instant when, Supplier<T> work) {
        if (when.isAfter(base.instant())) {
            throw new IllegalArgumentException("Work cannot be dated in the future: " + when);
        }
        Instant outer = pinned.get();
        pinned.set(when);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                pinned.remove();
            } else {
                pinned.set(outer);
            }
        }
    }

    public void at(Instant when, Runnable work) {
        at(when, () -> {
            work.run();
            return null;
        });
    }

    @Override
    public Instant instant() {
        Instant when = pinned.get();
        return when != null ? when : base.instant();
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new BackdatingClock(base.withZone(zone));
    }
}
