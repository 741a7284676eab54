package vn.chibo.organization;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.chibo.support.Await;
import vn.chibo.support.MutableClock;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tree after the 2025 reform, changed through the admin API: a cell moved to another ward committee, a
 * cell renamed, a cell merged into another. Past months keep their figures: a meeting counts for the cell that
 * held it and for the committees above that cell when it was held.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TreeChangesTest {

    private static final String PROVINCE = "Đảng bộ tỉnh Phú Thọ";
    private static final String OLD_WARD = PROVINCE + "/Đảng bộ phường Liên Bảo";
    private static final String NEW_WARD = PROVINCE + "/Đảng bộ phường Vĩnh Phúc";
    private static final String CSV = """
            cell,full_name,phone,role,status
            %1$s/Chi bộ tổ 3,Nguyễn Văn An,0912345001,secretary,official
            %1$s/Chi bộ tổ 3,Trần Thị Bình,0912345002,member,official
            %1$s/Chi bộ tổ 4,Phạm Thị Dung,0912345004,secretary,official
            %1$s/Chi bộ tổ 4,Hoàng Văn Em,0912345005,member,official
            %2$s/Chi bộ tổ 7,Lý Thị Giang,0912345011,secretary,official
            %2$s/Chi bộ tổ 7,Mai Văn Hà,0912345012,member,official
            %3$s,Ngô Văn Khoa,0912345009,admin,
            """.formatted(OLD_WARD, NEW_WARD, PROVINCE);

    @TempDir
    static Path folder;

    private final MutableClock clock = new MutableClock(RunningApp.START);
    private RunningApp app;
    private final Map<String, Long> members = new HashMap<>();
    private final Map<String, Long> units = new HashMap<>();
    private WebChatUser em;

    @BeforeAll
    void history() {
        app = RunningApp.start(folder, clock, "chibo.quiz.tick=1h");
        RunningApp.Response imported = app.importRoster(CSV);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        imported.json().get("members").forEach(m -> members.put(m.get("fullName").asString(), m.get("memberId").asLong()));
        em = new WebChatUser(app);
        em.say("/start " + app.adminPost("/api/admin/members/" + members.get("Hoàng Văn Em") + "/invite",
                "application/json", "{}").json().get("inviteCode").asString());
        for (JsonNode unit : app.adminGet("/api/admin/org-units").json()) {
            units.put(unit.get("path").asString(), unit.get("id").asLong());
        }

        long december3 = meeting(OLD_WARD + "/Chi bộ tổ 3", "2026-12-05T19:30:00+07:00");
        long december4 = meeting(OLD_WARD + "/Chi bộ tổ 4", "2026-12-06T19:30:00+07:00");
        moveTo("2026-12-07T01:00:00Z");
        record(december3, "Nguyễn Văn An");
        record(december4, "Phạm Thị Dung", "Hoàng Văn Em");
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    @Order(1)
    void aMovedCellCountsForItsOldCommitteeBeforeTheMoveAndForTheNewOneAfter() {
        moveTo("2026-12-10T03:00:00Z");
        RunningApp.Response moved = admin("POST", "/api/admin/org-units/" + unit(OLD_WARD + "/Chi bộ tổ 3") + "/move",
                "{\"parentId\":" + unit(NEW_WARD) + "}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("path").asString()).isEqualTo(NEW_WARD + "/Chi bộ tổ 3");

        long january3 = meeting(NEW_WARD + "/Chi bộ tổ 3", "2027-01-09T19:30:00+07:00");
        moveTo("2027-01-10T01:00:00Z");
        record(january3, "Nguyễn Văn An", "Trần Thị Bình");

        JsonNode oldWard = stats(unit(OLD_WARD));
        assertThat(oldWard.get("total").get("meetings").asInt()).as("tổ 3 in December, tổ 4").isEqualTo(2);
        assertThat(oldWard.get("total").get("expected").asInt()).isEqualTo(4);
        assertThat(oldWard.get("total").get("present").asInt()).isEqualTo(3);
        assertThat(oldWard.get("cells")).extracting(c -> c.get("cellName").asString())
                .containsExactlyInAnyOrder("Chi bộ tổ 3", "Chi bộ tổ 4");

        JsonNode newWard = stats(unit(NEW_WARD));
        assertThat(newWard.get("total").get("meetings").asInt()).as("tổ 3 in January only").isEqualTo(1);
        assertThat(newWard.get("total").get("attendanceRate").asDouble()).isEqualTo(100.0);

        JsonNode province = stats(unit(PROVINCE));
        assertThat(province.get("total").get("meetings").asInt()).isEqualTo(3);
    }

    @Test
    @Order(2)
    void aRenameReachesThePathsBelowAndNonsenseIsRefusedWithAReason() {
        RunningApp.Response renamed = admin("PATCH", "/api/admin/org-units/" + unit(OLD_WARD + "/Chi bộ tổ 4"),
                "{\"name\":\"Chi bộ khu phố Liên Bảo 4\"}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("path").asString()).isEqualTo(OLD_WARD + "/Chi bộ khu phố Liên Bảo 4");
        assertThat(app.adminGet("/api/admin/cells").json()).extracting(c -> c.get("name").asString())
                .contains("Chi bộ khu phố Liên Bảo 4").doesNotContain("Chi bộ tổ 4");
        assertThat(em.sayText("/hoso")).contains("Chi bộ khu phố Liên Bảo 4");

        assertThat(refusal(admin("POST", "/api/admin/org-units/" + unit(OLD_WARD) + "/move",
                "{\"parentId\":" + unit(NEW_WARD + "/Chi bộ tổ 7") + "}"))).contains("không vào dưới một chi bộ");
        assertThat(refusal(admin("POST", "/api/admin/org-units/" + unit(PROVINCE) + "/move",
                "{\"parentId\":" + unit(OLD_WARD) + "}"))).contains("vào dưới chính nó");
        assertThat(refusal(admin("PATCH", "/api/admin/org-units/" + unit(NEW_WARD), "{\"name\":\"A/B\"}")))
                .contains("không có dấu \"/\"");
        assertThat(refusal(admin("PATCH", "/api/admin/org-units/" + unit(NEW_WARD + "/Chi bộ tổ 3"),
                "{\"name\":\"Chi bộ tổ 7\"}"))).contains("đã có đơn vị cùng tên");
        assertThat(app.adminGet("/api/admin/org-units").json()).extracting(u -> u.get("path").asString())
                .contains(NEW_WARD + "/Chi bộ tổ 3", NEW_WARD + "/Chi bộ tổ 7");
    }

    @Test
    @Order(3)
    void aMergedCellIsClosedItsMembersAndMeetingsAheadMoveAndItsPastStays() {
        long cell4 = unit(OLD_WARD + "/Chi bộ khu phố Liên Bảo 4");
        long cell7 = unit(NEW_WARD + "/Chi bộ tổ 7");
        long february4 = meeting(cell4, "2027-02-06T19:30:00+07:00");

        assertThat(refusal(admin("POST", "/api/admin/cells/" + cell4 + "/merge", "{\"intoCellId\":" + cell4 + "}")))
                .contains("vào chính nó");
        RunningApp.Response merged = admin("POST", "/api/admin/cells/" + cell4 + "/merge", "{\"intoCellId\":" + cell7 + "}");
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.json().get("closed").get("closed").asBoolean()).isTrue();
        assertThat(merged.json().get("members").asInt()).isEqualTo(4);

        assertThat(app.adminGet("/api/admin/cells/" + cell7 + "/members").json()).extracting(m -> m.get("fullName").asString())
                .contains("Phạm Thị Dung", "Hoàng Văn Em", "Lý Thị Giang", "Mai Văn Hà");
        assertThat(app.adminGet("/api/admin/cells").json()).extracting(c -> c.get("id").asLong()).doesNotContain(cell4);
        // the meetings follow the merge right after it, from the registry of cross-module events
        Await.until("the merged cell's February meeting taken over", () -> app.adminGet("/api/admin/cells/" + cell7
                + "/meetings?from=2027-02-01&to=2027-02-28").json().findValues("id").stream()
                .map(JsonNode::asLong).toList().equals(List.of(february4)));
        assertThat(em.sayText("/hoso")).as("his chat account came with him").contains("Chi bộ tổ 7");

        JsonNode past = app.adminGet("/api/admin/cells/" + cell4 + "/stats?from=2026-12&to=2026-12").json();
        assertThat(past.get("total").get("meetings").asInt()).isEqualTo(1);
        assertThat(past.get("total").get("attendanceRate").asDouble()).isEqualTo(100.0);
        assertThat(stats(unit(OLD_WARD)).get("total").get("meetings").asInt()).as("still its December").isEqualTo(2);
        assertThat(stats(unit(NEW_WARD)).get("total").get("meetings").asInt()).isEqualTo(1);

        RunningApp.Response intoClosed = app.importRoster("""
                cell,full_name,phone,role,status
                %s,Hoàng Văn Em,0912345005,member,official
                """.formatted(OLD_WARD + "/Chi bộ khu phố Liên Bảo 4"));
        assertThat(intoClosed.status()).isEqualTo(422);
        assertThat(intoClosed.body()).contains("đã sáp nhập");
        assertThat(refusal(admin("POST", "/api/admin/cells/" + cell4 + "/merge", "{\"intoCellId\":" + cell7 + "}")))
                .contains("đã sáp nhập");
    }

    private long meeting(String cellPath, String startsAt) {
        return meeting(unit(cellPath), startsAt);
    }

    private long meeting(long cellId, String startsAt) {
        RunningApp.Response added = admin("POST", "/api/admin/cells/" + cellId + "/meetings", """
                {"kind":"THEMATIC","startsAt":"%s","place":"Nhà văn hóa","title":"Chuyên đề"}""".formatted(startsAt));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("id").asLong();
    }

    private void record(long meetingId, String... present) {
        admin("POST", "/api/admin/meetings/" + meetingId + "/check-in/open", "{}");
        for (String name : present) {
            admin("PUT", "/api/admin/meetings/" + meetingId + "/attendance/" + members.get(name), "{\"present\":true}");
        }
        assertThat(admin("POST", "/api/admin/meetings/" + meetingId + "/check-in/close", "{}").status()).isEqualTo(200);
    }

    private JsonNode stats(long unitId) {
        return app.adminGet("/api/admin/org-units/" + unitId + "/stats?from=2026-12&to=2027-01").json();
    }

    private long unit(String path) {
        List<String> known = new ArrayList<>();
        for (JsonNode unit : app.adminGet("/api/admin/org-units").json()) {
            known.add(unit.get("path").asString());
            if (unit.get("path").asString().equals(path)) {
                return unit.get("id").asLong();
            }
        }
        throw new AssertionError(path + " not among " + known);
    }

    private String refusal(RunningApp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        return response.json().get("detail").asString();
    }

    private RunningApp.Response admin(String method, String path, String body) {
        return app.send(method, path, "application/json", body);
    }

    private void moveTo(String instant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
    }
}
