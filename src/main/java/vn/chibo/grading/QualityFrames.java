package vn.chibo.grading;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.common.Outcome;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;

/** Each committee's frame for grading meetings, inherited down the tree like its quality criteria. */
@Service
public class QualityFrames {

    private final JdbcClient jdbc;
    private final Organization organization;
    private final Clock clock;
    private final QualityFrame defaults;

    QualityFrames(JdbcClient jdbc, Organization organization, Clock clock,
                  @Value("${chibo.quality-frame.name}") String name,
                  @Value("${chibo.quality-frame.points}") List<Integer> points,
                  @Value("${chibo.quality-frame.min-minutes}") int minMinutes,
                  @Value("${chibo.quality-frame.min-speakers}") int minSpeakers,
                  @Value("${chibo.quality-frame.grades}") List<Integer> grades) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.clock = clock;
        this.defaults = new QualityFrame(name, points.get(0), points.get(1), points.get(2), points.get(3), points.get(4),
                points.get(5), minMinutes, minSpeakers, grades.get(0), grades.get(1), grades.get(2), null);
    }

    /** Whether the frame is the bot's own default, whose name is said in the reader's language. */
    boolean isDefault(QualityFrame frame) {
        return frame.name().equals(defaults.name());
    }

    /** The frame that holds for a unit: its own, or the nearest above it, or the bot's default. */
    public QualityFrame effective(OrgUnit unit) {
        return forUnits(List.of(unit)).get(unit.id());
    }

    /** The frame that holds for each unit, by unit id, from one read of every committee's own (a short table). */
    public Map<Long, QualityFrame> forUnits(Collection<OrgUnit> units) {
        Map<Long, QualityFrame> own = new HashMap<>();
        jdbc.sql("SELECT * FROM quality_frame").query(QualityFrames::row).list()
                .forEach(frame -> own.put(frame.definedAt(), frame));
        Map<Long, OrgUnit> tree = new HashMap<>();
        if (!own.isEmpty()) {
            organization.units().forEach(unit -> tree.put(unit.id(), unit));
        }
        var effective = new HashMap<Long, QualityFrame>();
        for (OrgUnit unit : units) {
            QualityFrame found = defaults;
            for (OrgUnit at = unit; at != null && !own.isEmpty(); at = at.parentId() == null ? null : tree.get(at.parentId())) {
                if (own.containsKey(at.id())) {
                    found = own.get(at.id());
                    break;
                }
            }
            effective.put(unit.id(), found);
        }
        return effective;
    }

    @Transactional
    public Outcome<QualityFrame, String> set(OrgUnit unit, QualityFrame frame) {
        if (!frame.valid()) {
            return Outcome.refused("frame.problem.invalid");
        }
        jdbc.sql("DELETE FROM quality_frame WHERE unit_id = ?").param(unit.id()).update();
        jdbc.sql("""
                        INSERT INTO quality_frame (unit_id, name, documents_points, duration_points, attendance_points,
                            speakers_points, resolution_points, minutes_points, min_minutes, min_speakers, good, fair,
                            average, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(unit.id(), frame.name().strip(), frame.documentsPoints(), frame.durationPoints(),
                        frame.attendancePoints(), frame.speakersPoints(), frame.resolutionPoints(), frame.minutesPoints(),
                        frame.minMinutes(), frame.minSpeakers(), frame.good(), frame.fair(), frame.average(), clock.millis())
                .update();
        return Outcome.done(effective(unit));
    }

    /** Drops the unit's own frame: it takes the one above again. */
    @Transactional
    public QualityFrame inherit(OrgUnit unit) {
        jdbc.sql("DELETE FROM quality_frame WHERE unit_id = ?").param(unit.id()).update();
        return effective(unit);
    }

    private static QualityFrame row(ResultSet rs, int n) throws SQLException {
        return new QualityFrame(rs.getString("name"), rs.getInt("documents_points"), rs.getInt("duration_points"),
                rs.getInt("attendance_points"), rs.getInt("speakers_points"), rs.getInt("resolution_points"),
                rs.getInt("minutes_points"), rs.getInt("min_minutes"), rs.getInt("min_speakers"), rs.getInt("good"),
                rs.getInt("fair"), rs.getInt("average"), rs.getLong("unit_id"));
    }
}
