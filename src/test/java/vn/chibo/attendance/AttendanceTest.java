package vn.chibo.attendance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.chibo.support.FakeZalo;
import vn.chibo.support.FirstSaturday;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

class AttendanceTest {

    @TempDir
    Path folder;
    FakeZalo zalo = new FakeZalo();
    RunningApp app;
    Roster roster;
    long december;
    WebChatUser an;
    WebChatUser binh;

    @BeforeEach
    void start() {
        app = RunningApp.start(folder, zalo.settings());
        roster = Roster.load(app);
        long cell3 = app.adminGet("/api/admin/cells").json().get(0).get("id").asLong();
        december = FirstSaturday.nextMeeting(app, cell3);
        an = new WebChatUser(app);
        an.say("/start " + roster.code("Nguyễn Văn An"));
        binh = new WebChatUser(app);
        binh.say("/start " + roster.code("Trần Thị Bình"));
    }

    @AfterEach
    void stop() {
        app.close();
        zalo.close();
    }

    private Map<String, JsonNode> attendance() {
        var byName = new HashMap<String, JsonNode>();
        app.adminGet("/api/admin/meetings/" + december + "/attendance").json()
                .forEach(line -> byName.put(line.get("fullName").asString(), line));
        return byName;
    }

    @Test
    void aMemberAnswersByButtonGivesAReasonAndMayChangeTheirMindUntilTheStart() {
        var ask = binh.say("/diemdanh").get(0);
        assertThat(ask.text()).contains("19:30 thứ Bảy, 05/12/2026");
        assertThat(ask.buttonLabels()).containsExactly("Tham dự", "Vắng có lý do", "Vắng");

        assertThat(binh.press(ask.buttonPayloads().get(0)).get(0).text()).contains("Đã ghi nhận: Tham dự");
        assertThat(attendance().get("Trần Thị Bình").get("reply").asString()).isEqualTo("ATTENDING");

        var reasons = binh.press(ask.buttonPayloads().get(1)).get(0);
        assertThat(reasons.buttonLabels()).containsExactly("Công tác", "Ốm đau", "Việc gia đình");
        assertThat(binh.sayText("Đi khám bệnh ở Hà Nội")).contains("Vắng có lý do (Đi khám bệnh ở Hà Nội)");
        JsonNode line = attendance().get("Trần Thị Bình");
        assertThat(line.get("reply").asString()).isEqualTo("ABSENT_WITH_REASON");
        assertThat(line.get("reason").asString()).isEqualTo("Đi khám bệnh ở Hà Nội");
        assertThat(line.get("channel").asString()).isEqualTo("WEB");
        assertThat(line.get("present").isNull()).isTrue();

        binh.press(reasons.buttonPayloads().get(2));
        assertThat(attendance().get("Trần Thị Bình").get("reason").asString()).isEqualTo("Việc gia đình");
        assertThat(binh.say("/diemdanh").get(0).text()).as("the member sees what they answered")
                .contains("Đồng chí đã trả lời: Vắng có lý do (Việc gia đình). Bấm một nút để đổi.");
        assertThat(attendance().get("Lê Văn Cường").get("reply").isNull()).as("no reply yet").isTrue();

        app.clock.advance(Duration.ofDays(8).plusHours(10).plusMinutes(31));
        assertThat(binh.press(ask.buttonPayloads().get(0)).get(0).text()).contains("đã bắt đầu");
        assertThat(attendance().get("Trần Thị Bình").get("reply").asString()).isEqualTo("ABSENT_WITH_REASON");
    }

    @Test
    void onZaloTheChoicesAreNumberedAndANumberAnswers() {
        app.adminPost("/api/admin/members/" + roster.id("Lê Văn Cường") + "/invite", "application/json", "");
        String code = app.adminPost("/api/admin/members/" + roster.id("Lê Văn Cường") + "/invite", "application/json", "")
                .json().get("inviteCode").asString();
        zalo.userSends("zalo-cuong", "/start " + code);
        zalo.awaitSentTo("zalo-cuong", 1);

        zalo.userSends("zalo-cuong", "/diemdanh");
        assertThat(zalo.awaitSentTo("zalo-cuong", 2).get(1).text()).contains("1. Tham dự", "2. Vắng có lý do", "3. Vắng");
        zalo.userSends("zalo-cuong", "3");

        assertThat(zalo.awaitSentTo("zalo-cuong", 3).get(2).text()).contains("Đã ghi nhận: Vắng");
        JsonNode line = attendance().get("Lê Văn Cường");
        assertThat(line.get("reply").asString()).isEqualTo("ABSENT");
        assertThat(line.get("channel").asString()).isEqualTo("ZALO");
    }

