package vn.chibo.organization;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.Outcome;
import vn.chibo.organization.RosterImportResult.Change;
import vn.chibo.organization.RosterImportResult.ImportedMember;

/**
 * Imports a roster CSV: every row is checked first, and one bad row means nothing is imported.
 * Members are matched by phone, so importing the same file again changes nothing.
 */
@Service
public class RosterImport {

    private final OrgStore store;
    private final Organization organization;
    private final MessageSource messages;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RosterImport(OrgStore store, Organization organization, MessageSource messages, Clock clock,
                 ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * @param locale the language of the problem messages
     * @return what was imported, or refused listing every problem when any row is bad (then nothing was)
     */
    @Transactional
    public Outcome<RosterImportResult, RosterProblem> importCsv(String csv, Locale locale) {
        var problems = new RosterProblems(messages, locale);
        List<RosterRow> rows = RosterCsv.parse(csv, problems);
        checkTree(rows, problems);
        if (!problems.isEmpty()) {
            return Outcome.refused(problems.sorted());
        }
        return Outcome.done(apply(rows));
    }

    /** A path cannot be a cell in one place and hold units in another, in the file or against the tree. */
    private void checkTree(List<RosterRow> rows, RosterProblems problems) {
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

    private RosterImportResult apply(List<RosterRow> rows) {
        Instant now = clock.instant();
        var units = new HashMap<String, OrgUnit>();
        var madeNow = new HashSet<Long>();
        var imported = new ArrayList<ImportedMember>();
        int created = 0;
        int updated = 0;
        for (RosterRow row : rows) {
            OrgUnit unit = ensureUnit(row.path(), row.namesCell() ? UnitKind.CELL : UnitKind.COMMITTEE, units, madeNow, now);
            Optional<Member> existing = store.memberByPhone(row.phone());
            long memberId;
            Change change;
            if (existing.isEmpty()) {
                memberId = store.insertMember(row.fullName(), row.phone(), row.status(), row.role(), unit.id(), now);
                change = Change.CREATED;
                created++;
            } else {
                Member member = existing.get();
                memberId = member.id();
                boolean same = member.fullName().equals(row.fullName()) && member.status() == row.status()
                        && member.role() == row.role() && member.unit().id() == unit.id();
                if (same) {
                    change = Change.UNCHANGED;
                } else {
                    store.updateMember(memberId, row.fullName(), row.status(), row.role(), unit.id(), now);
                    change = Change.UPDATED;
                    updated++;
                }
            }
            boolean linked = !store.identitiesOf(memberId).isEmpty();
            Invite invite = linked ? null : organization.currentInvite(memberId);
            imported.add(new ImportedMember(memberId, row.fullName(), row.phone(), unit.path(), row.role(),
                    row.status(), change, linked, invite == null ? null : invite.code(),
                    invite == null ? null : invite.expiresAt()));
        }
        List<Long> newCells = units.values().stream().filter(unit -> unit.isCell() && madeNow.contains(unit.id()))
                .map(OrgUnit::id).toList();
        if (!newCells.isEmpty()) {
            events.publishEvent(new CellsCreated(newCells));
        }
        return new RosterImportResult(created, updated, rows.size() - created - updated, imported);
    }

    private OrgUnit ensureUnit(List<String> path, UnitKind leafKind, Map<String, OrgUnit> units, Set<Long> madeNow,
                               Instant now) {
        OrgUnit parent = null;
        for (int depth = 1; depth <= path.size(); depth++) {
            String prefix = String.join(OrgUnit.PATH_SEPARATOR, path.subList(0, depth));
            Long parentId = parent == null ? null : parent.id();
            UnitKind kind = depth == path.size() ? leafKind : UnitKind.COMMITTEE;
            String name = path.get(depth - 1);
            parent = units.computeIfAbsent(prefix, p -> store.unitByPath(p).orElseGet(() -> {
                OrgUnit made = store.insertUnit(parentId, name, kind, p, now);
                madeNow.add(made.id());
                return made;
            }));
        }
        return parent;
    }
}
