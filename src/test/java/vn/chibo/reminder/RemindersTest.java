package vn.chibo.reminder;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chibo.support.Await;
import vn.chibo.support.FakeTelegram;
import vn.chibo.support.FakeZalo;
import vn.chibo.support.FirstSaturday;
import vn.chibo.support.MutableClock;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/** Real Quartz ticking every 100 ms; time moves only by the test's clock. */
class RemindersTest {

    private static final String TICK = "chibo.reminders.tick=100ms";

    @TempDir
    Path folder;
    final MutableClock clock = new MutableClock(RunningApp.START);

    private RunningApp start(String... more) {
        var settings = new java.util.ArrayList<>(List.of(TICK));
        settings.addAll(List.of(more));
        return RunningApp.start(folder, clock, settings.toArray(String[]::new));
    }

    private static long cell3(RunningApp app) {
        return app.adminGet("/api/admin/cells").json().get(0).get("id").asLong();
    }

    private static long firstMeeting(RunningApp app) {
        return FirstSaturday.nextMeeting(app, cell3(app));
    }

    /** Reminder messages queued for a member at a stage: what was sent, whatever channel. */
    private static long queued(RunningApp app, long meeting, long member, int stage) {
        return app.bean(JdbcClient.class).sql("SELECT COUNT(*) FROM outbox_message WHERE idempotency_key = ?")
                .param("reminder:meeting-" + meeting + ":stage-" + stage + ":member-" + member).query(Long.class).single();
    }

    private void moveTo(String instant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
    }

    @Test
    void stagesGoOutWhenDueWithTheChoicesAndLaterOnesSkipThoseWhoSaidAbsent() {
        try (var app = start()) {
            var roster = Roster.load(app);
            long meeting = firstMeeting(app);
            var binh = new WebChatUser(app);
            binh.say("/start " + roster.code("Trần Thị Bình"));
            var cuong = new WebChatUser(app);
            cuong.say("/start " + roster.code("Lê Văn Cường"));

            moveTo("2026-12-02T00:59:00Z");
            assertThat(binh.inbox()).as("a minute before stage 1").isEmpty();
            moveTo("2026-12-02T01:00:00Z");
            assertThat(binh.awaitPushed()).contains("Nhắc họp", "19:30 thứ Bảy, 05/12/2026", "Nhà văn hóa tổ 3");
            assertThat(cuong.awaitPushed()).contains("Nhắc họp");
            assertThat(binh.press("/diemdanh " + meeting + " lydo công tác").get(0).text()).contains("Vắng có lý do");

            moveTo("2026-12-04T12:00:00Z");
            assertThat(cuong.awaitPushed()).contains("Nhắc họp");
            Await.until("stage 2 decided", () -> queued(app, meeting, roster.id("Lê Văn Cường"), 2) == 1);
            assertThat(queued(app, meeting, roster.id("Trần Thị Bình"), 2)).as("Bình said she will be absent").isZero();
            assertThat(queued(app, meeting, roster.id("Lê Văn Cường"), 1)).isEqualTo(1);
        }
    }

    @Test
    void aMovedMeetingMovesItsRemindersAndACancelledOneHasNone() {
        try (var app = start()) {
            var roster = Roster.load(app);
            long december = firstMeeting(app);
            new WebChatUser(app).say("/start " + roster.code("Trần Thị Bình"));
            long binh = roster.id("Trần Thị Bình");
            app.send("PATCH", "/api/admin/meetings/" + december, "application/json", """
                    {"startsAt":"2026-12-12T19:30:00+07:00"}""");
            long january = app.adminGet("/api/admin/cells/" + cell3(app) + "/meetings?from=2027-01-01&to=2027-01-31")
                    .json().get(0).get("id").asLong();
            app.adminPost("/api/admin/meetings/" + january + "/cancel", "application/json", "{\"reason\":\"Tết\"}");

            long witness = app.adminPost("/api/admin/cells/" + cell3(app) + "/meetings", "application/json", """
                    {"kind":"THEMATIC","startsAt":"2027-01-03T19:30:00+07:00","place":"Hội trường","title":"Chuyên đề"}""")
                    .json().get("id").asLong();

            moveTo("2026-12-02T01:00:00Z");
            moveTo("2026-12-09T01:00:00Z");
            Await.until("stage 1 of the moved meeting", () -> queued(app, december, binh, 1) == 1);

            moveTo("2026-12-12T11:00:00Z");
            Await.until("its last stage, two hours before", () -> queued(app, december, binh, 3) == 1);
            assertThat(queued(app, december, binh, 2)).as("passed over: the clock jumped past it").isZero();

            moveTo("2027-01-02T12:00:00Z");
            Await.until("the other January meeting's evening stage", () -> queued(app, witness, binh, 2) == 1);
            assertThat(queued(app, january, binh, 1) + queued(app, january, binh, 2) + queued(app, january, binh, 3))
                    .as("the cancelled January meeting").isZero();
        }
    }

