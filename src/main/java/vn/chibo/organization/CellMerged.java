package vn.chibo.organization;

import java.time.Instant;

/** Published in the transaction that merged cell {@code cellId} into {@code intoCellId}, so its meetings ahead follow. */
public record CellMerged(long cellId, long intoCellId, Instant at) {
}
