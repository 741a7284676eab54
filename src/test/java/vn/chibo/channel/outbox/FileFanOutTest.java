package vn.chibo.channel.outbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import vn.chibo.support.Await;
import vn.chibo.support.FakeTelegram;
import vn.chibo.support.FakeZalo;
import vn.chibo.support.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reminder to a thousand members that carries a 2 MB document: the document is stored once, not in each
 * outbox row, uploaded to Telegram once, and named by Telegram's file_id in every later send.
 */
class FileFanOutTest {

    private static final int MEMBERS = 1_000;
    private static final String CELL = "Đảng bộ phường Vĩnh Phúc/Chi bộ khu dân cư số 1";
    private static final Instant MEETING = Instant.parse("2026-12-05T12:30:00Z");

    @TempDir
    Path folder;

    @Test
    void aDocumentSentWithAReminderToAThousandMembersIsStoredAndUploadedOnce() throws Exception {
        try (var telegram = new FakeTelegram(5_000, 100);
             var app = RunningApp.start(folder, telegram.settings("chibo.reminders.tick=100ms",
                     "chibo.telegram.limits.per-second=5000", "chibo.telegram.limits.per-chat-per-second=100"))) {
            var csv = new StringBuilder("cell,full_name,phone,role,status\n");
            for (int i = 0; i < MEMBERS; i++) {
                csv.append(CELL).append(",Đảng viên ").append(i).append(",09").append(String.format("%08d", i))
                        .append(i == 0 ? ",secretary" : ",member").append(",official\n");
            }
            JsonNode imported = app.importRoster(csv.toString()).json();
            Map<Long, String> codes = new HashMap<>();
            long user = 70_000;
            for (JsonNode member : imported.get("members")) {
                codes.put(user++, member.get("inviteCode").asString());
            }
            codes.forEach((userId, code) -> telegram.userSends(userId, "/start " + code));
            Await.until("every member linked", () -> telegram.calls("sendMessage").size() >= MEMBERS);

            long cell = app.adminGet("/api/admin/cells").json().get(0).get("id").asLong();
            long meeting = app.adminPost("/api/admin/cells/" + cell + "/meetings", "application/json", """
                    {"kind":"THEMATIC","startsAt":"%s","place":"Nhà văn hóa","title":"Học tập Quy định 294"}"""
                    .formatted(MEETING)).json().get("id").asLong();
            byte[] document = new byte[2 * 1024 * 1024];
            new Random(7).nextBytes(document);
            assertThat(app.postBytes("/api/admin/meetings/" + meeting + "/documents?name=du-thao-nghi-quyet.pdf",
                    "application/pdf", document, "Authorization", "Bearer " + RunningApp.ADMIN_TOKEN).status()).isEqualTo(201);
            long databaseBefore = databaseBytes();

            app.clock.set(Instant.parse("2026-12-02T01:00:00Z"));
            Await.until("the document to every member", () -> telegram.calls("sendDocument").size() >= MEMBERS);

            JdbcClient jdbc = app.bean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_file").query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT MAX(LENGTH(payload)) FROM outbox_message").query(Long.class).single())
                    .as("no outbox row carries the document's bytes").isLessThan(10_000);
            assertThat(telegram.uploads()).as("uploaded once, then named by its file_id").isEqualTo(1);
            assertThat(telegram.calls("sendDocument")).hasSize(MEMBERS)
                    .allSatisfy(call -> assertThat(call.fields()).doesNotContainKey("__refused"));
            assertThat(databaseBytes() - databaseBefore).as("the database grew by far less than a copy per member")
                    .isLessThan(20L * 1024 * 1024);
        }
    }

    @Test
    void onZaloEveryMemberGetsTheSameLinkToTheOneStoredFile() {
        try (var zalo = new FakeZalo();
             var app = RunningApp.start(folder, zalo.settings("chibo.reminders.tick=100ms",
                     "chibo.public-url=https://chibo.example.vn", "chibo.zalo.limits.per-second=1000"))) {
            var csv = new StringBuilder("cell,full_name,phone,role,status\n");
            for (int i = 0; i < 20; i++) {
                csv.append(CELL).append(",Đảng viên ").append(i).append(",09").append(String.format("%08d", i))
                        .append(",member,official\n");
            }
            JsonNode imported = app.importRoster(csv.toString()).json();
            int user = 0;
            for (JsonNode member : imported.get("members")) {
                zalo.userSends("zalo-" + user++, "/start " + member.get("inviteCode").asString());
            }
            Await.until("every member linked", () -> zalo.calls("sendMessage").size() >= 20);
            long cell = app.adminGet("/api/admin/cells").json().get(0).get("id").asLong();
            long meeting = app.adminPost("/api/admin/cells/" + cell + "/meetings", "application/json", """
                    {"kind":"THEMATIC","startsAt":"%s","place":"Nhà văn hóa","title":"Học tập Quy định 294"}"""
                    .formatted(MEETING)).json().get("id").asLong();
            app.postBytes("/api/admin/meetings/" + meeting + "/documents?name=du-thao.pdf", "application/pdf",
                    new byte[300_000], "Authorization", "Bearer " + RunningApp.ADMIN_TOKEN);

            app.clock.set(Instant.parse("2026-12-02T01:00:00Z"));
            Pattern link = Pattern.compile("https://chibo\\.example\\.vn/files/\\S+");
            Await.until("a link to every member", () -> zalo.calls("sendMessage").stream()
                    .filter(call -> call.text().contains("du-thao.pdf")).count() >= 20);
            var links = zalo.calls("sendMessage").stream().map(call -> link.matcher(call.text()))
                    .filter(Matcher::find).map(Matcher::group).distinct().toList();
            assertThat(links).as("one link for the file, however many chats").hasSize(1);
            assertThat(app.getBytes(links.get(0).substring("https://chibo.example.vn".length()))).hasSize(300_000);
        }
    }

    private long databaseBytes() throws Exception {
        long bytes = 0;
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                bytes += Files.size(file);
            }
        }
        return bytes;
    }
}
