package vn.chibo.web;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;

class AdminScheduleTest {

    @TempDir
    Path folder;
    RunningApp app;
    long cell3;
    long cell4;
    long committee;

    @BeforeEach
    void start() {
        app = RunningApp.start(folder);
        Roster.load(app);
        JsonNode cells = app.adminGet("/api/admin/cells").json();
        cell3 = cells.get(0).get("id").asLong();
        cell4 = cells.get(1).get("id").asLong();
        committee = cells.get(0).get("parentId").asLong();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private RunningApp.Response put(String path, String json) {
        return app.send("PUT", path, "application/json", json);
    }

    @Test
    void aCommitteeDefaultHoldsForItsCellsUntilACellSetsItsOwn() {
        assertThat(app.adminGet("/api/admin/cells/" + cell3 + "/schedule").status()).isEqualTo(404);

        var committeeRule = put("/api/admin/org-units/" + committee + "/schedule", """
                {"kind":"NTH_WEEKDAY","week":1,"weekday":"SATURDAY","time":"19:30","place":"Hội trường phường"}""");
        assertThat(committeeRule.status()).isEqualTo(200);

        JsonNode inherited = app.adminGet("/api/admin/cells/" + cell3 + "/schedule").json();
        assertThat(inherited.get("inheritedFrom").get("id").asLong()).isEqualTo(committee);
        assertThat(inherited.get("rule").get("time").asString()).isEqualTo("19:30");
        assertThat(inherited.get("nextMeetings").get(0).get("startsAt").asString()).isEqualTo("2026-12-05T19:30:00+07:00");
        assertThat(inherited.get("nextMeetings").get(0).get("text").asString()).isEqualTo("19:30 thứ Bảy, 05/12/2026");

        var own = put("/api/admin/cells/" + cell3 + "/schedule", """
                {"kind":"LAST_DAY","time":"08:00","place":"Nhà văn hóa tổ 3"}""");
        assertThat(own.status()).isEqualTo(200);
        JsonNode cellRule = own.json();
        assertThat(cellRule.get("inheritedFrom").isNull()).isTrue();
        assertThat(cellRule.get("nextMeetings")).extracting(m -> m.get("startsAt").asString())
                .containsExactly("2026-11-30T08:00:00+07:00", "2026-12-31T08:00:00+07:00", "2027-01-31T08:00:00+07:00");
        assertThat(app.adminGet("/api/admin/cells/" + cell4 + "/schedule").json().get("rule").get("kind").asString())
                .as("the other cell keeps the committee's rule").isEqualTo("NTH_WEEKDAY");
    }

    @Test
    void aCellMayKeepItsOwnTimeZone() {
        var own = put("/api/admin/cells/" + cell4 + "/schedule", """
                {"kind":"DAY_OF_MONTH","day":5,"time":"19:30","place":"Văn phòng đại diện","timeZone":"Asia/Tokyo"}""");

        assertThat(own.json().get("timeZone").asString()).isEqualTo("Asia/Tokyo");
        assertThat(own.json().get("nextMeetings").get(0).get("startsAt").asString()).isEqualTo("2026-12-05T19:30:00+09:00");
    }

    @Test
    void aMeetingThatHasBegunIsNoLongerNext() {
        put("/api/admin/cells/" + cell3 + "/schedule", """
                {"kind":"DAY_OF_MONTH","day":27,"time":"09:00","place":"Nhà văn hóa tổ 3"}""");

        assertThat(app.adminGet("/api/admin/cells/" + cell3 + "/schedule").json().get("nextMeetings").get(0)
                .get("startsAt").asString()).as("RunningApp starts at 09:00 on 27/11").isEqualTo("2026-12-27T09:00:00+07:00");
        app.clock.advance(Duration.ofDays(-1));
        assertThat(app.adminGet("/api/admin/cells/" + cell3 + "/schedule").json().get("nextMeetings").get(0)
                .get("startsAt").asString()).isEqualTo("2026-11-27T09:00:00+07:00");
    }

    @Test
    void aBadRuleIsRefusedWithEveryReasonAndChangesNothing() {
        put("/api/admin/cells/" + cell3 + "/schedule", """
                {"kind":"DAY_OF_MONTH","day":5,"time":"19:30","place":"Nhà văn hóa tổ 3"}""");

        var refused = put("/api/admin/cells/" + cell3 + "/schedule", """
                {"kind":"DAY_OF_MONTH","day":31,"place":""}""");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors")).hasSize(3);
        assertThat(refused.json().get("detail").asString()).contains("từ 1 đến 28", "giờ họp", "địa điểm");
        assertThat(app.adminGet("/api/admin/cells/" + cell3 + "/schedule").json().get("rule").get("day").asInt())
                .isEqualTo(5);
        assertThat(put("/api/admin/cells/" + cell3 + "/schedule", """
                {"kind":"LAST_DAY","time":"19:30","place":"X","timeZone":"Mars/Olympus"}""").status()).isEqualTo(422);
        assertThat(put("/api/admin/cells/" + committee + "/schedule", """
                {"kind":"LAST_DAY","time":"19:30","place":"X"}""").status()).as("a committee is not a cell").isEqualTo(404);
    }
}
