package vn.chibo.channel.phone;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import vn.chibo.support.Await;
import vn.chibo.support.DashboardLink;
import vn.chibo.support.FakeSmsGateway;
import vn.chibo.support.FakeZns;
import vn.chibo.support.FirstSaturday;
import vn.chibo.support.MutableClock;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/** What ZNS costs and allows: the OA's daily quota, a committee's monthly limit, night refusals; a member who links a chat. */
class ZnsLimitsTest {

    private static final String COMMITTEE = "Đảng bộ phường Hùng Vương";
    private static final String CELL = COMMITTEE + "/Chi bộ khu phố 8";
    private static final List<String> BY_PHONE = List.of("Đỗ Thị Hà", "Bùi Văn Hùng", "Đặng Thị Lan", "Võ Thị Mai");

    @TempDir
    Path folder;
    final MutableClock clock = new MutableClock(RunningApp.START);

    private static String roster() {
        var csv = new StringBuilder("cell,full_name,phone,role,status\n");
        csv.append(CELL).append(",Nguyễn Văn An,0912345010,secretary,official\n");
        for (int i = 0; i < BY_PHONE.size(); i++) {
            csv.append(CELL).append(',').append(BY_PHONE.get(i)).append(",091234510").append(i + 1).append(",member,official\n");
        }
        csv.append(COMMITTEE).append(",Ngô Văn Khoa,0912345999,admin,\n");
        return csv.toString();
    }

    private static String phone(int index) {
        return "091234510" + (index + 1);
    }

    private boolean retriesDue() {
        clock.advance(Duration.ofSeconds(1));
        return true;
    }

    private void moveTo(String instant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
    }

    private record Started(RunningApp app, Map<String, Long> ids, Map<String, String> codes, long cell, long meeting) {
    }

    private Started start(List<String> settings) {
        var app = RunningApp.start(folder, clock, settings.toArray(String[]::new));
        JsonNode imported = app.importRoster(roster()).json();
        Map<String, Long> ids = new HashMap<>();
        Map<String, String> codes = new HashMap<>();
        imported.get("members").forEach(m -> {
            ids.put(m.get("fullName").asString(), m.get("memberId").asLong());
            codes.put(m.get("fullName").asString(), m.get("inviteCode").asString());
        });
        long cell = app.adminGet("/api/admin/cells").json().get(0).get("id").asLong();
        return new Started(app, ids, codes, cell, FirstSaturday.nextMeeting(app, cell));
    }

