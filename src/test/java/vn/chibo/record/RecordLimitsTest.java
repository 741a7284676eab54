package vn.chibo.record;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Organization;
import vn.chibo.support.MutableClock;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the meeting's record refuses, through the admin API as a careless admin or a script would send it: a closed
 * vote is final, a cancelled task does not become done from an old button, dates out of reason, an agenda past the
 * chat's limit, counts that are not counts, and a path that does not exist named in the problem.
 */
class RecordLimitsTest {

    @TempDir
    Path folder;
    RunningApp app;
    Roster roster;
    Meeting meeting;
    String base;

    @BeforeEach
    void start() {
        app = RunningApp.start(folder);
        roster = Roster.load(app);
        meeting = app.bean(Meetings.class).add(app.bean(Organization.class).unitByPath(Roster.CELL_3).orElseThrow(),
                Meeting.Kind.THEMATIC, ZonedDateTime.of(LocalDate.of(2026, 11, 28), LocalTime.of(19, 30), MutableClock.VIETNAM),
                "Nhà văn hóa tổ 3", "Học tập Chỉ thị 50", null).orElseThrow();
        base = "/api/admin/meetings/" + meeting.id();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aClosedVoteIsFinalAndCountsMustBeCounts() {
        app.clock.set(meeting.startsAt().toInstant().plus(Duration.ofMinutes(30)));
        long vote = app.adminPost(base + "/votes", "application/json", "{\"question\":\"Thông qua nghị quyết\"}")
                .json().get("id").asLong();
        assertThat(app.adminPost(base + "/votes/" + vote + "/hands", "application/json", "{\"for\": null}").status())
                .as("null for a count").isEqualTo(400);
        var negative = app.adminPost(base + "/votes/" + vote + "/hands", "application/json", "{\"for\": -1}");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("detail").asString()).isEqualTo("\"for\" phải là một số nguyên từ 0 trở lên.");
        app.adminPost(base + "/votes/" + vote + "/hands", "application/json", "{\"for\":2,\"against\":0,\"abstain\":0}");
        app.adminPost(base + "/votes/" + vote + "/close", "application/json", "");

        var after = app.adminPost(base + "/votes/" + vote + "/hands", "application/json", "{\"for\":0,\"against\":2,\"abstain\":0}");
        assertThat(after.status()).as("hands after the close").isEqualTo(422);
        assertThat(app.adminGet(base + "/votes/" + vote).json().get("for").asInt()).as("the count stands").isEqualTo(2);
    }

    @Test
    void aCancelledTaskDoesNotBecomeDoneFromItsOldButton() {
        var cuong = new WebChatUser(app);
        cuong.say("/start " + roster.code("Lê Văn Cường"));
        app.clock.set(meeting.startsAt().toInstant().plus(Duration.ofHours(1)));
        long task = app.adminPost(base + "/tasks", "application/json", "{\"title\":\"Báo cáo\",\"memberId\":"
                + roster.id("Lê Văn Cường") + ",\"dueOn\":\"2026-12-10\"}").json().get("id").asLong();
        var tasks = cuong.say("/viec").get(0);
        String doneButton = tasks.buttonPayloads().get(0);
        app.send("PATCH", "/api/admin/tasks/" + task, "application/json", "{\"status\":\"CANCELLED\"}");

        assertThat(cuong.sayText(doneButton)).contains("đã được hủy");
        assertThat(app.adminGet(base + "/tasks").json().get(0).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(app.adminPost(base + "/tasks", "application/json", "{\"title\":\"Việc\",\"memberId\":"
                + roster.id("Lê Văn Cường") + ",\"dueOn\":\"10000-01-01\"}").status()).as("due in the year 10000")
                .isIn(400, 422);
    }

    @Test
    void datesOutOfReasonAndAnAgendaPastTheLimitAreRefused() {
        long cell = meeting.cellId();
        var farAway = app.adminPost("/api/admin/cells/" + cell + "/meetings", "application/json",
                "{\"kind\":\"THEMATIC\",\"startsAt\":\"+99999-01-01T19:30:00+07:00\",\"place\":\"Hội trường\",\"title\":\"Xa\"}");
        assertThat(farAway.status()).as("a meeting in the year 99999").isEqualTo(400);
        var overflow = app.adminPost("/api/admin/cells/" + cell + "/meetings", "application/json",
                "{\"kind\":\"THEMATIC\",\"startsAt\":\"+999999999-12-31T23:59:59+07:00\",\"place\":\"Hội trường\",\"title\":\"Xa\"}");
        assertThat(overflow.status()).as("the last instant Java knows").isEqualTo(400);
        assertThat(overflow.json().get("detail").asString()).contains("+999999999-12-31T23:59:59+07:00");
        var nextYears = app.adminPost("/api/admin/cells/" + cell + "/meetings", "application/json",
                "{\"kind\":\"THEMATIC\",\"startsAt\":\"2035-01-01T19:30:00+07:00\",\"place\":\"Hội trường\",\"title\":\"Xa\"}");
        assertThat(nextYears.status()).isEqualTo(422);
        assertThat(nextYears.body()).contains("quá xa");

        var endsBefore = app.send("PUT", base + "/minutes", "application/json", "{\"endedAt\":\"2026-11-26T19:30:00+07:00\"}");
        assertThat(endsBefore.status()).as("an end before the start").isEqualTo(422);
        assertThat(endsBefore.body()).contains("sau giờ bắt đầu");

        var agenda = new StringBuilder("[");
        for (int i = 0; i < 21; i++) {
            agenda.append(i == 0 ? "" : ",").append("{\"title\":\"Mục ").append(i).append("\"}");
        }
        var tooLong = app.send("PUT", base + "/agenda", "application/json", agenda.append("]").toString());
        assertThat(tooLong.status()).as("21 items, as in chat").isEqualTo(422);
        assertThat(tooLong.body()).contains("tối đa 20 mục");

        var nowhere = app.adminGet("/api/admin/khong-co");
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.json().get("detail").asString()).isEqualTo("Không có địa chỉ /api/admin/khong-co.");
    }
}
