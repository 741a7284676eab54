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
    private final RosterChecks checks;

    RosterImport(OrgStore store, Organization organization, MessageSource messages, Clock clock,
                 ApplicationEventPublisher events, RosterChecks checks) {
        this.events = events;
        this.checks = checks;
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
        return importCsv(csv, locale, null);
    }

    /** The same, for an admin whose scope is {@code scopePath}: a row outside it is a problem of its own. */
    @Transactional
    public Outcome<RosterImportResult, RosterProblem> importCsv(String csv, Locale locale, String scopePath) {
        var problems = new RosterProblems(messages, locale);
        List<RosterRow> rows = RosterCsv.parse(csv, problems);
        checks.check(rows, problems);
        if (scopePath != null) {
            rows.stream().filter(row -> !OrgUnit.covers(scopePath, row.pathText())).forEach(row ->
                    problems.add(row.number(), row.cellColumn(), "roster.problem.outsideScope", row.pathText(), scopePath));
        }
        if (!problems.isEmpty()) {
            return Outcome.refused(problems.sorted());
        }
        return Outcome.done(apply(rows));
    }

    private RosterImportResult apply(List<RosterRow> rows) {
        Instant now = clock.instant();
        var units = new HashMap<String, OrgUnit>();
        var madeNow = new HashSet<Long>();
        var imported = new ArrayList<ImportedMember>();
        var roleChanges = new ArrayList<RosterImportResult.RoleChange>();
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
                if (member.role() != row.role()) {
                    roleChanges.add(new RosterImportResult.RoleChange(memberId, member.fullName(), member.phone(),
                            member.role(), row.role()));
                }
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
        List<String> createdUnits = units.values().stream().filter(unit -> madeNow.contains(unit.id()))
                .map(OrgUnit::path).sorted().toList();
        return new RosterImportResult(created, updated, rows.size() - created - updated, imported, createdUnits,
                roleChanges);
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
