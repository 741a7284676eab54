package vn.chibo.statistics;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.common.Outcome;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;

/**
 * Quality criteria per committee: a unit's own, else the nearest committee's above, else the bot's default.
 * The default keeps the figures of Hướng dẫn 12-HD/BTCTW (2018), labelled as such, because the criteria under
 * Hướng dẫn 42-HD/BTCTW (2025) could not be verified.
 */
@Service
public class Criteria {

    static final int MAX_DOCUMENT = 200;

    private record Own(String document, double minPresentPercent, int maxUnexcusedAbsences, double targetPercent) {
    }

    private final JdbcClient jdbc;
    private final Organization organization;
    private final StatisticsProperties defaults;
    private final Clock clock;

    Criteria(JdbcClient jdbc, Organization organization, StatisticsProperties defaults, Clock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.defaults = defaults;
        this.clock = clock;
    }

    public QualityCriteria defaults() {
        return new QualityCriteria(defaults.qualityDocument(), defaults.qualityPercent(), defaults.maxUnexcusedAbsences(),
                defaults.targetPercent(), null, null);
    }

    public QualityCriteria effective(OrgUnit unit) {
        return forUnits(List.of(unit)).get(unit.id());
    }

    /** Each unit's criteria by unit id, from one read of every unit's own (a short table). */
    public Map<Long, QualityCriteria> forUnits(Collection<OrgUnit> units) {
        Map<Long, Own> own = new HashMap<>();
        jdbc.sql("SELECT * FROM quality_criteria").query((rs, n) -> own.put(rs.getLong("unit_id"),
                new Own(rs.getString("document"), rs.getDouble("min_present_percent"),
                        rs.getInt("max_unexcused_absences"), rs.getDouble("target_percent")))).list();
        var effective = new HashMap<Long, QualityCriteria>();
        Map<Long, OrgUnit> tree = new HashMap<>();
        if (!own.isEmpty()) {
            organization.units().forEach(unit -> tree.put(unit.id(), unit));
        }
        for (OrgUnit unit : units) {
            effective.put(unit.id(), own.isEmpty() ? defaults() : resolve(unit, own, tree));
        }
        return effective;
    }

    /** The unit's own criteria, else the nearest ancestor's, walking up the tree read once. */
    private QualityCriteria resolve(OrgUnit unit, Map<Long, Own> own, Map<Long, OrgUnit> tree) {
        for (OrgUnit at = unit; at != null; at = at.parentId() == null ? null : tree.get(at.parentId())) {
            Own set = own.get(at.id());
            if (set != null) {
                return new QualityCriteria(set.document(), set.minPresentPercent(), set.maxUnexcusedAbsences(),
                        set.targetPercent(), at.id(), at.name());
            }
        }
        return defaults();
    }

    /** Refused with the message key of every problem; nothing is stored then. */
    @Transactional
    public Outcome<QualityCriteria, String> set(OrgUnit unit, String document, Double minPresentPercent,
                                                Integer maxUnexcusedAbsences, Double targetPercent) {
        var problems = new ArrayList<String>();
        if (document == null || document.isBlank() || document.strip().length() > MAX_DOCUMENT) {
            problems.add("criteria.problem.document");
        }
        if (minPresentPercent == null || minPresentPercent < 0 || minPresentPercent >= 100) {
            problems.add("criteria.problem.minPresent");
        }
        if (maxUnexcusedAbsences == null || maxUnexcusedAbsences < 0 || maxUnexcusedAbsences > 1000) {
            problems.add("criteria.problem.maxUnexcused");
        }
        if (targetPercent == null || targetPercent <= 0 || targetPercent > 100) {
            problems.add("criteria.problem.target");
        }
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        jdbc.sql("DELETE FROM quality_criteria WHERE unit_id = ?").param(unit.id()).update();
        jdbc.sql("""
                INSERT INTO quality_criteria (unit_id, document, min_present_percent, max_unexcused_absences,
                                              target_percent, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(unit.id(), document.strip(), minPresentPercent, maxUnexcusedAbsences, targetPercent, clock.millis())
                .update();
        return Outcome.done(effective(unit));
    }

    /** The unit takes its parent's criteria again. */
    @Transactional
    public QualityCriteria inherit(OrgUnit unit) {
        jdbc.sql("DELETE FROM quality_criteria WHERE unit_id = ?").param(unit.id()).update();
        return effective(unit);
    }
}
