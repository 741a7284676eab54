package vn.chibo.demo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.chibo.attendance.Attendance;
import vn.chibo.attendance.AttendanceLine;
import vn.chibo.common.BackdatingClock;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingDocuments;
import vn.chibo.organization.Member;
import vn.chibo.organization.Role;
import vn.chibo.record.MeetingMinutes;

/**
 * The record a demo secretary kept of the last months' meetings, so that the grades have something to show:
 * the agenda two days ahead (with the draft resolution most months), a note-taker, speakers, the end and the
 * conclusion. Months differ in what was done, so the grades do too; no vote is taken, since ballots would
 * reach the demo members' chats long after their meetings.
 */
@Component
class DemoRecords {

    /** The last meetings with a record: this many months back, and this month's. */
    static final int MONTHS_KEPT = 3;

    private final BackdatingClock clock;
    private final MeetingMinutes minutes;
    private final MeetingDocuments documents;
    private final Attendance attendance;

    DemoRecords(BackdatingClock clock, MeetingMinutes minutes, MeetingDocuments documents, Attendance attendance) {
        this.clock = clock;
        this.minutes = minutes;
        this.documents = documents;
        this.attendance = attendance;
    }

    /** Before the meeting: the agenda, and the draft resolution except in some months. */
    void before(Meeting meeting, List<Member> members, int monthsBack) {
        Instant ahead = meeting.startsAt().toInstant().minus(Duration.ofDays(2));
        String secretary = members.stream().filter(member -> member.role() == Role.SECRETARY).map(Member::fullName)
                .findFirst().orElse(null);
        String first = meeting.kind() == Meeting.Kind.THEMATIC ? meeting.title()
                : "Kiểm điểm việc thực hiện nghị quyết tháng trước";
        clock.at(ahead, () -> minutes.setAgenda(meeting, List.of(new MeetingMinutes.AgendaItem(1, first, secretary),
                new MeetingMinutes.AgendaItem(2, "Phương hướng, nhiệm vụ tháng tới", secretary))).orElseThrow());
        if (monthsBack != 1) {
            clock.at(ahead, () -> documents.attach(meeting, "du-thao-nghi-quyet.txt", "text/plain",
                    ("Dự thảo nghị quyết — " + meeting.startsAt().toLocalDate()).getBytes(StandardCharsets.UTF_8))
                    .orElseThrow());
        }
    }

    /** After check-in: a note-taker, a few speakers, then the end and the conclusion. */
    void after(Meeting meeting, int monthsBack) {
        Instant start = meeting.startsAt().toInstant();
        List<Member> present = attendance.attendance(meeting).stream().filter(line -> Boolean.TRUE.equals(line.present()))
                .map(AttendanceLine::member).toList();
        if (present.isEmpty()) {
            return;
        }
        Member noteTaker = present.get(present.size() - 1);
        clock.at(start, () -> minutes.nameNoteTaker(meeting, noteTaker.id()).orElseThrow());
        int speakers = Math.min(present.size(), 2 + monthsBack % 2);
        for (int i = 0; i < speakers; i++) {
            Member speaker = present.get(i);
            int item = 1 + i % 2;
            clock.at(start.plus(Duration.ofMinutes(20L + 15 * i)),
                    () -> minutes.recordSpeech(meeting, speaker.id(), item, null).orElseThrow());
        }
        Instant ended = start.plus(Duration.ofMinutes(monthsBack == 2 ? 75 : 105));
        clock.at(ended, () -> minutes.setDetails(meeting, new MeetingMinutes.Details(null, null, ended, null,
                "Chi bộ thống nhất các nhiệm vụ trọng tâm tháng tới.")).orElseThrow());
    }
}
