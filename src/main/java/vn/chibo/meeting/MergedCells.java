package vn.chibo.meeting;

import java.time.Instant;
import java.time.YearMonth;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.chibo.organization.CellMerged;

/**
 * A merged cell's meetings ahead go to the cell it joined; a regular meeting of a month the other cell already
 * meets in is dropped quietly (its members now meet there). Meetings held stay the old cell's, for history.
 */
@Component
class MergedCells {

    static final String MERGED_REASON = "merged";

    private final MeetingStore store;
    private final JdbcClient jdbc;

    MergedCells(MeetingStore store, JdbcClient jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void follow(CellMerged merged) {
        Instant now = merged.at();
        for (Meeting meeting : store.between(merged.cellId(), now, Instant.parse("9999-01-01T00:00:00Z"))) {
            if (meeting.cancelled()) {
                continue;
            }
            String regularMonth = jdbc.sql("SELECT regular_month FROM meeting WHERE id = ?").param(meeting.id())
                    .query(String.class).optional().orElse(null);
            if (regularMonth != null && store.hasRegular(merged.intoCellId(), YearMonth.parse(regularMonth))) {
                store.cancel(meeting.id(), MERGED_REASON, now);
            } else {
                jdbc.sql("UPDATE meeting SET cell_id = ?, version = version + 1, updated_at = ? WHERE id = ?")
                        .params(merged.intoCellId(), now.toEpochMilli(), meeting.id()).update();
            }
        }
    }
}
