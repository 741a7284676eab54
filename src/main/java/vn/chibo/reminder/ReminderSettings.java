package vn.chibo.reminder;

import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.common.Outcome;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;

/** Reminder stages and quiet hours per committee: a unit's own, else the nearest above, else the defaults. */
@Service
public class ReminderSettings {

    /** The stages and quiet hours that hold for a unit, and the unit they were set on (null: the defaults). */
    public record Effective(List<Stage> stages, LocalTime quietFrom, LocalTime quietUntil, OrgUnit definedAt) {
    }

    /** One stage: {@code daysBefore} at {@code at}, or {@code hoursBefore} the start. */
    public record Stage(Integer daysBefore, LocalTime at, Integer hoursBefore) {
    }

    private static final TypeReference<List<Stage>> STAGES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Organization organization;
    private final ReminderProperties defaults;
    private final Clock clock;

    ReminderSettings(JdbcClient jdbc, JsonMapper json, Organization organization, ReminderProperties defaults, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.organization = organization;
        this.defaults = defaults;
        this.clock = clock;
    }

    public Effective effective(OrgUnit unit) {
        for (OrgUnit at : organization.lineage(unit)) {
            OrgUnit definedAt = at;
            Optional<Effective> own = jdbc.sql("SELECT stages, quiet_from, quiet_until FROM reminder_settings WHERE unit_id = ?")
                    .param(at.id())
                    .query((rs, n) -> new Effective(json.readValue(rs.getString("stages"), STAGES),
                            LocalTime.parse(rs.getString("quiet_from")), LocalTime.parse(rs.getString("quiet_until")), definedAt))
                    .optional();
            if (own.isPresent()) {
                return own.get();
            }
        }
        return new Effective(defaults.stages().stream().map(s -> new Stage(s.daysBefore(), s.at(), s.hoursBefore())).toList(),
                defaults.quietFrom(), defaults.quietUntil(), null);
    }

    /** Refused with the message key of every problem; nothing is stored then. */
    public Outcome<Effective, String> set(OrgUnit unit, List<Stage> stages, LocalTime quietFrom, LocalTime quietUntil) {
        var problems = new ArrayList<String>();
        if (stages == null || stages.isEmpty() || stages.size() > 5) {
            problems.add("reminders.problem.count");
        } else {
            for (Stage stage : stages) {
                boolean byDays = stage.daysBefore() != null && stage.at() != null && stage.hoursBefore() == null
                        && stage.daysBefore() >= 1 && stage.daysBefore() <= 14;
                boolean byHours = stage.hoursBefore() != null && stage.daysBefore() == null && stage.at() == null
                        && stage.hoursBefore() >= 1 && stage.hoursBefore() <= 72;
                if (!byDays && !byHours) {
                    problems.add("reminders.problem.stage");
                    break;
                }
            }
        }
        if (quietFrom == null || quietUntil == null) {
            problems.add("reminders.problem.quiet");
        }
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        jdbc.sql("DELETE FROM reminder_settings WHERE unit_id = ?").param(unit.id()).update();
        jdbc.sql("INSERT INTO reminder_settings (unit_id, stages, quiet_from, quiet_until, updated_at) VALUES (?, ?, ?, ?, ?)")
                .params(unit.id(), json.writeValueAsString(stages), quietFrom.toString(), quietUntil.toString(),
                        clock.instant().toEpochMilli())
                .update();
        return Outcome.done(effective(unit));
    }
}
