package vn.chibo.it;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.chibo.support.Await;
import vn.chibo.support.BuiltJar;
import vn.chibo.support.FakeTelegram;
import vn.chibo.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the built jar on one PostgreSQL database: a reminder to 5,000 members goes out while the
 * instance sending the outbox is killed with SIGKILL half-way. The survivor takes the outbox over and finishes;
 * every member gets the reminder, and none twice but for sends Telegram accepted in the moment of the kill,
 * before the dead instance could record them (Telegram takes no idempotency key).
 */
class ClusterIT {

    private static final int MEMBERS = 5_000;
    private static final String REMINDER = "Nhắc họp";
    private static final Duration LONG = Duration.ofMinutes(4);

    @TempDir
    Path folder;

    @Test
    void twoInstancesSendEachReminderOnceAndTheSurvivorFinishesWhenTheSenderIsKilled() throws Exception {
        Map<String, String> database = TestDatabase.postgresSettings(folder);
        List<String> on = database.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
        String[] fast = {"chibo.telegram.limits.per-second=1000", "chibo.telegram.limits.per-chat-per-second=50",
                "chibo.cluster.lease-time=6s", "chibo.outbox.workers=4"};
        try (var telegram = new FakeTelegram(2_000, 100)) {
            BuiltJar first = BuiltJar.start(BuiltJar.freePort(), folder, on, telegram, fast);
            BuiltJar second = BuiltJar.start(BuiltJar.freePort(), folder, on, telegram, fast);
            var roster = new StringBuilder("cell,full_name,phone,role,status\n");
            for (int i = 0; i < MEMBERS; i++) {
                roster.append("Đảng bộ phường Cụm/Chi bộ ").append(i % 20).append(",Đảng viên ").append(i)
                        .append(",09").append(String.format("%08d", i)).append(",member,official\n");
            }
            JsonNode imported = first.call("POST", "/api/admin/roster", "text/csv", roster.toString()).get("members");
            for (int i = 0; i < MEMBERS; i++) {
                telegram.userSends(200_000 + i, "/start " + imported.get(i).get("inviteCode").asString());
            }
            Await.until("every greeting", LONG, () -> telegram.calls("sendMessage").size() >= MEMBERS);
            assertThat(greetingsPerChat(telegram).values()).as("each update handled once across the cluster").containsOnly(1);

            String startsAt = ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusHours(30).withSecond(0).withNano(0)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            for (JsonNode cell : second.call("GET", "/api/admin/cells", null, null)) {
                second.call("POST", "/api/admin/cells/" + cell.get("id").asLong() + "/meetings", "application/json",
                        "{\"kind\":\"THEMATIC\",\"startsAt\":\"" + startsAt + "\",\"place\":\"Hội trường\",\"title\":\"Chuyên đề\"}");
            }
            Await.until("half the reminders", LONG, () -> delivered(telegram) >= MEMBERS / 2,
                    () -> state(database, telegram, first, second));
            String holder = BuiltJar.value(database, "SELECT holder FROM cluster_lease WHERE name = 'outbox'");
            BuiltJar sender = holder.startsWith(first.pid + "@") ? first : second;
            BuiltJar survivor = sender == first ? second : first;
            boolean polled = BuiltJar.value(database, "SELECT holder FROM cluster_lease WHERE name = 'poll-telegram'")
                    .startsWith(sender.pid + "@");
            sender.kill();
            long acceptedAtKill = delivered(telegram);
            long recordedAtKill = Long.parseLong(BuiltJar.value(database, "SELECT COUNT(*) FROM outbox_message "
                    + "WHERE state = 'SENT' AND idempotency_key LIKE 'reminder:%'"));

            try (survivor) {
                Await.until("every reminder, from the survivor", LONG, () -> delivered(telegram) >= MEMBERS
                        && "0".equals(BuiltJar.value(database, "SELECT COUNT(*) FROM outbox_message WHERE state = 'PENDING'")),
                        () -> state(database, telegram, survivor));
                assertThat(BuiltJar.value(database, "SELECT holder FROM cluster_lease WHERE name = 'outbox'"))
                        .startsWith(survivor.pid + "@");
                telegram.userSends(300_001, "/trogiup");
                assertThat(telegram.awaitSentTo(300_001, 1).get(0).text()).as("the survivor polls Telegram").contains("/start");
                assertThat(BuiltJar.value(database, "SELECT holder FROM cluster_lease WHERE name = 'poll-telegram'"))
                        .startsWith(survivor.pid + "@");
                System.out.printf("Cluster: the killed instance %s polling; the survivor polls now%n",
                        polled ? "was also" : "was not");
            }
            Map<String, Integer> perChat = remindersPerChat(telegram);
            long twice = perChat.values().stream().filter(times -> times > 1).count();
            System.out.printf("Cluster: %d reminders accepted at the kill, %d recorded; %d members got it twice%n",
                    acceptedAtKill, recordedAtKill, twice);
            assertThat(perChat).as("every member").hasSize(MEMBERS);
            assertThat(perChat.values()).as("never more than twice").allMatch(times -> times <= 2);
            assertThat(twice).as("twice only for sends in flight at the kill")
                    .isLessThanOrEqualTo(Math.max(0, acceptedAtKill - recordedAtKill));
            assertThat(BuiltJar.value(database, "SELECT COUNT(*) FROM outbox_message WHERE state = 'FAILED'")).isEqualTo("0");
        }
    }

    /** What the cluster had done when a wait ran out: the counts, the leases and what each instance logged. */
    private static String state(Map<String, String> database, FakeTelegram telegram, BuiltJar... instances) {
        var state = new StringBuilder("\nreminders delivered: ").append(delivered(telegram))
                .append("\nmeetings: ").append(BuiltJar.value(database, "SELECT COUNT(*) FROM meeting"))
                .append("\nreminder stages decided: ").append(BuiltJar.value(database,
                        "SELECT string_agg(stage || ' ' || outcome, ', ') FROM reminder_stage"))
                .append("\noutbox by state: ").append(BuiltJar.value(database,
                        "SELECT string_agg(state || ' ' || n, ', ') FROM (SELECT state, COUNT(*) n FROM outbox_message GROUP BY state) s"))
                .append("\nleases: ").append(BuiltJar.value(database,
                        "SELECT string_agg(name || ' ' || holder || ' ' || expires_at, ', ') FROM cluster_lease"));
        for (BuiltJar instance : instances) {
            state.append("\n--- instance ").append(instance.pid).append(" ---\n").append(instance.logTail(40));
        }
        return state.toString();
    }

    private static long delivered(FakeTelegram telegram) {
        return remindersPerChat(telegram).values().stream().mapToLong(Integer::longValue).sum();
    }

    private static Map<String, Integer> remindersPerChat(FakeTelegram telegram) {
        Map<String, Integer> perChat = new HashMap<>();
        telegram.calls("sendMessage").stream().filter(c -> !c.fields().containsKey("__refused"))
                .filter(c -> c.text() != null && c.text().contains(REMINDER))
                .forEach(c -> perChat.merge(c.chatId(), 1, Integer::sum));
        return perChat;
    }

    private static Map<String, Integer> greetingsPerChat(FakeTelegram telegram) {
        Map<String, Integer> perChat = new HashMap<>();
        telegram.calls("sendMessage").stream().filter(c -> c.text() != null && c.text().contains("Chào đồng chí"))
                .forEach(c -> perChat.merge(c.chatId(), 1, Integer::sum));
        return perChat;
    }
}
