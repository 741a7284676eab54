package vn.chibo.organization;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.common.Outcome;
import vn.chibo.text.VietnameseText;

/**
 * Changes to the committee tree after the 2025 reform: a unit moved under another parent, renamed, or a cell
 * merged into another. History stays: a move is kept with its moment ({@link Placement}), a merged cell is
 * closed, not deleted, and its meetings stay its own.
 */
@Service
public class OrgTree {

    private static final int MAX_NAME = 200;

    private final JdbcClient jdbc;
    private final OrgStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrgTree(JdbcClient jdbc, OrgStore store, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** Puts the unit and everything below it under {@code parent}; refused with a message key. */
    @Transactional
    public Outcome<OrgUnit, String> move(OrgUnit unit, OrgUnit parent) {
        if (unit.closed() || parent.closed()) {
            return Outcome.refused("tree.problem.closed");
        }
        if (parent.isCell()) {
            return Outcome.refused("tree.problem.parentIsCell");
        }
        if (unit.covers(parent)) {
            return Outcome.refused("tree.problem.underItself");
        }
        if (unit.parentId() != null && unit.parentId() == parent.id()) {
            return Outcome.done(unit);
        }
        String newPath = parent.path() + OrgUnit.PATH_SEPARATOR + unit.name();
        if (store.unitByPath(newPath).isPresent()) {
            return Outcome.refused("tree.problem.nameTaken");
        }
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO org_unit_move (unit_id, old_parent_id, new_parent_id, moved_at) VALUES (?, ?, ?, ?)")
                .params(unit.id(), unit.parentId(), parent.id(), now.toEpochMilli()).update();
        jdbc.sql("UPDATE org_unit SET parent_id = ? WHERE id = ?").params(parent.id(), unit.id()).update();
        repath(unit, newPath);
        return Outcome.done(store.unit(unit.id()).orElseThrow());
    }

    /** Gives the unit a new name, the same for everything below it in their paths; refused with a message key. */
    @Transactional
    public Outcome<OrgUnit, String> rename(OrgUnit unit, String name) {
        String tidy = name == null ? "" : VietnameseText.tidy(name);
        if (tidy.isEmpty() || tidy.length() > MAX_NAME || tidy.contains(OrgUnit.PATH_SEPARATOR)) {
            return Outcome.refused("tree.problem.name");
        }
        int end = unit.path().lastIndexOf(OrgUnit.PATH_SEPARATOR);
        String newPath = (end < 0 ? "" : unit.path().substring(0, end + 1)) + tidy;
        if (!newPath.equals(unit.path()) && store.unitByPath(newPath).isPresent()) {
            return Outcome.refused("tree.problem.nameTaken");
        }
        if (store.children(unit.parentId()).stream()
                .anyMatch(sibling -> sibling.id() != unit.id() && RosterChecks.sameName(sibling.name(), tidy))) {
            return Outcome.refused("tree.problem.nearDuplicate");
        }
        jdbc.sql("UPDATE org_unit SET name = ? WHERE id = ?").params(tidy, unit.id()).update();
        repath(unit, newPath);
        return Outcome.done(store.unit(unit.id()).orElseThrow());
    }

    /**
     * Moves the cell's members (with their chat accounts) into {@code into} and closes the cell; its meetings
     * ahead go too ({@link CellMerged}). Refused with a message key.
     */
    @Transactional
    public Outcome<OrgUnit, String> merge(OrgUnit cell, OrgUnit into) {
        if (!cell.isCell() || !into.isCell()) {
            return Outcome.refused("tree.problem.notCells");
        }
        if (cell.id() == into.id()) {
            return Outcome.refused("tree.problem.sameCell");
        }
        if (cell.closed() || into.closed()) {
            return Outcome.refused("tree.problem.closed");
        }
        Instant now = clock.instant();
        jdbc.sql("UPDATE member SET unit_id = ?, updated_at = ? WHERE unit_id = ?")
                .params(into.id(), now.toEpochMilli(), cell.id()).update();
        jdbc.sql("UPDATE org_unit SET closed_at = ?, merged_into = ? WHERE id = ?")
                .params(now.toEpochMilli(), into.id(), cell.id()).update();
        events.publishEvent(new CellMerged(cell.id(), into.id(), now));
        return Outcome.done(store.unit(into.id()).orElseThrow());
    }

    /** Every unit's parent now and its moves, from two reads. */
    public Placement placement() {
        Map<Long, List<Placement.Move>> moves = jdbc.sql("SELECT * FROM org_unit_move ORDER BY moved_at, id")
                .query((rs, n) -> {
                    long oldParent = rs.getLong("old_parent_id");
                    Long old = rs.wasNull() ? null : oldParent;
                    long newParent = rs.getLong("new_parent_id");
                    Long moved = rs.wasNull() ? null : newParent;
                    return new Placement.Move(rs.getLong("unit_id"), old, moved, Instant.ofEpochMilli(rs.getLong("moved_at")));
                })
                .list().stream()
                .collect(Collectors.groupingBy(Placement.Move::unitId, LinkedHashMap::new, Collectors.toList()));
        return new Placement(store.units(), moves);
    }

    /**
     * The cells whose meetings may count for {@code unit} in some month: those below it now, closed ones too,
     * and those below any unit that ever moved (it may have been below {@code unit} before).
     */
    public List<OrgUnit> cellsEverUnder(OrgUnit unit, Placement placement) {
        List<OrgUnit> units = placement.units();
        List<OrgUnit> moved = units.stream().filter(u -> placement.movedUnits().contains(u.id())).toList();
        var cells = new ArrayList<OrgUnit>();
        for (OrgUnit candidate : units) {
            if (candidate.isCell() && (unit.covers(candidate) || moved.stream().anyMatch(m -> m.covers(candidate)))) {
                cells.add(candidate);
            }
        }
        return cells;
    }

    /** The unit's new path, and the same for everything below it, found by the tree itself rather than by text. */
    private void repath(OrgUnit unit, String newPath) {
        jdbc.sql("""
                WITH RECURSIVE below (id) AS (
                    SELECT id FROM org_unit WHERE id = ?
                    UNION ALL SELECT u.id FROM org_unit u JOIN below b ON u.parent_id = b.id)
                UPDATE org_unit SET path = ? || SUBSTR(path, ?) WHERE id IN (SELECT id FROM below)""")
                .params(unit.id(), newPath, unit.path().length() + 1).update();
    }
}