    @Test
    void aMeetingAddedCloserThanAStageGetsItsLatestDueStageAtOnce() {
        try (var app = start()) {
            var roster = Roster.load(app);
            var binh = new WebChatUser(app);
            binh.say("/start " + roster.code("Trần Thị Bình"));

            long meeting = app.adminPost("/api/admin/cells/" + cell3(app) + "/meetings", "application/json", """
                    {"kind":"THEMATIC","startsAt":"2026-11-28T19:30:00+07:00","place":"Hội trường","title":"Chuyên đề"}""")
                    .json().get("id").asLong();

            Await.until("stage 1 at once", () -> queued(app, meeting, roster.id("Trần Thị Bình"), 1) == 1);
            moveTo("2026-11-27T12:00:00Z");
            Await.until("stage 2 in the evening", () -> queued(app, meeting, roster.id("Trần Thị Bình"), 2) == 1);
        }
    }

    @Test
    void aRestartNeitherLosesNorRepeatsAStageAndDropsWhatTheStartOvertook() {
        long meeting;
        long binh;
        try (var app = start()) {
            var roster = Roster.load(app);
            meeting = firstMeeting(app);
            new WebChatUser(app).say("/start " + roster.code("Trần Thị Bình"));
            binh = roster.id("Trần Thị Bình");
            moveTo("2026-12-02T01:00:00Z");
            Await.until("stage 1", () -> queued(app, meeting, binh, 1) == 1);
        }

        moveTo("2026-12-05T11:00:00Z");
        try (var app = start()) {
            Await.until("the latest missed stage after the restart", () -> queued(app, meeting, binh, 3) == 1);
            assertThat(queued(app, meeting, binh, 1)).isEqualTo(1);
            assertThat(queued(app, meeting, binh, 2)).as("passed over for the later one").isZero();
        }

        moveTo("2027-01-02T12:35:00Z");
        try (var app = start()) {
            long january = app.adminGet("/api/admin/cells/" + cell3(app) + "/meetings?from=2027-01-01&to=2027-01-31")
                    .json().get(0).get("id").asLong();
            Await.until("a tick after the restart", () -> app.bean(JdbcClient.class)
                    .sql("SELECT COUNT(*) FROM meeting").query(Long.class).single() >= 3);
            assertThat(queued(app, january, binh, 1) + queued(app, january, binh, 2) + queued(app, january, binh, 3))
                    .as("the January meeting began while the app was down").isZero();
        }
    }

    @Test
    void aMemberOnTwoPlatformsGetsOneReminderWhereTheyWroteLast() {
        try (var zalo = new FakeZalo(); var app = start(zalo.settings())) {
            var roster = Roster.load(app);
            long meeting = firstMeeting(app);
            new WebChatUser(app).say("/start " + roster.code("Trần Thị Bình"));
            String second = app.adminPost("/api/admin/members/" + roster.id("Trần Thị Bình") + "/invite",
                    "application/json", "").json().get("inviteCode").asString();
            clock.advance(Duration.ofMinutes(1));
            zalo.userSends("zalo-binh", "/start " + second);
            zalo.awaitSentTo("zalo-binh", 1);

            moveTo("2026-12-02T01:00:00Z");

            assertThat(zalo.awaitSentTo("zalo-binh", 2).get(1).text()).contains("Nhắc họp", "1. Tham dự");
            assertThat(app.bean(JdbcClient.class).sql("""
                            SELECT channel FROM outbox_message WHERE idempotency_key LIKE 'reminder:%'""")
                    .query(String.class).list()).containsExactly("ZALO");
        }
    }

    @Test
    void theFirstReminderCarriesTheMeetingsDocuments() {
        try (var telegram = new FakeTelegram(); var app = start(telegram.settings())) {
            var roster = Roster.load(app);
            long meeting = firstMeeting(app);
            telegram.userSends(9301, "/start " + roster.code("Trần Thị Bình"));
            telegram.awaitSentTo(9301, 1);
            var attached = app.send("POST", "/api/admin/meetings/" + meeting + "/documents?name=chuong-trinh-hop.pdf",
                    "application/pdf", "%PDF-1.4 chương trình sinh hoạt");
            assertThat(attached.status()).isEqualTo(201);
            assertThat(attached.json().get("fileName").asString()).isEqualTo("chuong-trinh-hop.pdf");

            moveTo("2026-12-02T01:00:00Z");
            var first = telegram.awaitSentTo(9301, 3);
            assertThat(first.get(1).method()).isEqualTo("sendDocument");
            assertThat(first.get(1).fields().get("document").asString()).contains("chuong-trinh-hop.pdf");
            assertThat(first.get(2).text()).contains("Nhắc họp");

            moveTo("2026-12-04T12:00:00Z");
            var second = telegram.awaitSentTo(9301, 4);
            assertThat(second.get(3).method()).as("the documents come once").isEqualTo("sendMessage");
            assertThat(telegram.violations()).isEmpty();
        }
    }

