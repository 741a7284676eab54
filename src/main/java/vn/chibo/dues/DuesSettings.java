package vn.chibo.dues;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.common.Outcome;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.organization.Role;

/**
 * A cell's dues settings: who records payments besides the secretary and deputy (a member the cell names as
 * collector; who collects is not set centrally, fact 73), the day members who have not paid are reminded, and the
 * first month the cell keeps its dues in the bot (by default the month of its first record).
 */
@Service
public class DuesSettings {

    /** The settings that hold for a cell; {@code collector} null: the secretary collects. */
    public record Settings(Long collector, int remindDay, YearMonth startMonth) {
    }

    private final JdbcClient jdbc;
    private final Organization organization;
    private final Clock clock;
    private final int defaultRemindDay;

    DuesSettings(JdbcClient jdbc, Organization organization, Clock clock, @Value("${chibo.dues.remind-day}") int defaultRemindDay) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.clock = clock;
        this.defaultRemindDay = defaultRemindDay;
    }

    public Settings of(OrgUnit cell) {
        return jdbc.sql("SELECT collector, remind_day, start_month FROM dues_setting WHERE cell_id = ?").param(cell.id())
                .query((rs, n) -> {
                    long collector = rs.getLong(1);
                    Long named = rs.wasNull() ? null : collector;
                    String start = rs.getString(3);
                    return new Settings(named, rs.getInt(2), start == null ? null : YearMonth.parse(start));
                }).optional().orElse(new Settings(null, defaultRemindDay, null));
    }

    @Transactional
    public Outcome<Settings, String> set(OrgUnit cell, Long collector, Integer remindDay, YearMonth startMonth) {
        if (collector != null && organization.member(collector).filter(member -> member.unit().id() == cell.id()).isEmpty()) {
            return Outcome.refused("dues.problem.collector");
        }
        int day = remindDay == null ? defaultRemindDay : remindDay;
        if (day < 1 || day > 28) {
            return Outcome.refused("dues.problem.remindDay");
        }
        YearMonth start = startMonth != null ? startMonth : of(cell).startMonth();
        jdbc.sql("DELETE FROM dues_setting WHERE cell_id = ?").param(cell.id()).update();
        jdbc.sql("INSERT INTO dues_setting (cell_id, collector, remind_day, start_month, updated_at) VALUES (?, ?, ?, ?, ?)")
                .params(cell.id(), collector, day, start == null ? null : start.toString(), clock.millis()).update();
        return Outcome.done(of(cell));
    }

    /** The cell begins keeping its dues here with {@code month}, unless a start is already set. */
    void startAt(OrgUnit cell, YearMonth month) {
        int changed = jdbc.sql("UPDATE dues_setting SET start_month = ? WHERE cell_id = ? AND start_month IS NULL")
                .params(month.toString(), cell.id()).update();
        if (changed == 0 && of(cell).startMonth() == null) {
            jdbc.sql("INSERT INTO dues_setting (cell_id, collector, remind_day, start_month, updated_at) VALUES (?, NULL, ?, ?, ?)")
                    .params(cell.id(), defaultRemindDay, month.toString(), clock.millis()).update();
        }
    }

    /** Who collects in the cell: the member it named, else its secretary. */
    public Optional<Member> collector(OrgUnit cell) {
        Long named = of(cell).collector();
        if (named != null) {
            return organization.member(named);
        }
        return organization.membersOf(cell).stream().filter(member -> member.role() == Role.SECRETARY).findFirst();
    }

    /** Whether {@code actor} records the cell's dues: its secretary or deputy, its collector, an admin above it. */
    public boolean mayRecord(Member actor, OrgUnit cell) {
        if (actor.mayManage(cell)) {
            return true;
        }
        Long named = of(cell).collector();
        return named != null && named == actor.id();
    }
}
