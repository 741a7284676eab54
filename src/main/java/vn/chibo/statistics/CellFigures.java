package vn.chibo.statistics;

import java.time.YearMonth;
import java.util.List;

/** A cell over a period: the total, the month by month trend, every meeting held, and the criteria applied. */
public record CellFigures(long cellId, String cellName, YearMonth from, YearMonth to, double targetPercent,
                          PeriodFigures total, List<PeriodFigures> months, List<MeetingFigures> meetings,
                          QualityCriteria criteria) {
}
