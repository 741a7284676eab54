package vn.chibo.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chibo.common.InLists;
import vn.chibo.meeting.Meeting;

/**
 * Each held meeting's counts as last worked out, with the versions of what they rest on at that moment (the
 * meeting's record, its cell's roster, the tree and its frames; the database moves those versions itself on every
 * change, see V39). Kept counts whose versions are all still current are the counts the records give now; the
 * others are worked out again. The versions are read before the records they cover, so a change made meanwhile
 * leaves the counts kept under the older version, which the next report finds stale.
 */
@Component
class MeetingTallies {

    /** The versions counts were worked out at: by meeting, by cell, and the tree's. */
    record Versions(Map<Long, Long> meetings, Map<Long, Long> cells, long tree) {
    }

    private static final Logger log = LoggerFactory.getLogger(MeetingTallies.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;

    MeetingTallies(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = transaction;
    }

    /**
     * The counts kept and still current of the cells' meetings that began from {@code from} until {@code to}. Each
     * row's versions are looked up by key beside it, so that no join order a planner picks can turn the lookup into
     * a scan.
     */
    Map<Long, Tally.Counts> current(Collection<Long> cellIds, Instant from, Instant to) {
        long tree = read("A", List.of(0L)).getOrDefault(0L, 0L);
        Map<Long, Tally.Counts> counts = new HashMap<>();
        // read by position: a province's year is 33,000 rows of 18 columns, and a column found by name costs each time
        InLists.forEachSlice(cellIds, cells -> jdbc.sql("""
                        SELECT t.meeting_id, t.meeting_version, t.cell_version, t.tree_version,
                               t.expected, t.replied_attending, t.replied_excused, t.replied_absent, t.recorded, t.present,
                               t.absent_excused, t.absent_unexcused, t.exempt, t.exempt_present, t.grade_points, t.grade,
                               (SELECT version FROM figures_version WHERE kind = 'M' AND id = t.meeting_id),
                               (SELECT version FROM figures_version WHERE kind = 'C' AND id = t.cell_id)
                        FROM meeting_tally t
                        WHERE t.cell_id IN (:cells) AND t.starts_at >= :from AND t.starts_at < :to""")
                .param("cells", cells).param("from", from.toEpochMilli()).param("to", to.toEpochMilli())
                .query(rs -> {
                    if (rs.getLong(2) == rs.getLong(17) && rs.getLong(3) == rs.getLong(18) && rs.getLong(4) == tree) {
                        counts.put(rs.getLong(1), counts(rs));
                    }
                }));
        return counts;
    }

    /** The versions now of what the meetings' counts rest on; read before the records themselves. */
    Versions versions(List<Meeting> meetings) {
        Set<Long> cells = new HashSet<>();
        meetings.forEach(meeting -> cells.add(meeting.cellId()));
        Map<Long, Long> tree = read("A", List.of(0L));
        return new Versions(read("M", meetings.stream().map(Meeting::id).toList()), read("C", cells),
                tree.getOrDefault(0L, 0L));
    }

    /**
     * Keeps the meetings' counts, worked out at {@code versions}, in place of any kept before. Keeping is a saving,
     * not a duty: should the database refuse the write (busy past its timeout), the report goes out all the same and
     * the next one works the counts out again.
     */
    void keep(List<Meeting> meetings, Map<Long, Tally.Counts> counts, Versions versions) {
        var rows = new ArrayList<Object[]>();
        for (Meeting meeting : meetings) {
            Tally.Counts c = counts.get(meeting.id());
            rows.add(new Object[] {meeting.id(), meeting.cellId(), meeting.startsAt().toInstant().toEpochMilli(),
                    versions.meetings().getOrDefault(meeting.id(), 0L), versions.cells().getOrDefault(meeting.cellId(), 0L),
                    versions.tree(), c.expected(), c.repliedAttending(), c.repliedExcused(), c.repliedAbsent(), c.recorded(),
                    c.present(), c.absentExcused(), c.absentUnexcused(), c.exempt(), c.exemptPresent(), c.gradePoints(),
                    c.grade()});
        }
        try {
            transaction.executeWithoutResult(status -> batch.batchUpdate("""
                        INSERT INTO meeting_tally (meeting_id, cell_id, starts_at, meeting_version, cell_version, tree_version,
                            expected, replied_attending, replied_excused, replied_absent, recorded, present, absent_excused,
                            absent_unexcused, exempt, exempt_present, grade_points, grade)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (meeting_id) DO UPDATE SET cell_id = excluded.cell_id, starts_at = excluded.starts_at,
                            meeting_version = excluded.meeting_version, cell_version = excluded.cell_version,
                            tree_version = excluded.tree_version, expected = excluded.expected,
                            replied_attending = excluded.replied_attending, replied_excused = excluded.replied_excused,
                            replied_absent = excluded.replied_absent, recorded = excluded.recorded, present = excluded.present,
                            absent_excused = excluded.absent_excused, absent_unexcused = excluded.absent_unexcused,
                            exempt = excluded.exempt, exempt_present = excluded.exempt_present,
                            grade_points = excluded.grade_points, grade = excluded.grade""", rows));
        } catch (DataAccessException e) {
            log.warn("The counts of {} meetings were not kept; the next report works them out again", meetings.size(), e);
        }
    }

    private Map<Long, Long> read(String kind, Collection<Long> ids) {
        Map<Long, Long> versions = new HashMap<>();
        InLists.forEachSlice(ids, slice -> jdbc.sql("SELECT id, version FROM figures_version WHERE kind = :kind AND id IN (:ids)")
                .param("kind", kind).param("ids", slice)
                .query(rs -> {
                    versions.put(rs.getLong(1), rs.getLong(2));
                }));
        return versions;
    }

    /** The counts of a row of {@link #current}, columns 5 to 16. */
    private static Tally.Counts counts(ResultSet rs) throws SQLException {
        double points = rs.getDouble(15);
        Double gradePoints = rs.wasNull() ? null : points;
        return new Tally.Counts(rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getBoolean(9), rs.getInt(10),
                rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(14), gradePoints, rs.getString(16));
    }
}
