package vn.chibo.channel.outbox;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * SQLite takes one writer at a time and makes the others sleep and retry, in steps of milliseconds. The
 * busiest writers (inbound updates, outbox bookkeeping) take turns here instead, which hands over at once.
 */
@Component
public class SerialWrites {

    private final ReentrantLock lock = new ReentrantLock();

    public <T> T run(Supplier<T> write) {
        lock.lock();
        try {
            return write.get();
        } finally {
            lock.unlock();
        }
    }

    public void run(Runnable write) {
        run(() -> {
            write.run();
            return null;
        });
    }
}
