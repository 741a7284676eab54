package vn.chibo.channel;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.support.Await;
import vn.chibo.support.FakeTelegram;
import vn.chibo.support.FakeZalo;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A secretary who once writes to the bot in a group still gets her own messages (announcements, the check-in
 * summary with absentees' names and reasons) in her private chat only: a group is never a member's address.
 */
class PrivateStaysPrivateTest {

    private static final Instant MEETING = Instant.parse("2026-11-28T12:30:00Z");

    @TempDir
    Path folder;

    @Test
    void onTelegram() {
        try (var telegram = new FakeTelegram(); var app = RunningApp.start(folder, telegram.settings())) {
            var roster = Roster.load(app);
            telegram.userSends(1, "/start " + roster.code("Nguyễn Văn An"));
            telegram.awaitSentTo(1, 1);
            telegram.userSendsInGroup(1, -100500, "/trogiup");
            telegram.awaitSentTo(-100500, 1);

            holdAMeeting(app);

            Await.until("the summary in her private chat", () -> telegram.sentTo(1).stream()
                    .anyMatch(call -> call.text() != null && call.text().contains("Đã đóng điểm danh")));
            assertThat(telegram.sentTo(1)).anySatisfy(call -> assertThat(call.text()).contains("Chi bộ có cuộc họp mới"));
            assertThat(telegram.sentTo(-100500)).as("only the one line for what she wrote there, help answered in private")
                    .singleElement().satisfies(call -> assertThat(call.text()).startsWith("Lệnh này chỉ dùng trong tin nhắn riêng"));
            assertThat(telegram.sentTo(1)).anySatisfy(call -> assertThat(call.text()).startsWith("Các lệnh"));
        }
    }

    @Test
    void onZalo() {
        try (var zalo = new FakeZalo(); var app = RunningApp.start(folder, zalo.settings())) {
            var roster = Roster.load(app);
            zalo.userSends("zalo-an", "/start " + roster.code("Nguyễn Văn An"));
            zalo.awaitSentTo("zalo-an", 1);
            zalo.userSendsInGroup("zalo-an", "zalo-group-1", "/trogiup");
            zalo.awaitSentTo("zalo-group-1", 1);

            holdAMeeting(app);

            Await.until("the summary in her private chat", () -> zalo.sentTo("zalo-an").stream()
                    .anyMatch(call -> call.text().contains("Đã đóng điểm danh")));
            assertThat(zalo.sentTo("zalo-an")).anySatisfy(call -> assertThat(call.text()).contains("Chi bộ có cuộc họp mới"));
            assertThat(zalo.sentTo("zalo-group-1")).as("only the one line for what she wrote there, help answered in private")
                    .singleElement().satisfies(call -> assertThat(call.text()).startsWith("Lệnh này chỉ dùng trong tin nhắn riêng"));
            assertThat(zalo.sentTo("zalo-an")).anySatisfy(call -> assertThat(call.text()).startsWith("Các lệnh"));
        }
    }

    /** A meeting announced to the cell, then check-in closed with a member absent for a reason. */
    private static void holdAMeeting(RunningApp app) {
        long cell = app.adminGet("/api/admin/cells").json().get(0).get("id").asLong();
        long meeting = app.adminPost("/api/admin/cells/" + cell + "/meetings", "application/json", """
                {"kind":"THEMATIC","startsAt":"%s","place":"Nhà văn hóa","title":"Chuyên đề"}""".formatted(MEETING))
                .json().get("id").asLong();
        long binh = app.adminGet("/api/admin/cells/" + cell + "/members").json().get(1).get("id").asLong();
        app.clock.set(MEETING.plusSeconds(60));
        app.adminPost("/api/admin/meetings/" + meeting + "/check-in/open", "application/json", "{}");
        app.send("PUT", "/api/admin/meetings/" + meeting + "/attendance/" + binh, "application/json", "{\"present\":false}");
        app.clock.set(MEETING.plusSeconds(90 * 60));
        app.adminPost("/api/admin/meetings/" + meeting + "/check-in/close", "application/json", "{}");
    }
}
