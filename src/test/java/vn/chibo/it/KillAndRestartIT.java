package vn.chibo.it;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.chibo.support.Await;
import vn.chibo.support.BuiltJar;
import vn.chibo.support.FakeTelegram;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.support.BuiltJar.count;

/**
 * The built jar as its own process, killed with SIGKILL in the middle of a reminder stage while Telegram is
 * failing, then started again: every member gets the announcement and the reminder exactly once.
 */
class KillAndRestartIT {

    private static final int MEMBERS = 8;

    @TempDir
    Path folder;

    @Test
    void aKill9MidStageLosesNoMessageAndSendsNoneTwice() throws Exception {
        try (var telegram = new FakeTelegram(1_000, 100)) {
            int port = BuiltJar.freePort();
            Path database = folder.resolve("chibo.db");
            BuiltJar app = BuiltJar.start(port, database, telegram);
            try {
                var roster = new StringBuilder("cell,full_name,phone,role,status\n");
                for (int i = 0; i < MEMBERS; i++) {
                    roster.append("Đảng bộ phường Liên Bảo/Chi bộ tổ dân phố 3,Đảng viên ").append(i)
                            .append(",091230000").append(i).append(",member,official\n");
                }
                JsonNode imported = app.call("POST", "/api/admin/roster", "text/csv", roster.toString()).get("members");
                for (int i = 0; i < MEMBERS; i++) {
                    telegram.userSends(7700 + i, "/start " + imported.get(i).get("inviteCode").asString());
                }
                Await.until("every greeting", () -> telegram.calls("sendMessage").size() >= MEMBERS);
                long cell = app.call("GET", "/api/admin/cells", null, null).get(0).get("id").asLong();

                telegram.goDown();
                String startsAt = ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusHours(30).withSecond(0).withNano(0)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                app.call("POST", "/api/admin/cells/" + cell + "/meetings", "application/json",
                        "{\"kind\":\"THEMATIC\",\"startsAt\":\"" + startsAt + "\",\"place\":\"Hội trường\",\"title\":\"Chuyên đề\"}");
                Await.until("the stage decided and the sends failing", () -> count(database,
                        "SELECT COUNT(*) FROM reminder_stage WHERE outcome = 'SENT'") == 1
                        && count(database, "SELECT COUNT(*) FROM outbox_message WHERE state = 'PENDING' AND attempts > 0") > 0);
            } finally {
                app.kill();
            }
            assertThat(count(database, "SELECT COUNT(*) FROM reminder_stage WHERE outcome = 'SENT'")).isEqualTo(1);

            telegram.recover();
            try (BuiltJar again = BuiltJar.start(port, database, telegram)) {
                Await.until("everything delivered after the restart",
                        () -> delivered(telegram, "Nhắc họp") == MEMBERS && delivered(telegram, "cuộc họp mới") == MEMBERS);
            }
            Map<String, Integer> perChat = new HashMap<>();
            telegram.calls("sendMessage").stream().filter(c -> !c.fields().containsKey("__refused"))
                    .forEach(c -> perChat.merge(c.chatId() + " " + c.text().lines().findFirst().orElse(""), 1, Integer::sum));
            assertThat(perChat.values()).as("no chat got any message twice").containsOnly(1);
            assertThat(count(database, "SELECT COUNT(*) FROM reminder_stage WHERE outcome = 'SENT'"))
                    .as("the stage was not decided again").isEqualTo(1);
            assertThat(telegram.violations()).isEmpty();
        }
    }

    private static long delivered(FakeTelegram telegram, String text) {
        return telegram.calls("sendMessage").stream().filter(c -> !c.fields().containsKey("__refused"))
                .filter(c -> c.text() != null && c.text().contains(text)).count();
    }
}
