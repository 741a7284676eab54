package vn.chibo.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for the app to have done something; no schedule is involved. The limit (30 s of wall time) is only there
 * so that a test that will never pass ends: a slow, busy machine is given the time it takes.
 */
public final class Await {

    private Await() {
    }

    public static void until(String what, BooleanSupplier condition) {
        until(what, Duration.ofSeconds(30), condition);
    }

    /** The same, for work that takes long by nature (a fan-out of thousands). */
    public static void until(String what, Duration limit, BooleanSupplier condition) {
        until(what, limit, condition, () -> "");
    }

    /** The same, and on a time-out the failure tells what {@code state} says of the app then, to diagnose it. */
    public static void until(String what, Duration limit, BooleanSupplier condition, Supplier<String> state) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what + state.get());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * Waits for a process of the app to be ready, for as long as it is alive and starting: a loaded machine may
     * take a minute; a process that died fails at once, naming its log.
     */
    public static void untilReady(Process process, Path log, BooleanSupplier ready) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!ready.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new AssertionError("The app stopped before it was ready; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The app was not ready after 5 minutes; see " + log);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