    @Test
    void theFourDigitCodeCannotBeGuessedByTryingThemAll() {
        app.clock.advance(Duration.ofDays(8).plusHours(10).plusMinutes(30));
        String code = app.adminPost("/api/admin/meetings/" + december + "/check-in/open", "application/json", "")
                .json().get("code").asString();

        int wrongSent = 0;
        String answer = "";
        for (int guess = 1000; guess <= 9999 && wrongSent < 6; guess++) {
            if (!String.valueOf(guess).equals(code)) {
                answer = binh.sayText("/diemdanh comat") + binh.sayText(String.valueOf(guess));
                wrongSent++;
            }
        }
        assertThat(answer).as("the sixth wrong code").contains("sai mã quá nhiều lần");
        binh.sayText("/diemdanh comat");
        assertThat(binh.sayText(code)).as("even the right code, after too many wrong ones").contains("sai mã quá nhiều lần");
        assertThat(attendance().get("Trần Thị Bình").get("present").isNull()).as("not present").isTrue();
        assertThat(an.sayText(code)).as("another member is not held back").contains("Đã điểm danh");
    }

    @Test
    void checkInByCodeWrongCodeManualMarksAndClosing() {
        binh.press("/diemdanh " + december + " lydo công tác");
        app.clock.advance(Duration.ofDays(8).plusHours(10).plusMinutes(30));

        String code = app.adminPost("/api/admin/meetings/" + december + "/check-in/open", "application/json", "")
                .json().get("code").asString();
        assertThat(code).matches("\\d{4}");

        String wrong = code.equals("1234") ? "4321" : "1234";
        assertThat(an.sayText(wrong)).contains("Mã không đúng");
        assertThat(an.sayText(code)).contains("Đã điểm danh");
        var prompt = new WebChatUser(app);
        prompt.say("/start " + roster.code("Lê Văn Cường"));
        var present = prompt.say("/diemdanh").get(0);
        assertThat(present.text()).contains("gửi mã 4 số");
        assertThat(present.buttonLabels()).containsExactly("Tôi có mặt");
        assertThat(prompt.press(present.buttonPayloads().get(0)).get(0).text()).contains("gửi mã 4 số");
        assertThat(prompt.sayText(code)).contains("Đã điểm danh");
        assertThat(attendance().get("Lê Văn Cường").get("present").booleanValue()).isTrue();

        var marked = app.send("PUT", "/api/admin/meetings/" + december + "/attendance/" + roster.id("Lê Văn Cường"),
                "application/json", "{\"present\":false}");
        assertThat(marked.json().get("present").booleanValue()).isFalse();

        JsonNode closed = app.adminPost("/api/admin/meetings/" + december + "/check-in/close", "application/json", "").json();
        var byName = new HashMap<String, JsonNode>();
        closed.forEach(line -> byName.put(line.get("fullName").asString(), line));
        assertThat(byName.get("Nguyễn Văn An").get("present").booleanValue()).isTrue();
        assertThat(byName.get("Trần Thị Bình").get("present").booleanValue()).isFalse();
        assertThat(byName.get("Trần Thị Bình").get("reply").asString()).as("excused").isEqualTo("ABSENT_WITH_REASON");
        assertThat(byName.get("Lê Văn Cường").get("present").booleanValue()).isFalse();

        assertThat(binh.sayText(code)).as("after close a code is just text").contains("Tôi chưa hiểu");
        assertThat(app.adminPost("/api/admin/meetings/" + december + "/check-in/open", "application/json", "").status())
                .isEqualTo(409);
        var lateMark = app.send("PUT", "/api/admin/meetings/" + december + "/attendance/" + roster.id("Trần Thị Bình"),
                "application/json", "{\"present\":true}");
        assertThat(lateMark.json().get("present").booleanValue()).as("the secretary may still correct").isTrue();
    }
}
