package vn.chibo.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.common.Outcome;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;

/** Regular meeting rules: a cell's own, or else the nearest committee's above it. */
@Service
public class Schedules {

    /** The rule that holds for a cell, where it was set, and the time zone its times are in. */
    public record EffectiveRule(ScheduleRule rule, OrgUnit definedAt, ZoneId zone) {
    }

    private final JdbcClient jdbc;
    private final Organization organization;
    private final Clock clock;
    private final ZoneId defaultZone;
    private final ApplicationEventPublisher events;

    Schedules(JdbcClient jdbc, Organization organization, Clock clock, @Value("${chibo.time-zone}") ZoneId defaultZone,
              ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.organization = organization;
        this.clock = clock;
        this.defaultZone = defaultZone;
    }

    public Optional<EffectiveRule> effectiveRule(OrgUnit cell) {
        for (OrgUnit unit : organization.lineage(cell)) {
            OrgUnit at = unit;
            var own = jdbc.sql("SELECT * FROM schedule_rule WHERE unit_id = ?").param(unit.id())
                    .query((rs, n) -> {
                        String weekday = rs.getString("weekday");
                        String zone = rs.getString("time_zone");
                        var rule = new ScheduleRule(ScheduleRule.Kind.valueOf(rs.getString("kind")),
                                nullableInt(rs, "day"), nullableInt(rs, "week"),
                                weekday == null ? null : DayOfWeek.valueOf(weekday),
                                LocalTime.parse(rs.getString("meeting_time")), rs.getString("place"));
                        return new EffectiveRule(rule, at, zone == null ? defaultZone : ZoneId.of(zone));
                    })
                    .optional();
            if (own.isPresent()) {
                return own;
            }
        }
        return Optional.empty();
    }

    /**
     * Sets a unit's own rule: for a cell, its regular meeting; for a committee, the default of the cells below.
     *
     * @param zone the cell's time zone, or null for the bot's
     * @return refused with the message keys of every problem when the rule cannot be used
     */
    @Transactional
    public Outcome<ScheduleRule, String> setRule(OrgUnit unit, ScheduleRule rule, ZoneId zone) {
        List<String> problems = new ArrayList<>(rule.problems());
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        jdbc.sql("DELETE FROM schedule_rule WHERE unit_id = ?").param(unit.id()).update();
        jdbc.sql("""
                        INSERT INTO schedule_rule (unit_id, kind, day, week, weekday, meeting_time, place, time_zone,
                                                   updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(unit.id(), rule.kind().name(),
                        rule.kind() == ScheduleRule.Kind.DAY_OF_MONTH ? rule.day() : null,
                        rule.kind() == ScheduleRule.Kind.NTH_WEEKDAY ? rule.week() : null,
                        rule.kind() == ScheduleRule.Kind.NTH_WEEKDAY ? rule.weekday().name() : null,
                        rule.time().withSecond(0).withNano(0).toString(), rule.place().strip(), zone == null ? null : zone.getId(),
                        clock.instant().toEpochMilli())
                .update();
        events.publishEvent(new RuleChanged(unit));
        return Outcome.done(rule);
    }

    /** Published in the transaction that changed a unit's rule. */
    record RuleChanged(OrgUnit unit) {
    }

    /** The next {@code count} regular meetings that have not begun, by a rule. */
    public List<ZonedDateTime> upcoming(EffectiveRule effective, int count) {
        ZonedDateTime now = clock.instant().atZone(effective.zone());
        var starts = new ArrayList<ZonedDateTime>();
        for (YearMonth month = YearMonth.from(now); starts.size() < count; month = month.plusMonths(1)) {
            ZonedDateTime start = effective.rule().startIn(month, effective.zone());
            if (start.isAfter(now)) {
                starts.add(start);
            }
        }
        return starts;
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
