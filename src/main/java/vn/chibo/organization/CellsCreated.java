package vn.chibo.organization;

import java.util.List;

/** Published in the transaction that created these cells (a roster import), so others can prepare for them. */
public record CellsCreated(List<Long> cellIds) {
}
