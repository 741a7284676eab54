package vn.chibo.statistics;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.chibo.organization.Organization;
import vn.chibo.support.FirstSaturday;
import vn.chibo.support.MutableClock;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A committee's report keeps each meeting's counts once worked out; an admin who corrects a past meeting (a late
 * mark, an exemption given afterwards, the minutes saved, another quality frame) sees the report follow at once,
 * each time, never the counts kept before the change.
 */
class KeptFiguresFollowChangesTest {

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(RunningApp.START);
    private RunningApp app;
    private Roster roster;
    private long committee;
    private String meeting;

    @BeforeEach
    void start() {
        app = RunningApp.start(folder, clock, "chibo.quiz.tick=1h");
        roster = Roster.load(app);
        var organization = app.bean(Organization.class);
        committee = organization.unitByPath(Roster.COMMITTEE).orElseThrow().id();
        long cell = organization.unitByPath(Roster.CELL_3).orElseThrow().id();
        meeting = "/api/admin/meetings/" + FirstSaturday.nextMeeting(app, cell);
        clock.set(Instant.parse("2026-12-05T12:15:00Z"));
        assertThat(app.adminPost(meeting + "/check-in/open", "application/json", "").status()).isEqualTo(200);
        mark("Nguyễn Văn An", true);
        mark("Trần Thị Bình", true);
        clock.set(Instant.parse("2026-12-05T14:00:00Z"));
        assertThat(app.adminPost(meeting + "/check-in/close", "application/json", "").status()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void eachCorrectionOfAPastMeetingShowsInTheNextReport() {
        JsonNode before = december();
        assertThat(before.get("present").asInt()).isEqualTo(2);
        assertThat(before.get("expected").asInt()).isEqualTo(3);
        assertThat(december()).as("asked again with nothing changed").isEqualTo(before);

        mark("Lê Văn Cường", true);
        assertThat(december().get("present").asInt()).as("a mark made after check-in closed").isEqualTo(3);

        assertThat(app.send("PUT", "/api/admin/members/" + roster.id("Trần Thị Bình") + "/exemption", "application/json",
                "{\"from\":\"2026-12\",\"to\":\"2026-12\",\"reason\":\"Ốm dài ngày\"}").status()).isEqualTo(200);
        JsonNode exempted = december();
        assertThat(exempted.get("expected").asInt()).as("an exemption given afterwards").isEqualTo(2);
        assertThat(exempted.get("exempt").asInt()).isEqualTo(1);
        assertThat(exempted.get("gradedMeetings").asInt()).isZero();

        assertThat(app.send("PUT", meeting + "/minutes", "application/json", """
                {"endedAt":"2026-12-05T21:00:00+07:00","conclusion":"Chi bộ thông qua nghị quyết tháng 12."}""")
                .status()).isEqualTo(200);
        JsonNode graded = december();
        assertThat(graded.get("gradedMeetings").asInt()).as("the minutes saved: the meeting is graded").isEqualTo(1);

        assertThat(app.send("PUT", "/api/admin/org-units/" + committee + "/quality-frame", "application/json", """
                {"name":"Khung của Đảng ủy phường","documentsPoints":5,"durationPoints":5,"attendancePoints":80,
                 "speakersPoints":5,"resolutionPoints":0,"minutesPoints":5,"minMinutes":60,"minSpeakers":1,
                 "good":90,"fair":70,"average":50}""").status()).isEqualTo(200);
        assertThat(december().get("averageGrade").asDouble()).as("the committee's own frame")
                .isNotEqualTo(graded.get("averageGrade").asDouble());
    }

    private void mark(String name, boolean present) {
        assertThat(app.send("PUT", meeting + "/attendance/" + roster.id(name), "application/json",
                "{\"present\":" + present + "}").status()).isEqualTo(200);
    }

    private JsonNode december() {
        return app.adminGet("/api/admin/org-units/" + committee + "/stats?from=2026-12&to=2026-12").json().get("total");
    }
}
