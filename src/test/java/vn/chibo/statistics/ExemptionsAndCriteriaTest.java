package vn.chibo.statistics;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import vn.chibo.support.Await;
import vn.chibo.support.FirstSaturday;
import vn.chibo.support.MutableClock;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Members exempted from meetings (miễn sinh hoạt) and a committee's own quality criteria, as a secretary and an
 * admin meet them: the roster column and the admin call, no reminders unless asked, figures that leave the
 * exempted out of the rate but show them apart, and criteria inherited down the tree and named everywhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExemptionsAndCriteriaTest {

    private static final String COMMITTEE = "Đảng bộ phường Vĩnh Phúc";
    private static final String CELL = COMMITTEE + "/Chi bộ tổ dân phố Liên Bảo 3";
    private static final String CSV = """
            cell,full_name,phone,role,status,Miễn sinh hoạt
            %1$s,Nguyễn Văn An,0912345001,secretary,official,
            %1$s,Trần Thị Bình,0912345002,member,official,không
            %1$s,Lê Văn Cường,0912345003,member,official,
            %1$s,Đỗ Thị Hoa,0912345006,member,official,có
            %1$s,Vũ Văn Khánh,0912345007,member,official,
            %2$s,Ngô Văn Khoa,0912345009,admin,,
            """.formatted(CELL, COMMITTEE);
    private static final String DEFAULT_CRITERIA = "Tiêu chí dự họp: Hướng dẫn 12-HD/BTCTW (06/07/2018) (mặc định của bot";

    @TempDir
    static Path folder;

    private final MutableClock clock = new MutableClock(RunningApp.START);
    private RunningApp app;
    private final Map<String, Long> ids = new HashMap<>();
    private final Map<String, WebChatUser> chats = new HashMap<>();
    private long cellId;
    private long committeeId;
    private long meetingId;

    @BeforeAll
    void start() {
        app = RunningApp.start(folder, clock, "chibo.reminders.tick=100ms", "chibo.quiz.tick=1h");
        RunningApp.Response imported = app.importRoster(CSV);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        imported.json().get("members").forEach(m -> {
            ids.put(m.get("fullName").asString(), m.get("memberId").asLong());
            var chat = new WebChatUser(app);
            chat.say("/start " + m.get("inviteCode").asString());
            chats.put(m.get("fullName").asString(), chat);
        });
        for (JsonNode unit : app.adminGet("/api/admin/org-units").json()) {
            if (unit.get("path").asString().equals(CELL)) {
                cellId = unit.get("id").asLong();
            } else if (unit.get("path").asString().equals(COMMITTEE)) {
                committeeId = unit.get("id").asLong();
            }
        }
        meetingId = FirstSaturday.nextMeeting(app, cellId);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    @Order(1)
    void theRosterColumnAndTheAdminCallRecordExemptionsAndBadInputChangesNothing() {
        assertThat(exemptions("Đỗ Thị Hoa")).hasSize(1);
        assertThat(exemptions("Đỗ Thị Hoa").get(0).get("from").asString()).isEqualTo("2026-11-27");
        assertThat(exemptions("Đỗ Thị Hoa").get(0).get("to").isNull()).as("open-ended").isTrue();
        assertThat(exemptions("Trần Thị Bình")).isEmpty();

        RunningApp.Response set = put("Vũ Văn Khánh", """
                {"from":"2026-12","to":"2026-12","reason":"Ốm dài ngày"}""");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("from").asString()).isEqualTo("2026-12-01");
        assertThat(set.json().get("to").asString()).isEqualTo("2026-12-31");
        assertThat(set.json().get("reason").asString()).isEqualTo("Ốm dài ngày");

        RunningApp.Response backwards = put("Lê Văn Cường", """
                {"from":"2026-12-31","to":"2026-12-01"}""");
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.json().get("detail").asString()).contains("Ngày kết thúc phải từ ngày bắt đầu trở đi");
        RunningApp.Response unreadable = put("Lê Văn Cường", """
                {"from":"31/12/2026"}""");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.json().get("detail").asString()).contains("\"31/12/2026\"", "YYYY-MM-DD");
        assertThat(exemptions("Lê Văn Cường")).as("refused calls change nothing").isEmpty();

        RunningApp.Response badRoster = app.importRoster(CSV.replace("member,official,có", "member,official,có lẽ"));
        assertThat(badRoster.status()).isEqualTo(422);
        assertThat(badRoster.body()).contains("Miễn sinh hoạt", "có lẽ");
        assertThat(app.send("DELETE", "/api/admin/members/" + ids.get("Lê Văn Cường") + "/exemption",
                "application/json", "").status()).as("nobody to end").isEqualTo(422);
    }

    @Test
    @Order(2)
    void exemptMembersGetNoRemindersUnlessTheyAskForThem() {
        moveTo("2026-12-02T01:00:00Z");
        Await.until("stage 1 for Bình", () -> queued("Trần Thị Bình", 1) == 1);
        assertThat(queued("Đỗ Thị Hoa", 1)).as("exempt by the roster").isZero();
        assertThat(queued("Vũ Văn Khánh", 1)).as("exempt in December").isZero();

        assertThat(chats.get("Đỗ Thị Hoa").sayText("/nhactoi")).contains("bot sẽ vẫn nhắc họp");
        assertThat(chats.get("Trần Thị Bình").sayText("/nhactoi")).contains("không được miễn sinh hoạt");

        moveTo("2026-12-04T12:00:00Z");
        Await.until("stage 2 for Hoa, who asked", () -> queued("Đỗ Thị Hoa", 2) == 1);
        assertThat(queued("Vũ Văn Khánh", 2)).isZero();
    }

    @Test
    @Order(3)
    void theFiguresLeaveTheExemptOutOfTheRateAndShowThemApart() throws IOException {
        moveTo("2026-12-05T13:00:00Z");
        admin("POST", "/api/admin/meetings/" + meetingId + "/check-in/open", "{}");
        for (String present : List.of("Nguyễn Văn An", "Trần Thị Bình", "Đỗ Thị Hoa")) {
            admin("PUT", "/api/admin/meetings/" + meetingId + "/attendance/" + ids.get(present), "{\"present\":true}");
        }
        admin("POST", "/api/admin/meetings/" + meetingId + "/check-in/close", "{}");

        JsonNode meeting = app.adminGet("/api/admin/meetings/" + meetingId + "/stats").json();
        assertThat(meeting.get("expected").asInt()).as("An, Bình, Cường; not Hoa nor Khánh").isEqualTo(3);
        assertThat(meeting.get("present").asInt()).isEqualTo(2);
        assertThat(meeting.get("absentUnexcused").asInt()).isEqualTo(1);
        assertThat(meeting.get("attendanceRate").asDouble()).isEqualTo(66.7);
        assertThat(meeting.get("exempt").asInt()).isEqualTo(2);
        assertThat(meeting.get("exemptPresent").asInt()).as("Hoa came all the same").isEqualTo(1);
        assertThat(meeting.get("criteria").get("document").asString()).isEqualTo("Hướng dẫn 12-HD/BTCTW (06/07/2018)");
        assertThat(meeting.get("meetsQualityCriterion").asBoolean()).isFalse();

        JsonNode khanh = app.adminGet("/api/admin/members/" + ids.get("Vũ Văn Khánh") + "/stats?from=2026-12&to=2026-12").json();
        assertThat(khanh.get("meetings").asInt()).isZero();
        assertThat(khanh.get("exemptMeetings").asInt()).isEqualTo(1);
        assertThat(khanh.get("absentUnexcused").asInt()).as("not counted against him").isZero();

        moveTo("2026-12-20T03:00:00Z");
        String stats = chats.get("Nguyễn Văn An").sayText("/thongke");
        assertThat(stats).contains("có mặt 2/3", "Miễn sinh hoạt: 2 (1 đồng chí vẫn đến, không tính vào tỷ lệ)",
                DEFAULT_CRITERIA);
        assertThat(chats.get("Vũ Văn Khánh").sayText("/cuatoi")).contains("Miễn sinh hoạt: 1 buổi (không tính).");

        WebChatUser.Reply report = chats.get("Nguyễn Văn An").say("/baocao 12/2026").get(0);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(app.getBytes(report.fileUrl())))) {
            assertThat(cellsOf(workbook.getSheetAt(0))).anyMatch(text -> text.startsWith(DEFAULT_CRITERIA));
            assertThat(cellsOf(workbook.getSheetAt(workbook.getNumberOfSheets() - 2))).as("the last meeting's sheet, before the reach")
                    .contains("Miễn sinh hoạt (không tính)");
        }
    }

    @Test
    @Order(4)
    void aCommitteesCriteriaAreInheritedAppliedAndNamedAndACellMayHaveItsOwn() {
        JsonNode before = app.adminGet("/api/admin/org-units/" + cellId + "/quality-criteria").json();
        assertThat(before.get("isDefault").asBoolean()).isTrue();
        assertThat(before.get("minPresentPercent").asDouble()).isEqualTo(85.0);

        RunningApp.Response refused = admin("PUT", "/api/admin/org-units/" + committeeId + "/quality-criteria", """
                {"document":" ","minPresentPercent":120,"maxUnexcusedAbsences":0,"targetPercent":90}""");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors")).hasSize(2);
        assertThat(app.adminGet("/api/admin/org-units/" + cellId + "/quality-criteria").json().get("isDefault").asBoolean())
                .isTrue();

        RunningApp.Response set = admin("PUT", "/api/admin/org-units/" + committeeId + "/quality-criteria", """
                {"document":"Quy định 27-QĐ/TU của Tỉnh ủy","minPresentPercent":60,"maxUnexcusedAbsences":1,"targetPercent":65}""");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        JsonNode inherited = app.adminGet("/api/admin/org-units/" + cellId + "/quality-criteria").json();
        assertThat(inherited.get("document").asString()).isEqualTo("Quy định 27-QĐ/TU của Tỉnh ủy");
        assertThat(inherited.get("definedAtUnitId").asLong()).isEqualTo(committeeId);
        assertThat(inherited.get("own").asBoolean()).isFalse();

        JsonNode meeting = app.adminGet("/api/admin/meetings/" + meetingId + "/stats").json();
        assertThat(meeting.get("meetsQualityCriterion").asBoolean()).as("66.7% > 60% with 1 absent without reason").isTrue();
        assertThat(meeting.get("meetsTarget").asBoolean()).isTrue();
        assertThat(meeting.get("criteria").get("definedAtName").asString()).isEqualTo(COMMITTEE);
        String csv = app.get("/api/admin/cells/" + cellId + "/stats?from=2026-12&to=2026-12",
                "Authorization", "Bearer " + RunningApp.ADMIN_TOKEN, "Accept", "text/csv").body();
        assertThat(csv).contains("Quy định 27-QĐ/TU của Tỉnh ủy,60.0,1,65.0");
        assertThat(chats.get("Nguyễn Văn An").sayText("/thongke"))
                .contains("Tiêu chí dự họp: Quy định 27-QĐ/TU của Tỉnh ủy (do " + COMMITTEE + " đặt)");

        admin("PUT", "/api/admin/org-units/" + cellId + "/quality-criteria", """
                {"document":"Nghị quyết của chi bộ","minPresentPercent":70,"maxUnexcusedAbsences":0,"targetPercent":70}""");
        JsonNode own = app.adminGet("/api/admin/meetings/" + meetingId + "/stats").json();
        assertThat(own.get("criteria").get("document").asString()).isEqualTo("Nghị quyết của chi bộ");
        assertThat(own.get("meetsQualityCriterion").asBoolean()).isFalse();

        JsonNode back = admin("DELETE", "/api/admin/org-units/" + cellId + "/quality-criteria", "").json();
        assertThat(back.get("document").asString()).isEqualTo("Quy định 27-QĐ/TU của Tỉnh ủy");
        JsonNode committee = app.adminGet("/api/admin/org-units/" + committeeId + "/stats?from=2026-12&to=2026-12").json();
        assertThat(committee.get("criteria").get("document").asString()).isEqualTo("Quy định 27-QĐ/TU của Tỉnh ủy");
        assertThat(committee.get("total").get("exempt").asInt()).isEqualTo(2);
    }

    @Test
    @Order(5)
    void endingAnExemptionMakesTheMemberExpectedAgainFromToday() {
        JsonNode ended = admin("DELETE", "/api/admin/members/" + ids.get("Đỗ Thị Hoa") + "/exemption", "").json();
        assertThat(ended.get(0).get("to").asString()).isEqualTo("2026-12-19");
        assertThat(ended.get(0).get("current").asBoolean()).isFalse();
        assertThat(chats.get("Đỗ Thị Hoa").sayText("/nhactoi")).contains("không được miễn sinh hoạt");
        JsonNode december = app.adminGet("/api/admin/meetings/" + meetingId + "/stats").json();
        assertThat(december.get("exempt").asInt()).as("the past stays as it was").isEqualTo(2);
    }

    private List<JsonNode> exemptions(String name) {
        var list = new ArrayList<JsonNode>();
        app.adminGet("/api/admin/members/" + ids.get(name) + "/exemption").json().forEach(list::add);
        return list;
    }

    private RunningApp.Response put(String name, String body) {
        return admin("PUT", "/api/admin/members/" + ids.get(name) + "/exemption", body);
    }

    private RunningApp.Response admin(String method, String path, String body) {
        return app.send(method, path, "application/json", body);
    }

    private long queued(String name, int stage) {
        return app.bean(JdbcClient.class).sql("SELECT COUNT(*) FROM outbox_message WHERE idempotency_key = ?")
                .param("reminder:meeting-" + meetingId + ":stage-" + stage + ":member-" + ids.get(name))
                .query(Long.class).single();
    }

    private void moveTo(String instant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
    }

    private static List<String> cellsOf(Sheet sheet) {
        var texts = new ArrayList<String>();
        for (Row row : sheet) {
            row.forEach(cell -> texts.add(cell.toString()));
        }
        return texts;
    }
}
