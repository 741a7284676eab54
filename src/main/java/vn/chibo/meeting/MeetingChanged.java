package vn.chibo.meeting;

/** Published in the transaction of a change the cell's members must hear of. */
public record MeetingChanged(Meeting meeting, What what) {

    public enum What { ADDED, MOVED, UPDATED, CANCELLED }
}
