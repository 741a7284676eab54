package vn.chibo.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chibo.common.InLists;

@Component
class MeetingStore {


    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Meeting> find(long id) {
        return jdbc.sql("SELECT * FROM meeting WHERE id = ?").param(id).query(MeetingStore::meeting).optional();
    }

    List<Meeting> between(long cellId, Instant from, Instant to) {
        return jdbc.sql("SELECT * FROM meeting WHERE cell_id = ? AND starts_at >= ? AND starts_at < ? ORDER BY starts_at, id")
                .params(cellId, from.toEpochMilli(), to.toEpochMilli()).query(MeetingStore::meeting).list();
    }

    List<Meeting> startingBetween(Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT * FROM meeting WHERE cancelled_at IS NULL AND starts_at > ? AND starts_at <= ?
                        ORDER BY starts_at, id""")
                .params(from.toEpochMilli(), to.toEpochMilli()).query(MeetingStore::meeting).list();
    }

    /** Not cancelled, started in [from, to) and before {@code now}, for any of the cells. */
    List<Meeting> held(Collection<Long> cellIds, Instant from, Instant to, Instant now) {
        return notCancelled(cellIds, from, to.isBefore(now) ? to : now);
    }

    /** Not cancelled, starting in [from, to), for any of the cells, in order of time. */
    List<Meeting> notCancelled(Collection<Long> cellIds, Instant from, Instant to) {
        // sorted by the stored instant: a province's year is 36,000 meetings, and their zoned times are slow to compare
        record Timed(long startsAt, Meeting meeting) {
        }
        var held = new ArrayList<>(InLists.query(cellIds, slice -> jdbc.sql("""
                        SELECT * FROM meeting WHERE cell_id IN (:cells) AND cancelled_at IS NULL
                          AND starts_at >= :from AND starts_at < :to""")
                .param("cells", slice).param("from", from.toEpochMilli()).param("to", to.toEpochMilli())
                .query((rs, row) -> new Timed(rs.getLong("starts_at"), meeting(rs, row))).list()));
        held.sort(Comparator.comparingLong(Timed::startsAt).thenComparingLong(timed -> timed.meeting().id()));
        return held.stream().map(Timed::meeting).toList();
    }

    boolean hasRegular(long cellId, YearMonth month) {
        return jdbc.sql("SELECT COUNT(*) FROM meeting WHERE cell_id = ? AND regular_month = ?")
                .params(cellId, month.toString()).query(Long.class).single() > 0;
    }

    /** Future regular meetings nobody moved or cancelled: those follow the rule when it changes. */
    List<Meeting> followingRule(long cellId, Instant after) {
        return jdbc.sql("""
                        SELECT * FROM meeting WHERE cell_id = ? AND kind = 'REGULAR' AND moved = FALSE
                        AND cancelled_at IS NULL AND starts_at > ? ORDER BY starts_at""")
                .params(cellId, after.toEpochMilli()).query(MeetingStore::meeting).list();
    }

    long insert(long cellId, Meeting.Kind kind, Instant startsAt, ZoneId zone, String place, String title, String topic,
                YearMonth regularMonth, Instant now) {
        return jdbc.sql("""
                        INSERT INTO meeting (cell_id, kind, starts_at, time_zone, place, title, topic, regular_month, moved,
                                             version, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE, 1, ?, ?) RETURNING id""")
                .params(cellId, kind.name(), startsAt.toEpochMilli(), zone.getId(), place, title, topic,
                        regularMonth == null ? null : regularMonth.toString(), now.toEpochMilli(), now.toEpochMilli())
                .query(Long.class).single();
    }

    void update(long id, Instant startsAt, String place, String title, String topic, boolean moved, Instant now) {
        jdbc.sql("""
                        UPDATE meeting SET starts_at = ?, place = ?, title = ?, topic = ?, moved = ?,
                                           version = version + 1, updated_at = ?
                        WHERE id = ?""")
                .params(startsAt.toEpochMilli(), place, title, topic, moved, now.toEpochMilli(), id).update();
    }

    void cancel(long id, String reason, Instant now) {
        jdbc.sql("""
                        UPDATE meeting SET cancelled_at = ?, cancel_reason = ?, version = version + 1, updated_at = ?
                        WHERE id = ?""")
                .params(now.toEpochMilli(), reason, now.toEpochMilli(), id).update();
    }

    Optional<String> calendarToken(long cellId) {
        return jdbc.sql("SELECT token FROM cell_calendar WHERE cell_id = ?").param(cellId).query(String.class).optional();
    }

    Optional<Long> cellOfCalendar(String token) {
        return jdbc.sql("SELECT cell_id FROM cell_calendar WHERE token = ?").param(token).query(Long.class).optional();
    }

    void insertCalendarToken(long cellId, String token) {
        jdbc.sql("INSERT INTO cell_calendar (cell_id, token) VALUES (?, ?) ON CONFLICT (cell_id) DO NOTHING")
                .params(cellId, token).update();
    }

    private static Meeting meeting(ResultSet rs, int row) throws SQLException {
        ZoneId zone = ZoneId.of(rs.getString("time_zone"));
        rs.getLong("cancelled_at");
        boolean cancelled = !rs.wasNull();
        return new Meeting(rs.getLong("id"), rs.getLong("cell_id"), Meeting.Kind.valueOf(rs.getString("kind")),
                Instant.ofEpochMilli(rs.getLong("starts_at")).atZone(zone), rs.getString("place"), rs.getString("title"),
                rs.getString("topic"), cancelled, rs.getString("cancel_reason"), rs.getInt("version"));
    }
}
