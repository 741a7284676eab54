package vn.chibo.record;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.support.MutableClock;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resolution's task: given to a member (who is told), listed by /viec, reminded before it is due by the real
 * Quartz job on the test's clock, reviewed at the next meeting until done.
 */
class TasksTest {

    @TempDir
    Path folder;
    RunningApp app;
    Roster roster;
    OrgUnit cell;
    Meeting november;

    @BeforeEach
    void start() {
        app = RunningApp.start(folder, "chibo.tasks.tick=100ms");
        roster = Roster.load(app);
        cell = app.bean(Organization.class).unitByPath(Roster.CELL_3).orElseThrow();
        november = app.bean(Meetings.class).add(cell, Meeting.Kind.THEMATIC,
                ZonedDateTime.of(LocalDate.of(2026, 11, 28), LocalTime.of(19, 30), MutableClock.VIETNAM),
                "Nhà văn hóa tổ 3", "Học tập Chỉ thị 50", null).orElseThrow();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aTaskIsGivenRemindedBeforeItIsDueReviewedAtTheNextMeetingAndMarkedDone() throws IOException {
        var cuong = new WebChatUser(app);
        cuong.say("/start " + roster.code("Lê Văn Cường"));
        app.clock.set(november.startsAt().toInstant().plus(Duration.ofHours(1)));
        String base = "/api/admin/meetings/" + november.id() + "/tasks";

        var given = app.adminPost(base, "application/json",
                "{\"title\":\"Báo cáo kết quả học tập Chỉ thị 50\",\"memberId\":" + roster.id("Lê Văn Cường") + ",\"dueOn\":\"2026-12-10\"}");
        assertThat(given.status()).isEqualTo(201);
        long taskId = given.json().get("id").asLong();
        assertThat(cuong.awaitPushedContaining("📌")).contains("Chi bộ giao đồng chí: Báo cáo kết quả học tập Chỉ thị 50. Hạn: 10/12/2026.");
        var otherCell = app.adminPost(base, "application/json",
                "{\"title\":\"Việc\",\"memberId\":" + roster.id("Phạm Thị Dung") + ",\"dueOn\":\"2026-12-10\"}");
        assertThat(otherCell.status()).isEqualTo(422);
        assertThat(otherCell.json().get("detail").asString()).isEqualTo("Người được giao phải là đảng viên của chi bộ họp.");
        assertThat(app.adminPost(base, "application/json",
                "{\"title\":\"Việc\",\"memberId\":" + roster.id("Lê Văn Cường") + ",\"dueOn\":\"2026-11-01\"}").status())
                .as("due in the past").isEqualTo(422);

        assertThat(cuong.sayText("/viec")).contains("Báo cáo kết quả học tập Chỉ thị 50 — hạn 10/12/2026");

        app.clock.set(Instant.parse("2026-12-08T02:00:00Z"));
        assertThat(cuong.awaitPushedContaining("⏳")).contains("Sắp đến hạn (10/12/2026): Báo cáo kết quả học tập Chỉ thị 50");

        Meeting december = app.bean(Meetings.class).add(cell, Meeting.Kind.THEMATIC,
                ZonedDateTime.of(LocalDate.of(2026, 12, 12), LocalTime.of(19, 30), MutableClock.VIETNAM),
                "Nhà văn hóa tổ 3", "Sơ kết năm 2026", null).orElseThrow();
        String minutes = text(app.adminGetBytes("/api/admin/meetings/" + december.id() + "/minutes.docx"));
        assertThat(minutes).as("the next meeting reviews it").contains("Kiểm điểm việc thực hiện nghị quyết",
                "Báo cáo kết quả học tập Chỉ thị 50 — Lê Văn Cường, hạn 10/12/2026");

        var tasks = cuong.say("/viec").get(0);
        assertThat(cuong.sayText(tasks.buttonPayloads().get(0))).isEqualTo("Đã ghi nhận hoàn thành: Báo cáo kết quả học tập Chỉ thị 50.");
        assertThat(app.adminGet(base).json().get(0).get("status").asString()).isEqualTo("DONE");
        assertThat(text(app.adminGetBytes("/api/admin/meetings/" + december.id() + "/minutes.docx")))
                .doesNotContain("Kiểm điểm việc thực hiện nghị quyết");
        assertThat(app.send("PATCH", "/api/admin/tasks/" + taskId, "application/json", "{\"status\":\"LATER\"}").status())
                .isEqualTo(400);
        assertThat(app.send("PATCH", "/api/admin/tasks/" + taskId, "application/json", "{\"status\":\"OPEN\"}").json()
                .get("status").asString()).isEqualTo("OPEN");
    }

    private static String text(byte[] docx) throws IOException {
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
    }
}
