package vn.chibo.channel;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chibo.channel.outbox.OutboxFiles;
import vn.chibo.conversation.OutboundFile;

/**
 * Files that a platform can only take as a link (Zalo), and files shown in the web chat: served at an
 * unguessable address until it expires. A file has one link per name, reused while it has at least half its
 * time to live left, so a fan-out or a page read again makes no new one. Without a public address for this
 * app there are no links to give to a platform.
 */
@Component
public class SharedFiles {

    static final String PATH = "/files/";

    private final JdbcClient jdbc;
    private final OutboxFiles files;
    private final Clock clock;
    private final String publicUrl;
    private final Duration timeToLive;
    private final SecureRandom random = new SecureRandom();
    /** Locks by file and name, so two sends of one file make one link; a fixed few, however many files. */
    private final Object[] linking = new Object[64];

    SharedFiles(JdbcClient jdbc, OutboxFiles files, Clock clock, @Value("${chibo.public-url:}") String publicUrl,
                @Value("${chibo.files.link-time-to-live}") Duration timeToLive) {
        this.jdbc = jdbc;
        this.files = files;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.timeToLive = timeToLive;
        for (int i = 0; i < linking.length; i++) {
            linking[i] = new Object();
        }
    }

    public boolean canLink() {
        return !publicUrl.isBlank();
    }

    /** The file's public address; only when {@link #canLink()}. */
    public String publish(OutboundFile file) {
        return publicUrl + path(file);
    }

    /** The file's address on this server, for pages it serves itself (the web chat). */
    public String path(OutboundFile file) {
        String sha256 = files.store(file).storedAs();
        String name = file.fileName() == null ? "" : file.fileName();
        synchronized (linking[Math.floorMod((sha256 + "/" + name).hashCode(), linking.length)]) {
            return PATH + link(sha256, name, file.mediaType());
        }
    }

    /** Sends of one file to many chats run in parallel; the first makes the link, the others reuse it. */
    private String link(String sha256, String name, String mediaType) {
        Instant now = clock.instant();
        Optional<String> live = jdbc.sql("""
                        SELECT token FROM file_link WHERE sha256 = ? AND file_name = ? AND expires_at > ?
                        ORDER BY expires_at DESC LIMIT 1""")
                .params(sha256, name, now.plus(timeToLive.dividedBy(2)).toEpochMilli())
                .query(String.class).optional();
        if (live.isPresent()) {
            return live.get();
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO file_link (token, sha256, file_name, media_type, expires_at) VALUES (?, ?, ?, ?, ?)")
                .params(token, sha256, name, mediaType, now.plus(timeToLive).toEpochMilli())
                .update();
        return token;
    }

    Optional<OutboundFile> find(String token) {
        long now = clock.instant().toEpochMilli();
        Optional<OutboundFile> linked = jdbc.sql("SELECT sha256, file_name, media_type FROM file_link WHERE token = ? AND expires_at > ?")
                .params(token, now)
                .query((rs, n) -> new OutboundFile(OutboundFile.Kind.DOCUMENT,
                        rs.getString("file_name").isEmpty() ? null : rs.getString("file_name"),
                        rs.getString("media_type"), null, rs.getString("sha256")))
                .optional();
        if (linked.isPresent()) {
            return linked.map(files::withContent);
        }
        return jdbc.sql("SELECT file_name, media_type, content FROM shared_file WHERE token = ? AND expires_at > ?")
                .params(token, now)
                .query((rs, n) -> new OutboundFile(OutboundFile.Kind.DOCUMENT, rs.getString("file_name"),
                        rs.getString("media_type"), rs.getBytes("content")))
                .optional();
    }
}
