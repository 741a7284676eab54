package vn.chibo.meeting;

import java.util.List;

/** A meeting's agenda as lines to show ("1. Kiểm điểm công tác tháng 11 — Nguyễn Văn An"), from the meeting's record. */
public interface MeetingAgenda {

    List<String> lines(Meeting meeting);
}
