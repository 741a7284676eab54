package vn.chibo.conversation;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/** What a stranger or a clumsy phone sends: invisible characters, codes typed loosely, guessing, early check-in. */
class HostileInputTest {

    @TempDir
    Path folder;

    @Test
    void invisibleCharactersBeforeACommandOrACodeAreIgnoredAndACodeMayBeTypedInHalves() {
        try (var app = RunningApp.start(folder)) {
            var roster = Roster.load(app);
            var stranger = new WebChatUser(app);
            assertThat(stranger.sayText("\u200b/trogiup")).contains("/start");
            assertThat(stranger.sayText("\uFEFF/trogiup")).contains("/start");

            String code = roster.code("Trần Thị Bình");
            String typed = code.substring(0, 4).toLowerCase() + "-" + code.substring(4).toLowerCase();
            assertThat(stranger.sayText("\u200b/start " + typed)).contains("Chào đồng chí Trần Thị Bình");

            var another = new WebChatUser(app);
            String spaced = roster.code("Lê Văn Cường");
            assertThat(another.sayText("\u2060" + spaced.substring(0, 4) + " " + spaced.substring(4)))
                    .contains("Chào đồng chí Lê Văn Cường");
        }
    }

    @Test
    void guessingCodesFromManyNewChatsIsSoonRefusedWhileAMemberWithTwoTyposIsNotHurt() {
        try (var app = RunningApp.start(folder)) {
            var roster = Roster.load(app);
            var binh = new WebChatUser(app);
            assertThat(binh.sayText("/start ZZZZ2222")).contains("Mã mời không đúng");
            assertThat(binh.sayText("/start ZZZZ3333")).contains("Mã mời không đúng");
            assertThat(binh.sayText("/start " + roster.code("Trần Thị Bình"))).contains("Chào đồng chí Trần Thị Bình");

            int answered = 0;
            int refused = 0;
            for (int i = 0; i < 200; i++) {
                String reply = new WebChatUser(app).sayText("/start " + String.format("GUES%04d", i));
                answered += reply.contains("Mã mời không đúng") ? 1 : 0;
                refused += reply.contains("tạm ngừng nhận mã mời") ? 1 : 0;
            }
            assertThat(answered).as("codes checked at all across the flood").isLessThanOrEqualTo(30);
            assertThat(refused).isEqualTo(200 - answered);
            assertThat(new WebChatUser(app).sayText("/start " + roster.code("Lê Văn Cường")))
                    .as("no code is checked until the budget refills").contains("tạm ngừng nhận mã mời");

            app.clock.advance(java.time.Duration.ofMinutes(10));
            assertThat(new WebChatUser(app).sayText("/start " + roster.code("Lê Văn Cường")))
                    .contains("Chào đồng chí Lê Văn Cường");
        }
    }

    @Test
    void checkInOpensOnlyShortlyBeforeTheMeetingAndClosesOnlyAfterItsStart() {
        try (var app = RunningApp.start(folder)) {
            Roster.load(app);
            JsonNode cell = app.adminGet("/api/admin/cells").json().get(0);
            Instant start = Instant.parse("2026-12-05T12:30:00Z");
            long meeting = app.adminPost("/api/admin/cells/" + cell.get("id").asLong() + "/meetings", "application/json", """
                    {"kind":"THEMATIC","startsAt":"%s","place":"Nhà văn hóa","title":"Chuyên đề"}""".formatted(start))
                    .json().get("id").asLong();

            var early = app.adminPost("/api/admin/meetings/" + meeting + "/check-in/open", "application/json", "{}");
            assertThat(early.status()).isEqualTo(409);
            assertThat(early.json().get("detail").asString()).contains("Chưa đến lúc mở điểm danh");

            app.clock.set(start.minusSeconds(30 * 60));
            assertThat(app.adminPost("/api/admin/meetings/" + meeting + "/check-in/open", "application/json", "{}")
                    .status()).isEqualTo(200);
            var beforeStart = app.adminPost("/api/admin/meetings/" + meeting + "/check-in/close", "application/json", "{}");
            assertThat(beforeStart.status()).isEqualTo(409);
            assertThat(beforeStart.json().get("detail").asString()).contains("chưa bắt đầu");
            assertThat(app.adminGet("/api/admin/meetings/" + meeting + "/attendance").json())
                    .allSatisfy(line -> assertThat(line.get("present").isNull()).as("nobody marked absent").isTrue());

            app.clock.set(start.plusSeconds(90 * 60));
            assertThat(app.adminPost("/api/admin/meetings/" + meeting + "/check-in/close", "application/json", "{}")
                    .status()).isEqualTo(200);
        }
    }
}
