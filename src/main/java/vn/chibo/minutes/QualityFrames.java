package vn.chibo.minutes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.Outcome;
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

    /** The frame that holds for a unit: its own, or the nearest above it, or the bot's default. */
    public QualityFrame effective(OrgUnit unit) {
        for (OrgUnit nearest : organization.lineage(unit)) {
            Optional<QualityFrame> own = own(nearest.id());
            if (own.isPresent()) {
                return own.get();
            }
        }
        return defaults;
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

    private Optional<QualityFrame> own(long unitId) {
        return jdbc.sql("SELECT * FROM quality_frame WHERE unit_id = ?").param(unitId).query(QualityFrames::row).optional();
    }

    private static QualityFrame row(ResultSet rs, int n) throws SQLException {
        return new QualityFrame(rs.getString("name"), rs.getInt("documents_points"), rs.getInt("duration_points"),
                rs.getInt("attendance_points"), rs.getInt("speakers_points"), rs.getInt("resolution_points"),
                rs.getInt("minutes_points"), rs.getInt("min_minutes"), rs.getInt("min_speakers"), rs.getInt("good"),
                rs.getInt("fair"), rs.getInt("average"), rs.getLong("unit_id"));
    }
}
