package vn.chibo.meeting;

import java.time.ZonedDateTime;

/** A change to a meeting; null fields stay as they are. */
public record MeetingEdit(ZonedDateTime startsAt, String place, String title, String topic) {
}
