package vn.chibo.channel.outbox;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.chibo.common.DatabaseEngine;

/**
 * SQLite takes one writer at a time and makes the others sleep and retry, in steps of milliseconds. The
 * busiest writers (inbound updates, outbox bookkeeping) take turns here instead, which hands over at once.
 * PostgreSQL takes many writers at once: there they do not wait for each other.
 */
@Component
public class SerialWrites {

    private final ReentrantLock lock = new ReentrantLock();
    private final boolean oneWriter;

    SerialWrites(@Value("${spring.datasource.url:}") String databaseUrl) {
        this.oneWriter = !DatabaseEngine.isPostgres(databaseUrl);
    }

    /** Whether the database takes one writer at a time. */
    public boolean oneWriter() {
        return oneWriter;
    }

    public <T> T run(Supplier<T> write) {
        if (!oneWriter) {
            return write.get();
        }
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
