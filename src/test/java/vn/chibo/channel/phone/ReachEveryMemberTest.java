package vn.chibo.channel.phone;

import java.io.IOException;
import java.net.ServerSocket;
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
import vn.chibo.support.FakeSmsGateway;
import vn.chibo.support.FakeZns;
import vn.chibo.support.FirstSaturday;
import vn.chibo.support.MutableClock;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cell of twelve: six linked in chats, three whose numbers have Zalo (reached by ZNS), two without Zalo (moved to
 * SMS), one the SMS gateway cannot send to (no route: the call list). Real Quartz, a real outbox, the ZNS API and the
 * SMS gateway faked at their HTTP boundary with their errors; time moves by the test's clock.
 */
class ReachEveryMemberTest {

    private static final String COMMITTEE = "Đảng bộ phường Hùng Vương";
    private static final String CELL = COMMITTEE + "/Chi bộ khu phố 7";
    private static final List<String> LINKED = List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung",
            "Hoàng Văn Em", "Vũ Thị Giang");
    private static final Map<String, String> BY_ZNS = Map.of("Đỗ Thị Hà", "0912345101", "Bùi Văn Hùng", "0912345102",
            "Đặng Thị Lan", "0912345103");
    private static final Map<String, String> BY_SMS = Map.of("Phan Văn Minh", "0912345201", "Lý Thị Nga", "0912345202");
    private static final String NO_ROUTE = "Trương Thị Oanh";
    private static final String NO_ROUTE_PHONE = "0912345301";

    @TempDir
    Path folder;
    final MutableClock clock = new MutableClock(RunningApp.START);

    private static String roster() {
        var csv = new StringBuilder("cell,full_name,phone,role,status\n");
        for (int i = 0; i < LINKED.size(); i++) {
            csv.append(CELL).append(',').append(LINKED.get(i)).append(",09123450").append(10 + i).append(',')
                    .append(i == 0 ? "secretary" : "member").append(",official\n");
        }
        BY_ZNS.forEach((name, phone) -> csv.append(CELL).append(',').append(name).append(',').append(phone).append(",member,official\n"));
        BY_SMS.forEach((name, phone) -> csv.append(CELL).append(',').append(name).append(',').append(phone).append(",member,official\n"));
        csv.append(CELL).append(',').append(NO_ROUTE).append(',').append(NO_ROUTE_PHONE).append(",member,official\n");
        csv.append(COMMITTEE).append(",Ngô Văn Khoa,0912345999,admin,\n");
        return csv.toString();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lets a second pass on the test's clock, so that sends waiting to be tried again (backoff) fall due. */
    private boolean retriesDue() {
        clock.advance(Duration.ofSeconds(1));
        return true;
    }

    private void moveTo(String instant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
    }

    private static long stageRows(RunningApp app, long meeting, long member, int stage) {
        String key = "reminder:meeting-" + meeting + ":stage-" + stage + ":member-" + member;
        return app.bean(JdbcClient.class).sql("""
                        SELECT COUNT(*) FROM outbox_message WHERE idempotency_key IN (?, ?, ?) AND state = 'SENT'""")
                .params(key, key + "@SMS", key + "@ZNS").query(Long.class).single();
    }

    @Test
    void everyMemberIsReachedOnceByTheFirstRouteThatWorksAndEveryAnswerCountsWithItsRoute() throws Exception {
        int port = freePort();
        try (var zns = new FakeZns(1000, 1500); var sms = new FakeSmsGateway(clock)) {
            var settings = new ArrayList<>(List.of("server.port=" + port, "chibo.public-url=http://127.0.0.1:" + port,
                    "chibo.reminders.tick=100ms", "chibo.zns.timeout=500ms", "chibo.outbox.first-backoff=50ms"));
            settings.addAll(zns.settings());
            settings.addAll(sms.settings());
            BY_SMS.values().forEach(zns::withoutZalo);
            zns.withoutZalo(NO_ROUTE_PHONE);
            sms.refuse(NO_ROUTE_PHONE);
            try (var app = RunningApp.start(folder, clock, settings.toArray(String[]::new))) {
                JsonNode imported = app.importRoster(roster()).json();
                Map<String, Long> ids = new HashMap<>();
                Map<String, String> codes = new HashMap<>();
                imported.get("members").forEach(m -> {
                    ids.put(m.get("fullName").asString(), m.get("memberId").asLong());
                    codes.put(m.get("fullName").asString(), m.get("inviteCode").asString());
                });
                long cell = app.adminGet("/api/admin/cells").json().get(0).get("id").asLong();
                long meeting = FirstSaturday.nextMeeting(app, cell);
                Map<String, WebChatUser> chats = new HashMap<>();
                for (String name : LINKED) {
                    var user = new WebChatUser(app);
                    user.say("/start " + codes.get(name));
                    chats.put(name, user);
                }
                assertThat(sms.webhooks()).as("the app told the gateway where to post replies")
                        .containsEntry("sms:received", "http://127.0.0.1:" + port + "/sms/webhook");

                JsonNode reach = app.adminGet("/api/admin/cells/" + cell + "/reach").json();
                assertThat(reach.get("members").asInt()).isEqualTo(12);
                assertThat(reach.get("linked").asInt()).isEqualTo(6);
                assertThat(reach.get("byPhone").asInt()).as("before any send, every number may have Zalo or SMS").isEqualTo(6);

                // a 5xx, a stalled answer and a revoked token on the way: each is retried or refreshed, none sent twice
                zns.fail(FakeZns.Fault.HTTP_500, FakeZns.Fault.STALL);
                sms.fail(503);
                moveTo("2026-12-02T01:00:00Z");
                for (String name : LINKED) {
                    assertThat(chats.get(name).awaitPushedContaining("Nhắc họp")).contains("Nhà văn hóa tổ 3");
                }
                Await.until("stage 1 by ZNS to the three with Zalo and by SMS to the two without", Duration.ofSeconds(20),
                        () -> retriesDue() && zns.sent().size() == 3 && sms.sent().size() == 2,
                        () -> phoneRows(app) + " zns " + zns.sent() + " sms " + sms.sent());
                Await.until("the number no route reaches is refused by both", () -> app.adminGet("/api/admin/cells/" + cell
                        + "/reach").json().get("unreachable").asInt() == 1);
                BY_ZNS.forEach((name, phone) -> {
                    assertThat(zns.sentTo(phone)).hasSize(1);
                    assertThat(zns.sentTo(phone).get(0).data()).containsEntry("ten", name).containsEntry("dia_diem", "Nhà văn hóa tổ 3")
                            .containsKey("lien_ket");
                });
                BY_SMS.forEach((name, phone) -> {
                    assertThat(sms.sentTo(phone)).hasSize(1);
                    assertThat(sms.sentTo(phone).get(0).text()).as("two SMS parts without diacritics, the link last")
                            .contains("Nha van hoa to 3", "1 = du").containsPattern("http://127\\.0\\.0\\.1:" + port + "/r/[A-Za-z0-9_-]{14}$");
                    assertThat(FakeSmsGateway.parts(sms.sentTo(phone).get(0).text())).isLessThanOrEqualTo(2);
                });
                assertThat(sms.sentTo(NO_ROUTE_PHONE)).isEmpty();
                assertThat(zns.refreshes()).as("the first token, refreshed from the refresh token").isGreaterThanOrEqualTo(1);

                // Hà opens her link: the page shows the meeting and records nothing until she taps
                String link = zns.sentTo(BY_ZNS.get("Đỗ Thị Hà")).get(0).data().get("lien_ket");
                String path = link.substring(link.indexOf("/r/"));
                RunningApp.Response page = app.get(path);
                assertThat(page.status()).isEqualTo(200);
                assertThat(page.body()).contains("Đỗ Thị Hà", "Nhà văn hóa tổ 3", "Tham dự", "Vắng có lý do");
                assertThat(line(app, meeting, ids.get("Đỗ Thị Hà")).get("reply").isNull()).as("a GET records nothing").isTrue();
                assertThat(app.post(path, "application/x-www-form-urlencoded", "answer=ATTENDING").body()).contains("Đã ghi nhận");
                assertThat(app.get("/r/not-a-code").status()).isEqualTo(404);

                // Minh answers by SMS "2 om nang"; a replay, a forged and a stale webhook change nothing
                String minhPhone = BY_SMS.get("Phan Văn Minh");
                String event = sms.received(minhPhone, "2 om nang", "evt-minh");
                assertThat(sms.post(event, clock.instant().getEpochSecond(), FakeSmsGateway.WEBHOOK_SECRET)).isEqualTo(200);
                Await.until("Minh's SMS recorded", () -> "ABSENT_WITH_REASON".equals(line(app, meeting, ids.get("Phan Văn Minh")).path("reply").asString("")));
                assertThat(sms.post(event, clock.instant().getEpochSecond(), FakeSmsGateway.WEBHOOK_SECRET)).as("a replay").isEqualTo(409);
                assertThat(sms.post(sms.received(minhPhone, "1", "evt-forged"), clock.instant().getEpochSecond(), "wrong-key"))
                        .as("a forged signature").isEqualTo(401);
                assertThat(sms.post(sms.received(minhPhone, "1", "evt-stale"), clock.instant().getEpochSecond() - 3600,
                        FakeSmsGateway.WEBHOOK_SECRET)).as("signed an hour ago").isEqualTo(401);
                assertThat(sms.receive("0987000111", "1")).as("a number not on the roster").isEqualTo(200);
                Await.until("Minh's confirmation by SMS", () -> sms.sentTo(minhPhone).size() == 2);
                assertThat(sms.sentTo(minhPhone).get(1).text()).contains("Da ghi", "om nang");
                assertThat(line(app, meeting, ids.get("Phan Văn Minh")).get("reason").asString()).isEqualTo("om nang");
                assertThat(sms.receive(BY_SMS.get("Lý Thị Nga"), "hom nay hop may gio?")).isEqualTo(200);
                Await.until("Nga gets the one-line help", () -> sms.sentTo(BY_SMS.get("Lý Thị Nga")).size() == 2);
                assertThat(sms.sentTo(BY_SMS.get("Lý Thị Nga")).get(1).text()).contains("1 = du hop", "2 = vang");
                assertThat(sms.sentTo("0987000111")).isEmpty();

                // Zalo's receipt for Hùng's message: signed, it marks the message delivered; a forged one is refused
                FakeZns.Sent hung = zns.sentTo(BY_ZNS.get("Bùi Văn Hùng")).get(0);
                FakeZns.Receipt receipt = zns.receipt(hung, clock.millis());
                String forged = "mac=00" + receipt.signature().substring(6);
                assertThat(app.post("/zns/webhook", "application/json", receipt.body(), "X-ZEvent-Signature", forged).status())
                        .isEqualTo(401);
                assertThat(app.post("/zns/webhook", "application/json", receipt.body(), "X-ZEvent-Signature", receipt.signature()).status())
                        .isEqualTo(200);

                // the day before: stage 2 to all who did not say they will be absent, and the call list to the secretary
                zns.revokeAccessTokens();
                moveTo("2026-12-04T12:00:00Z");
                String callList = chats.get("Nguyễn Văn An").awaitPushedContaining("Danh sách gọi điện");
                assertThat(callList).contains(NO_ROUTE + " — " + NO_ROUTE_PHONE + " — Zalo (ZNS) không gửi được, SMS không gửi được",
                        "Bùi Văn Hùng — 0912345102 — Zalo (ZNS) đã nhận", "Lý Thị Nga — 0912345202 — Zalo (ZNS) không gửi được, SMS đã gửi")
                        .doesNotContain("Đỗ Thị Hà", "Phan Văn Minh");
                assertThat(callList.indexOf(NO_ROUTE)).as("the one no route reached comes first").isLessThan(callList.indexOf("Lý Thị Nga"));
                Await.until("stage 2 by ZNS to Hà, Hùng and Lan (Hà answered, yet is still reminded)", Duration.ofSeconds(20),
                        () -> retriesDue() && zns.sent().size() == 6, () -> phoneRows(app) + " zns " + zns.sent());
                Await.until("stage 2 by SMS to Nga only (Minh said absent)", () -> sms.sentTo(BY_SMS.get("Lý Thị Nga")).size() == 3);
                assertThat(sms.sentTo(minhPhone)).hasSize(2);
                assertThat(zns.refreshes()).as("the revoked token refreshed once more").isGreaterThanOrEqualTo(2);

                // An calls Oanh: two taps record "will come"
                var an = chats.get("Nguyễn Văn An");
                var list = an.say("/goidien");
                assertThat(list.get(0).buttonLabels()).anyMatch(label -> label.contains(NO_ROUTE));
                String oanhButton = list.get(0).buttonPayloads().stream().filter(p -> p.endsWith(" " + ids.get(NO_ROUTE))).findFirst().orElseThrow();
                var choices = an.press(oanhButton);
                assertThat(choices.get(0).text()).contains(NO_ROUTE_PHONE);
                assertThat(an.press(choices.get(0).buttonPayloads().get(0)).get(0).text()).contains("Đã ghi cuộc gọi", NO_ROUTE, "Sẽ đến");

                JsonNode calls = app.adminGet("/api/admin/meetings/" + meeting + "/call-list").json();
                assertThat(calls.findValuesAsString("fullName")).doesNotContain(NO_ROUTE, "Đỗ Thị Hà", "Phan Văn Minh")
                        .contains("Bùi Văn Hùng", "Đặng Thị Lan", "Lý Thị Nga");
                JsonNode hungEntry = entry(calls, "Bùi Văn Hùng");
                assertThat(hungEntry.get("routes").toString()).contains("ZNS");
                assertThat(hungEntry.get("delivered").asBoolean()).isTrue();
                assertThat(hungEntry.get("phone").asString()).isEqualTo(BY_ZNS.get("Bùi Văn Hùng"));
                assertThat(app.adminPost("/api/admin/meetings/" + meeting + "/calls", "application/json",
                        "{\"memberId\":" + ids.get("Lý Thị Nga") + ",\"outcome\":\"UNREACHABLE\"}").status()).isEqualTo(200);
                assertThat(app.adminPost("/api/admin/meetings/" + meeting + "/calls", "application/json",
                        "{\"memberId\":" + ids.get("Đặng Thị Lan") + ",\"outcome\":\"ABSENT_WITH_REASON\"}").status())
                        .as("a reason is needed").isEqualTo(400);

                // each of the eleven reachable got each stage once, whichever route
                for (String name : ids.keySet()) {
                    if (name.equals(NO_ROUTE) || name.equals("Ngô Văn Khoa")) {
                        continue;
                    }
                    assertThat(stageRows(app, meeting, ids.get(name), 1)).as(name + " stage 1").isEqualTo(1);
                }
                assertThat(stageRows(app, meeting, ids.get(NO_ROUTE), 1)).isZero();

                // every answer with its route, in the API and in /thongke after the meeting
                assertThat(line(app, meeting, ids.get("Đỗ Thị Hà")).get("via").asString()).isEqualTo("ZNS_LINK");
                assertThat(line(app, meeting, ids.get("Phan Văn Minh")).get("via").asString()).isEqualTo("SMS");
                assertThat(line(app, meeting, ids.get(NO_ROUTE)).get("via").asString()).isEqualTo("SECRETARY_CALL");
                chats.get("Trần Thị Bình").say("/diemdanh " + meeting + " co");
                assertThat(line(app, meeting, ids.get("Trần Thị Bình")).get("via").asString()).isEqualTo("WEB");
                moveTo("2026-12-05T14:00:00Z");
                assertThat(an.sayText("/thongke")).contains("Trả lời qua:", "web 1", "liên kết qua Zalo (ZNS) 1", "SMS 1",
                        "bí thư gọi điện 1", "Liên lạc: 12 đảng viên — 6 qua chat, 5 chỉ qua điện thoại, 1 chưa có cách liên lạc");
                assertThat(zns.violations()).isEmpty();
                assertThat(sms.violations()).isEmpty();
            }
        }
    }

    private static String phoneRows(RunningApp app) {
        return app.bean(JdbcClient.class).sql("SELECT id, channel, chat_id, state, attempts, last_error FROM outbox_message WHERE channel IN ('ZNS','SMS')")
                .query((rs, n) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4) + " "
                        + rs.getInt(5) + " " + rs.getString(6)).list().toString();
    }

    private static JsonNode line(RunningApp app, long meeting, long member) {
        for (JsonNode line : app.adminGet("/api/admin/meetings/" + meeting + "/attendance").json()) {
            if (line.get("memberId").asLong() == member) {
                return line;
            }
        }
        throw new AssertionError("no line for member " + member);
    }

    private static JsonNode entry(JsonNode calls, String name) {
        for (JsonNode entry : calls) {
            if (entry.get("fullName").asString().equals(name)) {
                return entry;
            }
        }
        throw new AssertionError("no call-list entry for " + name);
    }
}