    private static String rows(RunningApp app) {
        return app.bean(JdbcClient.class).sql("SELECT id, channel, chat_id, state, attempts, next_attempt_at, last_error FROM outbox_message")
                .query((rs, n) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4) + " "
                        + rs.getInt(5) + " " + Instant.ofEpochMilli(rs.getLong(6)) + " " + rs.getString(7)).list().toString();
    }

    private static long triedZns(RunningApp app) {
        return app.bean(JdbcClient.class).sql("SELECT COALESCE(SUM(attempts), 0) FROM outbox_message WHERE channel = 'ZNS'")
                .query(Long.class).single();
    }

    private static long pending(RunningApp app) {
        return app.bean(JdbcClient.class).sql("SELECT COUNT(*) FROM outbox_message WHERE channel = 'ZNS' AND state = 'PENDING'")
                .query(Long.class).single();
    }

    @Test
    void aSpentQuotaHoldsTheRestUntilTheNextDayNeverSendsPastItAndTellsTheAdminsOnce() {
        try (var zns = new FakeZns(2, 0)) {
            var settings = new ArrayList<>(List.of("chibo.reminders.tick=100ms", "chibo.public-url=http://127.0.0.1:1"));
            settings.addAll(zns.settings());
            var started = start(settings);
            try (var app = started.app()) {
                var admin = new WebChatUser(app);
                admin.say("/start " + started.codes().get("Ngô Văn Khoa"));
                new WebChatUser(app).say("/start " + started.codes().get("Nguyễn Văn An"));
                moveTo("2026-12-02T01:00:00Z");
                Await.until("the quota's two sent", () -> zns.sent().size() == 2);
                assertThat(admin.awaitPushedContaining("ZNS")).contains("hết hạn mức", "2 tin/ngày", "ngày mai");
                for (int i = 0; i < 5; i++) {
                    retriesDue();
                }
                assertThat(zns.sent()).hasSize(2);
                assertThat(pending(app)).as("held for the next day").isEqualTo(2);
                JsonNode status = app.adminGet("/api/admin/zns").json();
                assertThat(status.get("enabled").asBoolean()).isTrue();
                assertThat(status.at("/today/spent").asBoolean()).isTrue();
                assertThat(status.at("/today/sentToday").asInt()).isEqualTo(2);
                assertThat(status.at("/today/waiting").asInt()).isEqualTo(2);
                assertThat(status.at("/today/dailyQuota").asInt()).isEqualTo(2);
                assertThat(status.at("/committees/0/sentThisMonth").asInt()).as("sent or waiting: what will be paid").isEqualTo(4);
                String overview = DashboardLink.page(DashboardLink.signedIn(app, admin), "http://127.0.0.1:" + app.port() + "/dashboard");
                assertThat(overview).contains("Zalo ZNS hôm nay: đã gửi 2 trong hạn mức 2 tin/ngày, 2 tin chờ; đã hết hạn mức",
                        "Tin Zalo ZNS (trả phí từng tin) của " + COMMITTEE + " trong tháng: 4.");

                moveTo("2026-12-02T17:01:00Z");
                zns.newDay();
                Await.until("the held two, the next day", () -> retriesDue() && zns.sent().size() == 4);
                for (int i = 0; i < BY_PHONE.size(); i++) {
                    assertThat(zns.sentTo(phone(i))).as(BY_PHONE.get(i)).hasSize(1);
                }
                assertThat(zns.violations()).as("no call past the quota").isEmpty();
                assertThat(app.bean(JdbcClient.class).sql("SELECT COUNT(*) FROM outbox_message WHERE idempotency_key LIKE 'zns-quota:%'")
                        .query(Long.class).single()).as("the admins told once").isEqualTo(1);
            }
        }
    }

    @Test
    void nightRefusalsWaitForMorningPastTheMonthlyLimitMembersFallToSmsAndALinkedChatTakesOver() {
        try (var zns = new FakeZns(1000, 0); var sms = new FakeSmsGateway(clock)) {
            var settings = new ArrayList<>(List.of("chibo.reminders.tick=100ms", "chibo.public-url=http://127.0.0.1:1",
                    "chibo.zns.monthly-limit=3"));
            settings.addAll(zns.settings());
            settings.addAll(sms.settings());
            var started = start(settings);
            try (var app = started.app()) {
                new WebChatUser(app).say("/start " + started.codes().get("Nguyễn Văn An"));
                zns.night(true);
                moveTo("2026-12-02T01:00:00Z");
                Await.until("the one past the limit, by SMS, and Zalo's night refusals, each answer recorded", () -> sms.sent().size() == 1
                        && zns.nightRefusals() > 0 && triedZns(app) == zns.sendCalls());
                zns.night(false);
                for (int i = 0; i < 5; i++) {
                    retriesDue();
                }
                assertThat(zns.sent()).as("Zalo refused a night send: ZNS waits until 06:00").isEmpty();
                moveTo("2026-12-02T23:00:00Z");
                Await.until("the three by ZNS in the morning", Duration.ofSeconds(20), () -> retriesDue() && zns.sent().size() == 3,
                        () -> rows(app));
                String bySms = sms.sent().get(0).phone().replace("+84", "0");
                assertThat(zns.sentTo(bySms)).isEmpty();

                var ha = new WebChatUser(app);
                assertThat(ha.sayText("/start " + started.codes().get("Đỗ Thị Hà"))).contains("Đỗ Thị Hà");
                moveTo("2026-12-04T12:00:00Z");
                Await.until("stage 2 by SMS to the three still by phone: the monthly limit is reached",
                        () -> retriesDue() && sms.sent().size() == 4);
                assertThat(zns.sent()).hasSize(3);
                assertThat(zns.sentTo(phone(0)).size() + sms.sentTo(phone(0)).size()).as("Hà linked a chat: stage 2 went there")
                        .isEqualTo(1);
                for (int i = 1; i < BY_PHONE.size(); i++) {
                    assertThat(zns.sentTo(phone(i)).size() + sms.sentTo(phone(i)).size()).as(BY_PHONE.get(i)).isEqualTo(2);
                }
                long stage2 = app.bean(JdbcClient.class).sql("SELECT COUNT(*) FROM outbox_message WHERE idempotency_key LIKE ?")
                        .param("reminder:meeting-" + started.meeting() + ":stage-2:member-" + started.ids().get("Đỗ Thị Hà") + "%")
                        .query(Long.class).single();
                assertThat(stage2).as("one stage-2 message for Hà, in her chat").isEqualTo(1);

                app.send("PATCH", "/api/admin/meetings/" + started.meeting(), "application/json", """
                        {"startsAt":"2026-12-05T20:00:00+07:00"}""");
                Await.until("the move by SMS to the three by phone", () -> sms.sent().size() == 7);
                for (int i = 1; i < BY_PHONE.size(); i++) {
                    List<FakeSmsGateway.Sms> texts = sms.sentTo(phone(i));
                    assertThat(texts.get(texts.size() - 1).text()).contains("doi sang", "20:00");
                }
                assertThat(sms.sentTo(phone(0))).noneMatch(text -> text.text().contains("doi sang"));
                JsonNode status = app.adminGet("/api/admin/zns").json();
                assertThat(status.at("/committees/0/sentThisMonth").asInt()).isEqualTo(3);
                assertThat(status.at("/committees/0/monthlyLimit").asInt()).isEqualTo(3);
                assertThat(zns.violations()).isEmpty();
                assertThat(sms.violations()).isEmpty();
            }
        }
    }
}
