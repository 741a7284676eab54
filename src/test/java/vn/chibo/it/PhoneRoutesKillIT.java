package vn.chibo.it;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.support.Await;
import vn.chibo.support.BuiltJar;
import vn.chibo.support.FakeSmsGateway;
import vn.chibo.support.FakeTelegram;
import vn.chibo.support.FakeZns;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.support.BuiltJar.count;

/**
 * The built jar killed with SIGKILL while a reminder goes out by ZNS and SMS, then started again: every member gets
 * it, and none twice but those whose send was under way at the kill (ZNS and the gateway take no idempotency key).
 */
class PhoneRoutesKillIT {

    private static final int BY_ZNS = 60;
    private static final int BY_SMS = 20;
    private static final int WORKERS = 16;

    @TempDir
    Path folder;

    @Test
    void aKill9DuringThePhoneFanOutLosesNoneAndDoublesOnlyTheSendsInFlight() throws Exception {
        try (var telegram = new FakeTelegram(1_000, 100); var zns = new FakeZns(100_000, 0);
             var sms = new FakeSmsGateway(Clock.systemUTC())) {
            int port = BuiltJar.freePort();
            Path database = folder.resolve("chibo.db");
            var settings = new ArrayList<String>();
            settings.addAll(zns.settings());
            settings.addAll(sms.settings());
            settings.add("chibo.zns.per-second=10");
            settings.add("chibo.sms.quiet-from=00:00");
            settings.add("chibo.sms.quiet-until=00:00");
            settings.add("chibo.outbox.workers=" + WORKERS);
            String[] arguments = settings.toArray(String[]::new);
            List<String> smsPhones = new ArrayList<>();
            BuiltJar app = BuiltJar.start(port, database, telegram, arguments);
            try {
                var roster = new StringBuilder("cell,full_name,phone,role,status\n");
                for (int i = 0; i < BY_ZNS + BY_SMS; i++) {
                    String phone = String.format("09%08d", 12_340_000 + i);
                    roster.append("Đảng bộ phường Liên Bảo/Chi bộ tổ dân phố 3,Đảng viên ").append(i).append(',').append(phone)
                            .append(",member,official\n");
                    if (i >= BY_ZNS) {
                        zns.withoutZalo(phone);
                        smsPhones.add(phone);
                    }
                }
                app.call("POST", "/api/admin/roster", "text/csv", roster.toString());
                long cell = app.call("GET", "/api/admin/cells", null, null).get(0).get("id").asLong();
                String startsAt = ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusHours(30).withSecond(0).withNano(0)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                app.call("POST", "/api/admin/cells/" + cell + "/meetings", "application/json",
                        "{\"kind\":\"THEMATIC\",\"startsAt\":\"" + startsAt + "\",\"place\":\"Hội trường\",\"title\":\"Chuyên đề\"}");
                Await.until("a third of the ZNS fan-out", () -> zns.sent().size() >= BY_ZNS / 3);
            } finally {
                app.kill();
            }
            int beforeKill = zns.sent().size();
            assertThat(beforeKill).as("killed during the fan-out").isLessThan(BY_ZNS);

            try (BuiltJar again = BuiltJar.start(port, database, telegram, arguments)) {
                Await.until("every member reached after the restart", () -> distinctZns(zns) == BY_ZNS
                        && smsPhones.stream().allMatch(phone -> !sms.sentTo(phone).isEmpty()));
            }
            Map<String, Integer> perPhone = new HashMap<>();
            zns.sent().forEach(message -> perPhone.merge(message.phone(), 1, Integer::sum));
            sms.sent().forEach(message -> perPhone.merge(message.phone(), 1, Integer::sum));
            long doubled = perPhone.values().stream().filter(n -> n > 1).count();
            assertThat(perPhone.values()).as("nobody more than twice").allMatch(n -> n <= 2);
            assertThat(doubled).as("only sends under way at the kill may go twice").isLessThanOrEqualTo(WORKERS);
            assertThat(count(database, "SELECT COUNT(*) FROM reminder_stage WHERE outcome = 'SENT'")).isEqualTo(1);
            assertThat(zns.violations()).isEmpty();
            assertThat(sms.violations()).isEmpty();
        }
    }

    private static long distinctZns(FakeZns zns) {
        return zns.sent().stream().map(FakeZns.Sent::phone).distinct().count();
    }
}
