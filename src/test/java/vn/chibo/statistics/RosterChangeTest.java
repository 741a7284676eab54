package vn.chibo.statistics;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.chibo.attendance.Attendance;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.support.MutableClock;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;

/** A meeting's figures keep the roster of its day: someone who joins later does not count as absent from it. */
class RosterChangeTest {

    @TempDir
    Path folder;

    @Test
    void aMemberWhoJoinsAfterAMeetingDoesNotCountAgainstIt() {
        try (var app = RunningApp.start(folder)) {
            Roster roster = Roster.load(app);
            OrgUnit cell = app.bean(Organization.class).unitByPath(Roster.CELL_3).orElseThrow();
            Meeting meeting = app.bean(Meetings.class).add(cell, Meeting.Kind.THEMATIC,
                    ZonedDateTime.of(LocalDate.of(2026, 12, 5), LocalTime.of(19, 30), MutableClock.VIETNAM),
                    "Nhà văn hóa", "Học tập Chỉ thị 50", null).orElseThrow();
            app.clock.set(Instant.parse("2026-12-05T14:00:00Z"));
            Attendance attendance = app.bean(Attendance.class);
            attendance.openCheckIn(meeting).orElseThrow();
            attendance.mark(meeting, roster.id("Nguyễn Văn An"), true);
            attendance.mark(meeting, roster.id("Trần Thị Bình"), true);
            attendance.closeCheckIn(meeting).orElseThrow();

            assertThat(app.importRoster(Roster.CSV + Roster.CELL_3 + ",Mai Văn Mới,0912345077,member,official\n").status())
                    .isEqualTo(200);

            JsonNode figures = app.adminGet("/api/admin/meetings/" + meeting.id() + "/stats").json();
            assertThat(figures.get("expected").asInt()).isEqualTo(3);
            assertThat(figures.get("present").asInt()).isEqualTo(2);
            assertThat(figures.get("absentUnexcused").asInt()).isEqualTo(1);
            assertThat(figures.get("attendanceRate").asDouble()).isEqualTo(66.7);
        }
    }
}
