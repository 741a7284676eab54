package vn.chibo.channel;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chibo.conversation.OutboundFile;

/**
 * Files that a platform can only take as a link (Zalo): kept here and served at an unguessable address
 * until they expire. Without a public address for this app there are no links to give.
 */
@Component
public class SharedFiles {

    static final String PATH = "/files/";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String publicUrl;
    private final Duration timeToLive;
    private final SecureRandom random = new SecureRandom();

    SharedFiles(JdbcClient jdbc, Clock clock, @Value("${chibo.public-url:}") String publicUrl,
                @Value("${chibo.files.link-time-to-live}") Duration timeToLive) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.timeToLive = timeToLive;
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
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                        INSERT INTO shared_file (token, file_name, media_type, content, expires_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(token, file.fileName(), file.mediaType(), file.content(),
                        clock.instant().plus(timeToLive).toEpochMilli())
                .update();
        return PATH + token;
    }

    Optional<OutboundFile> find(String token) {
        return jdbc.sql("""
                        SELECT file_name, media_type, content FROM shared_file WHERE token = ? AND expires_at > ?""")
                .params(token, clock.instant().toEpochMilli())
                .query((rs, n) -> new OutboundFile(OutboundFile.Kind.DOCUMENT, rs.getString("file_name"),
                        rs.getString("media_type"), rs.getBytes("content")))
                .optional();
    }
}
