package vn.chibo.meeting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingsTest {

    @TempDir
    Path folder;
    RunningApp app;
    Roster roster;
    long cell3;
    WebChatUser binh;
    WebChatUser cuong;

    @BeforeEach
    void start() {
        app = RunningApp.start(folder);
        roster = Roster.load(app);
        cell3 = app.adminGet("/api/admin/cells").json().get(0).get("id").asLong();
        binh = new WebChatUser(app);
        binh.say("/start " + roster.code("Trần Thị Bình"));
        cuong = new WebChatUser(app);
        cuong.say("/start " + roster.code("Lê Văn Cường"));
        setRule("""
                {"kind":"NTH_WEEKDAY","week":1,"weekday":"SATURDAY","time":"19:30","place":"Nhà văn hóa tổ 3"}""");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private void setRule(String json) {
        assertThat(app.send("PUT", "/api/admin/cells/" + cell3 + "/schedule", "application/json", json).status()).isEqualTo(200);
    }

    private List<String> starts(JsonNode meetings) {
        var list = new ArrayList<String>();
        meetings.forEach(m -> list.add(m.get("startsAt").asString() + " " + m.get("status").asString()));
        return list;
    }

    @Test
    void regularMeetingsAreKeptForTheComingMonthsFromTheRule() {
        JsonNode meetings = app.adminGet("/api/admin/cells/" + cell3 + "/meetings?from=2026-11-01&to=2027-03-31").json();

        assertThat(starts(meetings)).containsExactly("2026-12-05T19:30:00+07:00 SCHEDULED",
                "2027-01-02T19:30:00+07:00 SCHEDULED", "2027-02-06T19:30:00+07:00 SCHEDULED");
        assertThat(meetings.get(0).get("kind").asString()).isEqualTo("REGULAR");
    }

    @Test
    void anAddedThematicMeetingIsAnnouncedToEveryLinkedMember() {
        var added = app.adminPost("/api/admin/cells/" + cell3 + "/meetings", "application/json", """
                {"kind":"THEMATIC","startsAt":"2026-12-12T08:00:00+07:00","place":"Hội trường phường",
                 "title":"Học tập Nghị quyết","topic":"Quán triệt nghị quyết của Đảng bộ"}""");

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("id").asLong()).isPositive();
        assertThat(binh.awaitPushed()).contains("Học tập Nghị quyết", "08:00 thứ Bảy, 12/12/2026", "Hội trường phường",
                "Quán triệt nghị quyết");
        assertThat(cuong.awaitPushed()).contains("Học tập Nghị quyết");
    }

    @Test
    void aMovedMeetingIsAnnouncedAndKeepsItsNewTimeWhenTheRuleChanges() {
        long december = app.adminGet("/api/admin/cells/" + cell3 + "/meetings").json().get(0).get("id").asLong();

        var moved = app.send("PATCH", "/api/admin/meetings/" + december, "application/json", """
                {"startsAt":"2026-12-06T19:30:00+07:00"}""");

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("startsAt").asString()).isEqualTo("2026-12-06T19:30:00+07:00");
        assertThat(binh.awaitPushed()).contains("đổi sang 19:30 Chủ nhật, 06/12/2026");

        setRule("""
                {"kind":"LAST_DAY","time":"19:00","place":"Nhà văn hóa tổ 3"}""");
        JsonNode after = app.adminGet("/api/admin/cells/" + cell3 + "/meetings?from=2026-12-01&to=2027-02-28").json();
        assertThat(starts(after)).containsExactly("2026-12-06T19:30:00+07:00 SCHEDULED",
                "2027-01-31T19:00:00+07:00 SCHEDULED", "2027-02-28T19:00:00+07:00 SCHEDULED");
    }

    @Test
    void aCancelledMeetingIsAnnouncedWithItsReasonAndCannotBeCancelledTwice() {
        long december = app.adminGet("/api/admin/cells/" + cell3 + "/meetings").json().get(0).get("id").asLong();

        var cancelled = app.adminPost("/api/admin/meetings/" + december + "/cancel", "application/json", """
                {"reason":"Trùng lịch họp của Đảng bộ"}""");

        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(binh.awaitPushed()).contains("đã hủy", "Trùng lịch họp của Đảng bộ");
        assertThat(app.adminPost("/api/admin/meetings/" + december + "/cancel", "application/json", """
                {"reason":"lần nữa"}""").status()).isEqualTo(422);
        assertThat(app.adminPost("/api/admin/meetings/99999/cancel", "application/json", "{\"reason\":\"x\"}").status())
                .isEqualTo(404);
    }

    @Test
    void aStartWithoutAnOffsetIsTheCellsLocalTimeAndAnUnreadableOneSaysWhatIsExpected() {
        var added = app.adminPost("/api/admin/cells/" + cell3 + "/meetings", "application/json", """
                {"kind":"THEMATIC","startsAt":"2026-12-12T08:00","place":"Hội trường","title":"Học tập chuyên đề"}""");
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("startsAt").asString()).isEqualTo("2026-12-12T08:00:00+07:00");

        var unreadable = app.adminPost("/api/admin/cells/" + cell3 + "/meetings", "application/json", """
                {"kind":"THEMATIC","startsAt":"12/12/2026 8h","place":"Hội trường","title":"Học tập"}""");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.json().get("detail").asString())
                .isEqualTo("startsAt \"12/12/2026 8h\" không đọc được. Dùng dạng 2026-12-05T19:30 (giờ Asia/Ho_Chi_Minh của chi bộ) "
                        + "hoặc có múi giờ: 2026-12-05T19:30:00+07:00.");
    }

    @Test
    void aMeetingInThePastOrWithoutAPlaceIsRefusedWithEveryReason() {
        var refused = app.adminPost("/api/admin/cells/" + cell3 + "/meetings", "application/json", """
                {"kind":"THEMATIC","startsAt":"2026-11-01T08:00:00+07:00","place":" "}""");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors")).hasSize(3);
        assertThat(refused.json().get("detail").asString()).contains("đã qua", "địa điểm", "tên cuộc họp");
    }

    @Test
    void membersSeeTheComingMeetingsAndACalendarFeedTheirPhonesCanRead() throws IOException {
        long first = app.adminGet("/api/admin/cells/" + cell3 + "/meetings").json().get(0).get("id").asLong();
        assertThat(app.send("PUT", "/api/admin/meetings/" + first + "/agenda", "application/json", """
                [{"title":"Quán triệt Chỉ thị 50-CT/TW","presenter":"Nguyễn Văn An"},{"title":"Thông qua nghị quyết tháng 12"}]""")
                .status()).isEqualTo(200);
        app.adminPost("/api/admin/meetings/" + app.adminGet("/api/admin/cells/" + cell3 + "/meetings").json().get(1)
                .get("id").asLong() + "/cancel", "application/json", "{\"reason\":\"Nghỉ Tết\"}");

        String schedule = binh.sayText("/lich");

        assertThat(schedule).contains("Lịch sinh hoạt sắp tới của Chi bộ tổ dân phố 3",
                "19:30 thứ Bảy, 05/12/2026 — Sinh hoạt chi bộ định kỳ tháng 12/2026 — Nhà văn hóa tổ 3",
                "ĐÃ HỦY: Nghỉ Tết");
        String link = schedule.replaceAll("(?s).*(http://\\S+\\.ics).*", "$1");
        String path = link.replaceAll("^http://[^/]+", "");

        var feed = app.get(path);
        assertThat(feed.contentType()).startsWith("text/calendar");
        ICalendar calendar = Biweekly.parse(feed.body()).first();
        List<VEvent> events = calendar.getEvents();
        assertThat(events).hasSize(3);
        assertThat(events.get(0).getSummary().getValue()).isEqualTo("Sinh hoạt chi bộ định kỳ tháng 12/2026");
        assertThat(events.get(0).getLocation().getValue()).isEqualTo("Nhà văn hóa tổ 3");
        assertThat(events.get(0).getDateStart().getValue().toInstant().toString()).isEqualTo("2026-12-05T12:30:00Z");
        assertThat(events.get(0).getDescription().getValue()).as("the agenda, read in the phone's calendar")
                .isEqualTo("Chương trình họp:\n1. Quán triệt Chỉ thị 50-CT/TW — Nguyễn Văn An\n2. Thông qua nghị quyết tháng 12");
        assertThat(events.get(0).getAlarms()).as("the phone reminds of it the day before").singleElement().satisfies(alarm -> {
            assertThat(alarm.getAction().isDisplay()).isTrue();
            assertThat(alarm.getTrigger().getDuration()).hasToString("-P1D");
        });
        assertThat(events.get(1).getStatus().isCancelled()).isTrue();
        assertThat(events.get(1).getAlarms()).as("no alarm for a cancelled meeting").isEmpty();
        assertThat(events.get(2).getAlarms()).hasSize(1);
        assertThat(app.get("/calendar/not-a-token.ics").status()).isEqualTo(404);
    }

    @Test
    void aMembersFeedSubscribesNamesItselfFoldsByOctetsAndStopsWhenRenewedOrWhenTheyLeave() {
        String schedule = binh.sayText("/lich");
        String webcal = schedule.replaceAll("(?s).*(webcal://\\S+\\.ics).*", "$1");
        String path = webcal.replaceAll("^webcal://[^/]+", "");
        assertThat(schedule).as("a link phones subscribe to, and the file, on the address the chat was reached by")
                .contains(webcal, "http://127.0.0.1:" + app.port() + path).startsWith("Lịch").doesNotContain("localhost");

        String ics = app.get(path).body();
        assertThat(ics).contains("X-WR-CALNAME:Chi bộ tổ dân phố 3", "REFRESH-INTERVAL;VALUE=DURATION:PT6H");
        assertThat(ics.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        assertThat(Biweekly.parse(ics).first().getEvents().get(0).getSummary().getValue())
                .isEqualTo("Sinh hoạt chi bộ định kỳ tháng 12/2026");

        String fresh = binh.sayText("/lich moi").replaceAll("(?s).*(webcal://\\S+\\.ics).*", "$1")
                .replaceAll("^webcal://[^/]+", "");
        assertThat(fresh).isNotEqualTo(path);
        assertThat(app.get(path).status()).as("the old link is retired").isEqualTo(404);
        assertThat(app.get(fresh).status()).isEqualTo(200);

        app.adminPost("/api/admin/roster", "text/csv", "cell,full_name,phone,role,status\n"
                + Roster.CELL_4 + ",Trần Thị Bình,0912345002,member,official\n");
        assertThat(app.get(fresh).status()).as("a member who left the cell no longer sees its meetings").isEqualTo(404);
    }
}
