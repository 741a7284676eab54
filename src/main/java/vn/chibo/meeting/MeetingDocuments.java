package vn.chibo.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.chibo.common.InLists;
import vn.chibo.common.Outcome;
import vn.chibo.common.Uploads;
import vn.chibo.conversation.OutboundFile;

/** The agenda and documents a secretary attaches to a meeting; members get them with their first reminder. */
@Service
public class MeetingDocuments {

    /** A document as listed: what it is, without its content. */
    public record Listed(long id, String fileName, String mediaType, int size) {
    }


    private final JdbcClient jdbc;
    private final Clock clock;

    MeetingDocuments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Keeps a document for the meeting, its name cleaned and its type kept only if the content agrees with it.
     *
     * @return the document's id, or refused with "problem.tooLarge" past {@link Uploads#MAX_DOCUMENT_BYTES}
     */
    public Outcome<Long, String> attach(Meeting meeting, String fileName, String mediaType, byte[] content) {
        if (content.length > Uploads.MAX_DOCUMENT_BYTES) {
            return Outcome.refused("problem.tooLarge");
        }
        return Outcome.done(jdbc.sql("""
                        INSERT INTO meeting_document (meeting_id, file_name, media_type, content, added_at)
                        VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(meeting.id(), Uploads.cleanName(fileName, "tai-lieu"), Uploads.checkedType(mediaType, content),
                        content, clock.instant().toEpochMilli())
                .query(Long.class).single());
    }

    public List<Listed> list(Meeting meeting) {
        return jdbc.sql("SELECT id, file_name, media_type, LENGTH(content) AS size FROM meeting_document WHERE meeting_id = ? ORDER BY id")
                .param(meeting.id())
                .query((rs, n) -> new Listed(rs.getLong("id"), rs.getString("file_name"), rs.getString("media_type"),
                        rs.getInt("size")))
                .list();
    }

    /** One document of the meeting, with its content; empty when it is not this meeting's. */
    public Optional<OutboundFile> file(Meeting meeting, long documentId) {
        return jdbc.sql("SELECT file_name, media_type, content FROM meeting_document WHERE meeting_id = ? AND id = ?")
                .params(meeting.id(), documentId)
                .query((rs, n) -> new OutboundFile(OutboundFile.Kind.DOCUMENT, rs.getString("file_name"),
                        rs.getString("media_type"), rs.getBytes("content")))
                .optional();
    }

    /** Whether a document was attached at least a day before the meeting began, as the guidance asks. */
    public boolean sentDayAhead(Meeting meeting) {
        return jdbc.sql("SELECT COUNT(*) FROM meeting_document WHERE meeting_id = ? AND added_at <= ?")
                .params(meeting.id(), meeting.startsAt().toInstant().minus(Duration.ofDays(1)).toEpochMilli())
                .query(Integer.class).single() > 0;
    }

    /** Of these meetings, those with a document attached at least a day before they began, read at once. */
    public Set<Long> sentDayAhead(Collection<Meeting> meetings) {
        Map<Long, Meeting> byId = new HashMap<>();
        meetings.forEach(meeting -> byId.put(meeting.id(), meeting));
        var ahead = new HashSet<Long>();
        InLists.forEachSlice(byId.keySet(), slice -> jdbc.sql(
                        "SELECT meeting_id, MIN(added_at) FROM meeting_document WHERE meeting_id IN (:ids) GROUP BY meeting_id")
                .param("ids", slice)
                .query(rs -> {
                    Meeting meeting = byId.get(rs.getLong(1));
                    if (rs.getLong(2) <= meeting.startsAt().toInstant().minus(Duration.ofDays(1)).toEpochMilli()) {
                        ahead.add(meeting.id());
                    }
                }));
        return ahead;
    }

    /** The documents added after {@code since} (all of them when null), as files to send. */
    public List<OutboundFile> filesAddedAfter(Meeting meeting, Instant since) {
        return jdbc.sql("SELECT file_name, media_type, content FROM meeting_document WHERE meeting_id = ? AND added_at > ? ORDER BY id")
                .params(meeting.id(), since == null ? Long.MIN_VALUE : since.toEpochMilli())
                .query((rs, n) -> new OutboundFile(OutboundFile.Kind.DOCUMENT, rs.getString("file_name"),
                        rs.getString("media_type"), rs.getBytes("content")))
                .list();
    }
}
