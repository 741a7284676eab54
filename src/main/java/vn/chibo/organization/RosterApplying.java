package vn.chibo.organization;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.chibo.organization.RosterImportResult.Change;
import vn.chibo.organization.RosterImportResult.ImportedMember;

/**
 * One import's writes, row by row, in as many transactions as the caller likes: what it made and changed is
 * kept here until {@link #finish()} tells it all. Rows were checked before; none is refused here.
 */
final class RosterApplying {

    private final OrgStore store;
    private final Organization organization;
    private final Exemptions exemptions;
    private final Instant now;
    private final Map<String, OrgUnit> units = new HashMap<>();
    private final Set<Long> madeNow = new HashSet<>();
    private final List<ImportedMember> imported = new ArrayList<>();
    private final List<RosterImportResult.RoleChange> roleChanges = new ArrayList<>();
    private int created;
    private int updated;

    RosterApplying(OrgStore store, Organization organization, Exemptions exemptions, Instant now) {
        this.store = store;
        this.organization = organization;
        this.exemptions = exemptions;
        this.now = now;
    }

    void row(RosterRow row) {
        OrgUnit unit = ensureUnit(row.path(), row.namesCell() ? UnitKind.CELL : UnitKind.COMMITTEE);
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
        if (row.exempt() != null) {
            exemptions.fromRoster(memberId, row.exempt());
        }
        if (row.joinedOn() != null) {
            store.setJoinedOn(memberId, row.joinedOn());
        }
        boolean linked = !store.identitiesOf(memberId).isEmpty();
        Invite invite = linked ? null : organization.currentInvite(memberId);
        imported.add(new ImportedMember(memberId, row.fullName(), row.phone(), unit.path(), row.role(),
                row.status(), change, linked, invite == null ? null : invite.code(),
                invite == null ? null : invite.expiresAt()));
    }

    /** The cells made, for those who prepare for new cells; and what the import did. */
    List<Long> newCells() {
        return units.values().stream().filter(unit -> unit.isCell() && madeNow.contains(unit.id())).map(OrgUnit::id).toList();
    }

    RosterImportResult finish() {
        List<String> createdUnits = units.values().stream().filter(unit -> madeNow.contains(unit.id()))
                .map(OrgUnit::path).sorted().toList();
        return new RosterImportResult(created, updated, imported.size() - created - updated, imported, createdUnits,
                roleChanges);
    }

    private OrgUnit ensureUnit(List<String> path, UnitKind leafKind) {
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
