package vn.chibo.channel;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that runs only while this instance holds its lease: started when the lease is taken, stopped when it is
 * lost or the app stops. The lease is looked at three times per lease time, so a dead holder's work moves to
 * another instance within about one lease time.
 */
public final class LeasedWork {

    private static final Logger log = LoggerFactory.getLogger(LeasedWork.class);

    /** What to start and stop. */
    public interface Work {
        void start();

        void stop();
    }

    private final Leases leases;
    private final String name;
    private final Work work;
    private ScheduledExecutorService keeper;
    private volatile boolean holding;

    public LeasedWork(Leases leases, String name, Work work) {
        this.leases = leases;
        this.name = name;
        this.work = work;
    }

    public synchronized void start() {
        keeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "lease-" + name);
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(1, leases.time().toMillis() / 3);
        keeper.scheduleWithFixedDelay(this::look, 0, every, TimeUnit.MILLISECONDS);
    }

    public synchronized void stop() {
        if (keeper == null) {
            return;
        }
        keeper.shutdownNow();
        try {
            keeper.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        keeper = null;
        if (holding) {
            holding = false;
            work.stop();
            leases.release(name);
        }
    }

    private void look() {
        boolean held;
        try {
            held = leases.tryHold(name);
        } catch (RuntimeException e) {
            log.warn("Lease {} could not be renewed: {}", name, e.toString());
            held = false;
        }
        if (held && !holding) {
            log.info("This instance now holds {}", name);
            holding = true;
            work.start();
        } else if (!held && holding) {
            log.warn("This instance lost {}; it stops that work", name);
            holding = false;
            work.stop();
        }
    }
}
