package vn.chibo.conversation;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import vn.chibo.support.FakeTelegram;
import vn.chibo.support.FakeZalo;
import vn.chibo.support.PlatformUser;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal a member or a secretary can meet in chat, through the fake Telegram and the fake Zalo and the
 * same inbound pipeline as production: each gets its own message, never the generic "something went wrong",
 * and what was refused changes nothing.
 */
class RefusalsTest {

    enum Platform { TELEGRAM, ZALO }

    private static final String GENERIC_FAILURE = "hệ thống gặp sự cố";
    private static final Instant MEETING = Instant.parse("2026-11-28T12:30:00Z");

    @TempDir
    Path folder;
    FakeTelegram telegram;
    FakeZalo zalo;
    RunningApp app;
    Roster roster;
    Platform platform;

    @AfterEach
    void stop() {
        app.close();
        if (telegram != null) {
            telegram.close();
            assertThat(telegram.violations()).isEmpty();
        }
        if (zalo != null) {
            zalo.close();
            assertThat(zalo.violations()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void aMemberIsToldWhyAReplyCannotBeTakenAndACommandOutsideTheirRoleIsRefused(Platform on) {
        start(on, "chibo.quiz.tick=1h");
        PlatformUser binh = linked(2, "Trần Thị Bình");
        long first = addMeeting(MEETING, "Học tập Chỉ thị 50");
        binh.awaitReply("Chi bộ có cuộc họp mới");

        binh.say("/diemdanh");
        binh.awaitReply("Đồng chí có tham dự không?");
        app.clock.set(MEETING.plusSeconds(60));
        binh.press("Tham dự");
        assertRefused(binh, "Cuộc họp đã bắt đầu nên không đổi đăng ký được nữa");
        assertThat(replyOf(first, "Trần Thị Bình")).as("nothing recorded").isNull();

        long second = addMeeting(MEETING.plus(Duration.ofDays(7)), "Học tập Quy định 294");
        binh.awaitReply("Học tập Quy định 294");
        binh.say("/diemdanh");
        binh.awaitReply("Đồng chí có tham dự không?");
        app.adminPost("/api/admin/meetings/" + second + "/cancel", "application/json", "{\"reason\":\"Bão\"}");
        binh.awaitReply("Bão");
        binh.press("Vắng");
        assertRefused(binh, "Cuộc họp này đã hủy.");
        assertThat(replyOf(second, "Trần Thị Bình")).isNull();

        binh.say("/hop");
        assertRefused(binh, "Lệnh này dành cho bí thư, phó bí thư chi bộ hoặc quản trị viên.");
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void aWrongOrLateCheckInCodeAndAClosedCheckInAreRefused(Platform on) {
        start(on);
        PlatformUser an = linked(1, "Nguyễn Văn An");
        PlatformUser binh = linked(2, "Trần Thị Bình");
        long meeting = addMeeting(MEETING, "Học tập Chỉ thị 50");
        an.awaitReply("Chi bộ có cuộc họp mới");
        binh.awaitReply("Chi bộ có cuộc họp mới");
        app.clock.set(MEETING.minus(Duration.ofMinutes(5)));

        an.say("/hop");
        an.awaitReply("Chưa trả lời");
        an.press("Mở điểm danh");
        Matcher code = Pattern.compile("Mã điểm danh: (\\d{4})").matcher(an.awaitReply("Mã điểm danh"));
        assertThat(code.find()).isTrue();

        binh.say("/diemdanh");
        binh.awaitReply("Điểm danh đang mở");
        binh.say(code.group(1).equals("1234") ? "4321" : "1234");
        assertRefused(binh, "Mã không đúng.");

        app.clock.set(MEETING.plus(Duration.ofMinutes(90)));
        an.say("/hop");
        an.awaitReply("Chưa trả lời");
        an.press("Đóng điểm danh");
        an.awaitReply("Có mặt: 0/3");
        binh.press("Tôi có mặt");
        assertRefused(binh, "Chưa mở điểm danh cho cuộc họp nào của chi bộ.");
        assertThat(presenceOf(meeting, "Trần Thị Bình")).as("closing marked her absent; the refusal changed nothing")
                .isFalse();

        an.say("/hop");
        an.awaitReply("Có mặt: 0/3");
        assertThat(an.latestOffers("Mở điểm danh")).as("a closed check-in is not offered to open again").isFalse();
        assertThat(an.latestOffers("Đóng điểm danh")).isFalse();
        an.say("/hop mo " + meeting);
        assertRefused(an, "Điểm danh của cuộc họp này đã đóng.");
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void aSecretaryIsToldWhyAMeetingCannotBeMovedOrAdded(Platform on) {
        start(on);
        PlatformUser an = linked(1, "Nguyễn Văn An");
        long meeting = addMeeting(MEETING, "Học tập Chỉ thị 50");
        an.awaitReply("Chi bộ có cuộc họp mới");

        an.say("/hop");
        an.awaitReply("Chưa trả lời");
        an.press("Dời lịch");
        an.awaitReply("Đồng chí gửi thời điểm mới");
        an.say("19:30 1/11/2026");
        assertRefused(an, "Không thực hiện được: thời điểm họp đã qua.");
        assertThat(app.adminGet("/api/admin/cells/" + cellId() + "/meetings").json().get(0).get("startsAt").asString())
                .as("not moved").isEqualTo("2026-11-28T19:30:00+07:00");

        an.say("/hop them");
        an.awaitReply("Tên cuộc họp chuyên đề?");
        an.say("Chuyên đề năm");
        an.awaitReply("Nội dung chuyên đề?");
        an.say("Tổng kết");
        an.awaitReply("Thời điểm họp?");
        an.say("19:30 2/11/2026");
        an.awaitReply("Địa điểm họp?");
        an.say("Nhà văn hóa");
        assertRefused(an, "Không thực hiện được: thời điểm họp đã qua.");
        assertThat(app.adminGet("/api/admin/cells/" + cellId() + "/meetings").json()).as("nothing added")
                .singleElement().satisfies(only -> assertThat(only.get("id").asLong()).isEqualTo(meeting));
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void aSecretaryIsToldWhyARegularRuleCannotBeSet(Platform on) {
        start(on);
        PlatformUser an = linked(1, "Nguyễn Văn An");

        an.say("/lich dat ngày 31 19:30 Nhà văn hóa");
        assertRefused(an, "Lịch sinh hoạt chưa hợp lệ: ngày trong tháng phải từ 1 đến 28");
        assertThat(app.adminGet("/api/admin/cells/" + cellId() + "/schedule").status()).as("no rule set").isEqualTo(404);

        an.say("/lich dat thứ 7 tuần 1 19:30 Nhà văn hóa tổ 3");
        an.awaitReply("Đã đặt lịch sinh hoạt định kỳ");
        assertThat(app.adminGet("/api/admin/cells/" + cellId() + "/schedule").json().get("rule").get("weekday").asString())
                .isEqualTo("SATURDAY");
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void anAdminIsToldEveryProblemOfPastedRosterRowsAndNothingIsImported(Platform on) {
        start(on);
        PlatformUser khoa = linked(9, "Ngô Văn Khoa");

        khoa.say("/napdanhsach");
        khoa.awaitReply("dán các dòng danh sách");
        khoa.say("""
                cell,full_name,phone,role,status
                %s,Mai Văn Mới,09123,member,official
                Đảng bộ phường khác/Chi bộ 1,Đỗ Thị Xa,0912345088,member,official""".formatted(Roster.CELL_3));
        String refusal = khoa.awaitReply("Danh sách chưa được nạp: có 2 lỗi");
        assertThat(refusal).contains("Dòng 2, cột phone", "Dòng 3, cột cell", "không thuộc " + Roster.COMMITTEE);
        assertThat(app.adminGet("/api/admin/cells").json()).as("nothing imported").hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void aQuizAnswerAfterTheTimeLimitDoesNotCount(Platform on) {
        start(on, "chibo.quiz.tick=1h");
        PlatformUser binh = linked(2, "Trần Thị Bình");

        binh.say("/thi @dang-phi");
        if (on == Platform.TELEGRAM) {
            FakeTelegram.SentPoll poll = telegram.awaitPolls(1).get(0);
            app.awaitPollKnown(poll.pollId());
            app.clock.advance(Duration.ofSeconds(61));
            telegram.userAnswersPoll(2, poll.pollId(), 0);
        } else {
            binh.awaitReply("Câu 1/10");
            app.clock.advance(Duration.ofSeconds(61));
            binh.say("1");
        }
        assertRefused(binh, "⏰ Hết giờ, câu này không tính điểm.");
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void aWrongInviteCodeAndAnInviteForSomeoneOffTheRosterAreRefused(Platform on) {
        start(on);
        PlatformUser stranger = user(9);
        stranger.say("/start ZZZZ9999");
        assertRefused(stranger, "Mã mời không đúng.");

        PlatformUser an = linked(1, "Nguyễn Văn An");
        an.say("/moi 0999 999 999");
        assertRefused(an, "Không tìm thấy đảng viên có số điện thoại");
    }

    private void start(Platform on, String... settings) {
        platform = on;
        if (on == Platform.TELEGRAM) {
            telegram = new FakeTelegram(100, 20);
            app = RunningApp.start(folder, telegram.settings(withFastLimits("telegram", settings)));
        } else {
            zalo = new FakeZalo();
            app = RunningApp.start(folder, zalo.settings(withFastLimits("zalo", settings)));
        }
        roster = Roster.load(app);
    }

    /** Refusals are not about the sending limits: replies go out without waiting a second per chat. */
    private static String[] withFastLimits(String channel, String... settings) {
        var all = new ArrayList<>(List.of(settings));
        all.add("chibo." + channel + ".limits.per-second=100");
        all.add("chibo." + channel + ".limits.per-chat-per-second=20");
        return all.toArray(String[]::new);
    }

    private PlatformUser user(long number) {
        return platform == Platform.TELEGRAM ? PlatformUser.telegram(telegram, number)
                : PlatformUser.zalo(zalo, "zalo-user-" + number);
    }

    private PlatformUser linked(long number, String fullName) {
        PlatformUser user = user(number);
        user.say("/start " + roster.code(fullName));
        user.awaitReply("Chào đồng chí " + fullName);
        return user;
    }

    private static void assertRefused(PlatformUser user, String message) {
        assertThat(user.awaitReply(message)).doesNotContain(GENERIC_FAILURE);
    }

    private long cellId() {
        for (JsonNode cell : app.adminGet("/api/admin/cells").json()) {
            if (cell.get("path").asString().equals(Roster.CELL_3)) {
                return cell.get("id").asLong();
            }
        }
        throw new AssertionError("no cell " + Roster.CELL_3);
    }

    private long addMeeting(Instant startsAt, String title) {
        var answer = app.adminPost("/api/admin/cells/" + cellId() + "/meetings", "application/json", """
                {"kind":"THEMATIC","startsAt":"%s","place":"Nhà văn hóa tổ 3","title":"%s"}""".formatted(startsAt, title));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asLong();
    }

    private JsonNode line(long meetingId, String fullName) {
        for (JsonNode line : app.adminGet("/api/admin/meetings/" + meetingId + "/attendance").json()) {
            if (line.get("fullName").asString().equals(fullName)) {
                return line;
            }
        }
        throw new AssertionError(fullName + " is not in meeting " + meetingId);
    }

    private String replyOf(long meetingId, String fullName) {
        JsonNode reply = line(meetingId, fullName).get("reply");
        return reply == null || reply.isNull() ? null : reply.asString();
    }

    private Boolean presenceOf(long meetingId, String fullName) {
        JsonNode present = line(meetingId, fullName).get("present");
        return present == null || present.isNull() ? null : present.asBoolean();
    }
}
