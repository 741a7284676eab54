package vn.chibo.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.chibo.text.VietnameseText;

/**
 * What a roster file may not do to the tree and the roles as they stand: make a cell of a committee or the
 * other way round, make a unit whose name is an existing sibling's but for case, spaces or diacritics (a typo
 * that would quietly start a new committee), or take the last admin away from a committee.
 */
@Component
class RosterChecks {

    private final OrgStore store;

    RosterChecks(OrgStore store) {
        this.store = store;
    }

    void check(List<RosterRow> rows, RosterProblems problems) {
        checkClosedCells(rows, problems);
        checkKinds(rows, problems);
        checkNearDuplicates(rows, problems);
        checkLastAdmins(rows, problems);
    }

    /** A cell merged into another is closed: its members belong in the cell that took them. */
    private void checkClosedCells(List<RosterRow> rows, RosterProblems problems) {
        var closed = new HashMap<String, Boolean>();
        for (RosterRow row : rows) {
            if (closed.computeIfAbsent(row.pathText(), path -> store.unitByPath(path).filter(OrgUnit::closed).isPresent())) {
                problems.add(row.number(), row.cellColumn(), "roster.problem.closedCell", row.pathText());
            }
        }
    }

    /** A path cannot be a cell in one place and hold units in another, in the file or against the tree. */
    private void checkKinds(List<RosterRow> rows, RosterProblems problems) {
        var cellPaths = new HashMap<String, Integer>();
        var committeePaths = new HashMap<String, Integer>();
        for (RosterRow row : rows) {
            if (row.namesCell()) {
                cellPaths.putIfAbsent(row.pathText(), row.number());
            }
            for (int depth = 1; depth < row.path().size(); depth++) {
                committeePaths.putIfAbsent(String.join(OrgUnit.PATH_SEPARATOR, row.path().subList(0, depth)), row.number());
            }
        }
        var existingKinds = new HashMap<String, Optional<UnitKind>>();
        for (RosterRow row : rows) {
            String path = row.pathText();
            if (row.namesCell()) {
                Integer asCommittee = committeePaths.get(path);
                if (asCommittee != null || kindOf(path, existingKinds).filter(k -> k == UnitKind.COMMITTEE).isPresent()) {
                    problems.add(row.number(), row.cellColumn(), "roster.problem.cellIsCommittee", path);
                    continue;
                }
            }
            for (int depth = 1; depth < row.path().size(); depth++) {
                String prefix = String.join(OrgUnit.PATH_SEPARATOR, row.path().subList(0, depth));
                if (cellPaths.containsKey(prefix)
                        || kindOf(prefix, existingKinds).filter(k -> k == UnitKind.CELL).isPresent()) {
                    problems.add(row.number(), row.cellColumn(), "roster.problem.committeeIsCell", prefix);
                    break;
                }
            }
        }
    }

    private Optional<UnitKind> kindOf(String path, Map<String, Optional<UnitKind>> cache) {
        return cache.computeIfAbsent(path, p -> store.unitByPath(p).map(OrgUnit::kind));
    }

    /** A new unit named like an existing sibling but for case, spaces and diacritics is most likely a typo. */
    private void checkNearDuplicates(List<RosterRow> rows, RosterProblems problems) {
        Map<String, Optional<OrgUnit>> existing = new HashMap<>();
        Map<Long, List<OrgUnit>> children = new HashMap<>();
        for (RosterRow row : rows) {
            OrgUnit parent = null;
            for (int depth = 1; depth <= row.path().size(); depth++) {
                String prefix = String.join(OrgUnit.PATH_SEPARATOR, row.path().subList(0, depth));
                Optional<OrgUnit> unit = existing.computeIfAbsent(prefix, store::unitByPath);
                if (unit.isEmpty()) {
                    String typed = row.path().get(depth - 1);
                    Long parentId = parent == null ? null : parent.id();
                    Optional<OrgUnit> twin = children.computeIfAbsent(parentId, store::children).stream()
                            .filter(sibling -> sameName(sibling.name(), typed)).findFirst();
                    if (twin.isPresent()) {
                        problems.add(row.number(), row.cellColumn(), "roster.problem.nearDuplicate", typed,
                                twin.get().path());
                    }
                    break;
                }
                parent = unit.get();
            }
        }
    }

    /** Two names that differ only by case, spaces or diacritics: a typo away from each other. */
    static boolean sameName(String a, String b) {
        return VietnameseText.fold(a).replace(" ", "").equals(VietnameseText.fold(b).replace(" ", ""));
    }

    /** Every committee or cell that has an admin keeps one: an import that would demote or move the last is refused. */
    private void checkLastAdmins(List<RosterRow> rows, RosterProblems problems) {
        Map<String, RosterRow> byPhone = new HashMap<>();
        rows.forEach(row -> byPhone.put(row.phone(), row));
        Map<Long, List<Member>> adminsByUnit = new HashMap<>();
        store.withRole(Role.ADMIN).forEach(admin -> adminsByUnit.computeIfAbsent(admin.unit().id(), id -> new ArrayList<>())
                .add(admin));
        Set<String> adminPathsAfter = new HashSet<>();
        rows.stream().filter(row -> row.role() == Role.ADMIN).forEach(row -> adminPathsAfter.add(row.pathText()));
        adminsByUnit.forEach((unitId, admins) -> {
            List<RosterRow> demoting = new ArrayList<>();
            boolean kept = false;
            for (Member admin : admins) {
                RosterRow row = byPhone.get(admin.phone());
                if (row == null || row.role() == Role.ADMIN && row.pathText().equals(admin.unit().path())) {
                    kept = true;
                } else {
                    demoting.add(row);
                }
            }
            String unitPath = admins.get(0).unit().path();
            if (!kept && !adminPathsAfter.contains(unitPath)) {
                demoting.forEach(row -> problems.add(row.number(), row.roleColumn(), "roster.problem.lastAdmin",
                        row.fullName(), unitPath));
            }
        });
    }
}