    @Test
    void aCommitteeSetsItsOwnStagesForItsCells() {
        try (var app = start()) {
            var roster = Roster.load(app);
            long meeting = firstMeeting(app);
            new WebChatUser(app).say("/start " + roster.code("Trần Thị Bình"));
            long committee = app.adminGet("/api/admin/cells").json().get(0).get("parentId").asLong();

            var refused = app.send("PUT", "/api/admin/org-units/" + committee + "/reminder-stages", "application/json", """
                    {"stages":[{"daysBefore":2}],"quietFrom":"22:00","quietUntil":"06:30"}""");
            assertThat(refused.status()).isEqualTo(422);
            var set = app.send("PUT", "/api/admin/org-units/" + committee + "/reminder-stages", "application/json", """
                    {"stages":[{"daysBefore":2,"at":"18:00"}],"quietFrom":"22:00","quietUntil":"06:30"}""");
            assertThat(set.status()).isEqualTo(200);
            long cell = cell3(app);
            assertThat(app.adminGet("/api/admin/org-units/" + cell + "/reminder-stages").json().get("definedAt").get("id")
                    .asLong()).isEqualTo(committee);

            moveTo("2026-12-02T01:00:00Z");
            moveTo("2026-12-03T11:00:00Z");
            Await.until("the committee's one stage", () -> queued(app, meeting, roster.id("Trần Thị Bình"), 1) == 1);
            assertThat(app.bean(JdbcClient.class).sql("SELECT MIN(decided_at) FROM reminder_stage WHERE meeting_id = ?")
                    .param(meeting).query(Long.class).single()).as("not at the default 08:00 of 02/12")
                    .isEqualTo(Instant.parse("2026-12-03T11:00:00Z").toEpochMilli());
        }
    }

    @Test
    void aRestartInTheMiddleOfAStagesFanOutFinishesItWithNoReminderTwice() {
        int members = 20;
        try (var telegram = new FakeTelegram(5, 1)) {
            String[] settings = telegram.settings(TICK, "chibo.telegram.limits.per-second=5");
            long meeting;
            try (var app = RunningApp.start(folder, clock, settings)) {
                var roster = new StringBuilder("cell,full_name,phone,role,status\n");
                for (int i = 0; i < members; i++) {
                    roster.append("Đảng bộ phường Liên Bảo/Chi bộ tổ dân phố 9,Đảng viên ").append(i)
                            .append(",09120000").append(String.format("%02d", i)).append(",member,official\n");
                }
                var imported = app.importRoster(roster.toString()).json().get("members");
                for (int i = 0; i < members; i++) {
                    telegram.userSends(9500 + i, "/start " + imported.get(i).get("inviteCode").asString());
                }
                Await.until("every greeting", () -> telegram.calls("sendMessage").size() >= members);
                long cell = app.adminGet("/api/admin/cells").json().get(0).get("id").asLong();
                meeting = FirstSaturday.nextMeeting(app, cell);
                moveTo("2026-12-02T01:00:00Z");
                Await.until("part of the stage", () -> reminded(telegram) >= 5);
            }
            assertThat(reminded(telegram)).as("the stop came mid-stage").isLessThan(members);

            try (var app = RunningApp.start(folder, clock, settings)) {
                Await.until("the rest of the stage", () -> reminded(telegram) == members);
            }
            for (int i = 0; i < members; i++) {
                assertThat(telegram.sentTo(9500 + i).stream().filter(c -> c.text().contains("Nhắc họp")))
                        .as("member %d", i).hasSize(1);
            }
            assertThat(telegram.violations()).isEmpty();
        }
    }

    private static long reminded(FakeTelegram telegram) {
        return telegram.calls("sendMessage").stream().filter(c -> !c.fields().containsKey("__refused"))
                .filter(c -> c.text() != null && c.text().contains("Nhắc họp")).count();
    }

    @Test
    void aSecretaryAttachesADocumentInChatAndMembersGetItWithTheFirstReminder() {
        try (var telegram = new FakeTelegram(); var app = start(telegram.settings())) {
            var roster = Roster.load(app);
            long meeting = firstMeeting(app);
            telegram.userSends(9401, "/start " + roster.code("Nguyễn Văn An"));
            telegram.userSends(9402, "/start " + roster.code("Trần Thị Bình"));
            telegram.awaitSentTo(9401, 1);
            telegram.awaitSentTo(9402, 1);

            telegram.userSends(9401, "/hop tailieu " + meeting);
            assertThat(telegram.awaitSentTo(9401, 2).get(1).text()).contains("gửi tệp");
            telegram.userSendsDocument(9401, "du-thao-nghi-quyet.docx", "application/msword", "nội dung dự thảo".getBytes());
            assertThat(telegram.awaitSentTo(9401, 3).get(2).text()).contains("Đã đính kèm du-thao-nghi-quyet.docx");
            assertThat(app.adminGet("/api/admin/meetings/" + meeting + "/documents").body()).contains("du-thao-nghi-quyet.docx");

            moveTo("2026-12-02T01:00:00Z");
            var sent = telegram.awaitSentTo(9402, 3);
            assertThat(sent.get(1).method()).isEqualTo("sendDocument");
            assertThat(sent.get(1).fields().get("document").asString()).contains("du-thao-nghi-quyet.docx");
            assertThat(telegram.violations()).isEmpty();
        }
    }
}
