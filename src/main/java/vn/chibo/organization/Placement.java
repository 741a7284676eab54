package vn.chibo.organization;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each unit sat in the tree at any moment, from its moves: what a committee's history needs to count a
 * cell's meeting for the committees that were above the cell when it was held.
 */
public final class Placement {

    /** A unit moved from one parent to another at a moment. */
    record Move(long unitId, Long oldParentId, Long newParentId, Instant at) {
    }

    private final List<OrgUnit> units;
    private final Map<Long, Long> currentParents = new HashMap<>();
    private final Map<Long, List<Move>> movesByUnit;

    Placement(List<OrgUnit> units, Map<Long, List<Move>> movesByUnit) {
        this.units = units;
        units.forEach(unit -> currentParents.put(unit.id(), unit.parentId()));
        this.movesByUnit = movesByUnit;
    }

    /** Whether {@code unitId} was {@code cellId} or above it at that moment. */
    public boolean wasUnder(long cellId, long unitId, Instant at) {
        Long current = cellId;
        for (int depth = 0; current != null && depth < 1000; depth++) {
            if (current == unitId) {
                return true;
            }
            current = parentAt(current, at);
        }
        return false;
    }

    private Long parentAt(long unitId, Instant at) {
        for (Move move : movesByUnit.getOrDefault(unitId, List.of())) {
            if (move.at().isAfter(at)) {
                return move.oldParentId();
            }
        }
        return currentParents.get(unitId);
    }

    /** Every unit as the tree stands now, closed ones too. */
    List<OrgUnit> units() {
        return units;
    }

    Set<Long> movedUnits() {
        return movesByUnit.keySet();
    }
}
