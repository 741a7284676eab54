package vn.chibo.meeting;

import java.time.ZonedDateTime;

/**
 * One meeting of a cell: a regular monthly one (from the rule) or a thematic or extra one added by hand.
 * {@code version} grows with every change, so each change can be announced exactly once.
 */
public record Meeting(long id, long cellId, Kind kind, ZonedDateTime startsAt, String place, String title,
                      String topic, boolean cancelled, String cancelReason, int version) {

    public enum Kind { REGULAR, THEMATIC }
}
