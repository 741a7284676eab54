package vn.chibo.reminder;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.support.Await;
import vn.chibo.support.FirstSaturday;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

class NudgeTest {

    @TempDir
    Path folder;

    @Test
    void aNudgeReachesOnlyNonRespondersAndOnlyOncePerReminderStage() {
        try (var app = RunningApp.start(folder, "chibo.reminders.tick=100ms")) {
            var roster = Roster.load(app);
            long cell = app.adminGet("/api/admin/cells").json().get(0).get("id").asLong();
            long meeting = FirstSaturday.nextMeeting(app, cell);
            var an = new WebChatUser(app);
            an.say("/start " + roster.code("Nguyễn Văn An"));
            var binh = new WebChatUser(app);
            binh.say("/start " + roster.code("Trần Thị Bình"));
            var cuong = new WebChatUser(app);
            cuong.say("/start " + roster.code("Lê Văn Cường"));
            binh.press("/diemdanh " + meeting + " co");

            assertThat(binh.sayText("/nhacnho")).contains("dành cho bí thư");
            assertThat(an.sayText("/nhacnho")).contains("Đã nhắc 1 đồng chí chưa trả lời: Lê Văn Cường");
            assertThat(cuong.awaitPushed()).contains("Nguyễn Văn An nhắc", "05/12/2026");
            assertThat(an.sayText("/nhacnho")).contains("Đã nhắc sau đợt nhắc họp gần nhất");

            app.clock.advance(Duration.between(app.clock.instant(), Instant.parse("2026-12-02T01:00:00Z")));
            assertThat(cuong.awaitPushed()).contains("Nhắc họp");
            Await.until("the stage recorded", () -> an.sayText("/nhacnho").contains("Đã nhắc 1 đồng chí"));
            assertThat(cuong.awaitPushed()).contains("Nguyễn Văn An nhắc");
            assertThat(binh.inbox()).as("Bình replied; only the reminder reached her").hasSize(1);
        }
    }
}
