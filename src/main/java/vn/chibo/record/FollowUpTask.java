package vn.chibo.record;

import java.time.LocalDate;

/** Something a meeting's resolution asks of a member, by a date. */
public record FollowUpTask(long id, long meetingId, long cellId, String title, long memberId, String memberName,
                           LocalDate dueOn, Status status) {

    public enum Status { OPEN, DONE, CANCELLED }
}
