package vn.chibo.channel.outbox;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.chibo.conversation.OutboundFile;
import vn.chibo.organization.ChatChannel;

/**
 * Files of queued messages, stored once by the SHA-256 of their content however many chats they go to, and
 * what each platform gave back for them (Telegram's file_id), so that a fan-out uploads a file once.
 */
@Component
public class OutboxFiles {

    /** Contents read back for sending, the most recent first out of mind, up to this many bytes in all. */
    private static final long CACHE_BYTES = 64L * 1024 * 1024;

    private final JdbcClient jdbc;
    private final Clock clock;
    /** The digest of content this process stored, by the array itself: a fan-out hashes its file once. */
    private final Map<byte[], String> digests = Collections.synchronizedMap(new WeakHashMap<>());
    private final Map<String, byte[]> contents = new LinkedHashMap<>(16, 0.75f, true);
    /** Digests this process knows to be stored (committed), so a fan-out writes its file once, not once per chat. */
    private final Set<String> stored = ConcurrentHashMap.newKeySet();
    private long cachedBytes;

    OutboxFiles(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The file as an outbox row names it: its content stored (once), the message carrying only the digest. */
    public OutboundFile store(OutboundFile file) {
        if (file.content() == null) {
            return file;
        }
        String sha256 = digests.computeIfAbsent(file.content(), OutboxFiles::sha256);
        if (!stored.contains(sha256)) {
            boolean present = jdbc.sql("SELECT COUNT(*) FROM outbox_file WHERE sha256 = ?").param(sha256)
                    .query(Integer.class).single() > 0;
            if (!present) {
                jdbc.sql("""
                                INSERT INTO outbox_file (sha256, size, content, created_at) VALUES (?, ?, ?, ?)
                                ON CONFLICT (sha256) DO NOTHING""")
                        .params(sha256, file.content().length, file.content(), clock.instant().toEpochMilli()).update();
            }
            afterCommit(() -> stored.add(sha256));
        }
        return file.stored(sha256);
    }

    /** The file with its content, read back from the store when the message named it. */
    public OutboundFile withContent(OutboundFile file) {
        return file.content() != null || file.storedAs() == null ? file : file.withContent(content(file.storedAs()));
    }

    public byte[] content(String sha256) {
        synchronized (contents) {
            byte[] cached = contents.get(sha256);
            if (cached != null) {
                return cached;
            }
        }
        byte[] read = jdbc.sql("SELECT content FROM outbox_file WHERE sha256 = ?").param(sha256)
                .query((rs, row) -> rs.getBytes(1)).single();
        synchronized (contents) {
            contents.put(sha256, read);
            cachedBytes += read.length;
            var eldest = contents.entrySet().iterator();
            while (cachedBytes > CACHE_BYTES && eldest.hasNext()) {
                cachedBytes -= eldest.next().getValue().length;
                eldest.remove();
            }
        }
        return read;
    }

    /** What the platform gave back for this file when it was first sent there, such as Telegram's file_id. */
    public Optional<String> platformReference(ChatChannel channel, OutboundFile file) {
        return jdbc.sql("SELECT reference FROM platform_file WHERE channel = ? AND sha256 = ? AND kind = ?")
                .params(channel.name(), file.storedAs(), file.kind().name()).query(String.class).optional();
    }

    public void rememberPlatformReference(ChatChannel channel, OutboundFile file, String reference) {
        jdbc.sql("""
                        INSERT INTO platform_file (channel, sha256, kind, reference, created_at) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (channel, sha256, kind) DO UPDATE SET reference = excluded.reference""")
                .params(channel.name(), file.storedAs(), file.kind().name(), reference, clock.instant().toEpochMilli())
                .update();
    }

    /** The platform no longer knows its reference: the next send uploads the file again. */
    public void forgetPlatformReference(ChatChannel channel, OutboundFile file) {
        jdbc.sql("DELETE FROM platform_file WHERE channel = ? AND sha256 = ? AND kind = ?")
                .params(channel.name(), file.storedAs(), file.kind().name()).update();
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
