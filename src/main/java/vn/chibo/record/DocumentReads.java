package vn.chibo.record;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.common.Outcome;
import vn.chibo.meeting.Meeting;
import vn.chibo.organization.Member;

/** Who has read a meeting's agenda and documents ("Đã đọc tài liệu"), for the secretary to see before it starts. */
@Service
public class DocumentReads {

    public record Reader(long memberId, String fullName, Instant readAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    DocumentReads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Marks the documents read by a member of the meeting's cell; pressing again keeps the first time. */
    @Transactional
    public Outcome<Meeting, String> markRead(Meeting meeting, Member member) {
        if (member.unit().id() != meeting.cellId()) {
            return Outcome.refused("reads.notInCell");
        }
        if (meeting.cancelled()) {
            return Outcome.refused("reads.cancelled");
        }
        jdbc.sql("INSERT INTO document_read (meeting_id, member_id, read_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(meeting.id(), member.id(), clock.millis()).update();
        return Outcome.done(meeting);
    }

    public List<Reader> readers(Meeting meeting) {
        return jdbc.sql("""
                        SELECT r.member_id, m.full_name, r.read_at FROM document_read r JOIN member m ON m.id = r.member_id
                        WHERE r.meeting_id = ? ORDER BY r.read_at, m.full_name""")
                .param(meeting.id())
                .query((rs, n) -> new Reader(rs.getLong("member_id"), rs.getString("full_name"),
                        Instant.ofEpochMilli(rs.getLong("read_at"))))
                .list();
    }
}
