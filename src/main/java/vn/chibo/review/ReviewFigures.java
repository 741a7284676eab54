package vn.chibo.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;

/**
 * A round rolled up for the committee: per cell how many are reviewed, have submitted, were proposed and decided;
 * the grades proposed and decided with the share of each; the cells whose review is not complete yet.
 */
@Service
public class ReviewFigures {

    public record CellLine(long cellId, String name, int reviewed, int submitted, int proposed, int decided,
                           Map<Grade, Integer> decidedGrades, Grade cellProposed, Grade cellDecided, boolean complete,
                           Proposals.CapCheck cap) {
    }

    public record RoundView(long id, long unitId, int year, LocalDate selfReviewDue, LocalDate cellMeetingsBy,
                            boolean defaultFrame, int reviewed, int submitted, int proposed, int decided,
                            Map<Grade, Integer> proposedGrades, Map<Grade, Integer> decidedGrades,
                            Map<Grade, Double> decidedShares, List<CellLine> cells, List<String> cellsMissing) {
    }

    private final Organization organization;
    private final CellSheets sheets;

    ReviewFigures(Organization organization, CellSheets sheets) {
        this.organization = organization;
        this.sheets = sheets;
    }

    public RoundView view(ReviewRound round, Locale locale) {
        OrgUnit committee = organization.unit(round.unitId()).orElseThrow();
        var cells = new ArrayList<CellLine>();
        Map<Grade, Integer> proposed = counts();
        Map<Grade, Integer> decided = counts();
        int reviewed = 0;
        int submitted = 0;
        int proposals = 0;
        int decisions = 0;
        for (OrgUnit cell : organization.cellsUnder(committee)) {
            CellSheets.CellSheet sheet = sheets.sheet(round, cell, locale);
            Map<Grade, Integer> cellGrades = counts();
            for (CellSheets.Row row : sheet.reviewedRows()) {
                if (row.proposed() != null) {
                    proposed.merge(row.proposed(), 1, Integer::sum);
                }
                if (row.decided() != null) {
                    decided.merge(row.decided(), 1, Integer::sum);
                    cellGrades.merge(row.decided(), 1, Integer::sum);
                }
            }
            boolean complete = sheet.proposed() == sheet.reviewed() && sheet.cellProposal() != null;
            cells.add(new CellLine(cell.id(), cell.name(), sheet.reviewed(), sheet.submitted(), sheet.proposed(),
                    sheet.decided(), cellGrades, sheet.cellProposal() == null ? null : sheet.cellProposal().grade(), sheet.cellDecided(),
                    complete, sheet.cap()));
            reviewed += sheet.reviewed();
            submitted += sheet.submitted();
            proposals += sheet.proposed();
            decisions += sheet.decided();
        }
        Map<Grade, Double> shares = new EnumMap<>(Grade.class);
        int decidedTotal = decisions;
        decided.forEach((grade, count) -> shares.put(grade, decidedTotal == 0 ? 0.0
                : Math.round(1000.0 * count / decidedTotal) / 10.0));
        return new RoundView(round.id(), round.unitId(), round.year(), round.selfReviewDue(), round.cellMeetingsBy(),
                round.frame() == null, reviewed, submitted, proposals, decisions, proposed, decided, shares, cells,
                cells.stream().filter(line -> !line.complete()).map(CellLine::name).toList());
    }

    private static Map<Grade, Integer> counts() {
        Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            counts.put(grade, 0);
        }
        return counts;
    }
}
