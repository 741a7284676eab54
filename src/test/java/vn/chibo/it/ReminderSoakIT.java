package vn.chibo.it;

import java.nio.file.Path;
import java.time.Duration;
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
 * A reminder to 10,000 members while Telegram fails one send in ten at random, the built jar killed with SIGKILL
 * twice along the way: every member gets the reminder exactly once. Telegram takes no idempotency key, so a send
 * it accepted in the very moment of a kill could be made again after the restart; here each kill comes once
 * Telegram refuses everything and every send it accepted is recorded, which is what this test can tell exactly.
 */
class ReminderSoakIT {

    private static final int MEMBERS = 10_000;
    private static final String REMINDER = "Nhắc họp";
    private static final Duration LONG = Duration.ofMinutes(3);

    @TempDir
    Path folder;

    @Test
    void tenThousandRemindersThroughRandomFailuresAndTwoKillsReachEveryMemberOnce() throws Exception {
        try (var telegram = new FakeTelegram(2_000, 100)) {
            int port = BuiltJar.freePort();
            Path database = folder.resolve("chibo.db");
            String[] fast = {"chibo.telegram.limits.per-second=1000", "chibo.telegram.limits.per-chat-per-second=50"};
            BuiltJar app = BuiltJar.start(port, database, telegram, fast);
            var roster = new StringBuilder("cell,full_name,phone,role,status\n");
            for (int i = 0; i < MEMBERS; i++) {
                roster.append("Đảng bộ phường Soak/Chi bộ ").append(i % 40).append(",Đảng viên ").append(i)
                        .append(",09").append(String.format("%08d", i)).append(",member,official\n");
            }
            JsonNode imported = app.call("POST", "/api/admin/roster", "text/csv", roster.toString()).get("members");
            for (int i = 0; i < MEMBERS; i++) {
                telegram.userSends(100_000 + i, "/start " + imported.get(i).get("inviteCode").asString());
            }
            Await.until("every greeting", LONG, () -> telegram.calls("sendMessage").size() >= MEMBERS);

            telegram.failRandomly(0.1);
            String startsAt = ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusHours(30).withSecond(0).withNano(0)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            for (JsonNode cell : app.call("GET", "/api/admin/cells", null, null)) {
                app.call("POST", "/api/admin/cells/" + cell.get("id").asLong() + "/meetings", "application/json",
                        "{\"kind\":\"THEMATIC\",\"startsAt\":\"" + startsAt + "\",\"place\":\"Hội trường\",\"title\":\"Chuyên đề\"}");
            }
            for (int kill = 1; kill <= 2; kill++) {
                long enough = MEMBERS * kill / 3L;
                Await.until("a third more reminders", LONG, () -> delivered(telegram) >= enough);
                telegram.goDown();
                Await.until("every accepted reminder recorded as sent", LONG, () -> delivered(telegram)
                        == count(database, "SELECT COUNT(*) FROM outbox_message WHERE state = 'SENT' AND idempotency_key LIKE 'reminder:%'"));
                app.kill();
                telegram.recover();
                telegram.failRandomly(0.1);
                app = BuiltJar.start(port, database, telegram, fast);
            }
            try (BuiltJar last = app) {
                Await.until("every reminder", LONG, () -> delivered(telegram) >= MEMBERS
                        && count(database, "SELECT COUNT(*) FROM outbox_message WHERE state = 'PENDING'") == 0);
            }
            Map<String, Integer> perChat = new HashMap<>();
            telegram.calls("sendMessage").stream().filter(c -> !c.fields().containsKey("__refused"))
                    .filter(c -> c.text() != null && c.text().contains(REMINDER))
                    .forEach(c -> perChat.merge(c.chatId(), 1, Integer::sum));
            assertThat(perChat).as("every member").hasSize(MEMBERS);
            assertThat(perChat.values()).as("once each").containsOnly(1);
            assertThat(count(database, "SELECT COUNT(*) FROM outbox_message WHERE state = 'FAILED'")).isZero();
        }
    }

    private static long delivered(FakeTelegram telegram) {
        return telegram.calls("sendMessage").stream().filter(c -> !c.fields().containsKey("__refused"))
                .filter(c -> c.text() != null && c.text().contains(REMINDER)).count();
    }
}
