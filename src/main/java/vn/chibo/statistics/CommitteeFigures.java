package vn.chibo.statistics;

import java.time.YearMonth;
import java.util.List;

/**
 * A committee over a period: its total and monthly trend, and every cell that was below it in the period
 * ranked worst first, with those below the target marked; the criteria applied are the committee's.
 */
public record CommitteeFigures(long unitId, String name, YearMonth from, YearMonth to, double targetPercent,
                               PeriodFigures total, List<PeriodFigures> months, List<CellRank> cells,
                               QualityCriteria criteria) {

    /** A cell's place: 1 is the lowest attendance rate. */
    public record CellRank(int rank, long cellId, String cellName, PeriodFigures total, boolean belowTarget) {
    }
}
