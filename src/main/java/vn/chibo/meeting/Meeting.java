package vn.chibo.meeting;

import java.time.ZonedDateTime;

/**
 * One meeting of a cell: a regular monthly one (from the rule), a thematic or extra one added by hand, or the
 * year-end review meeting (hội nghị kiểm điểm, đánh giá, xếp loại chất lượng).
 * {@code version} grows with every change, so each change can be announced exactly once.
 */
public record Meeting(long id, long cellId, Kind kind, ZonedDateTime startsAt, String place, String title,
                      String topic, boolean cancelled, String cancelReason, int version) {

    public enum Kind { REGULAR, THEMATIC, REVIEW }
}
