package vn.chibo.channel;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.chibo.support.Await;
import vn.chibo.support.FakeTelegram;
import vn.chibo.support.FakeZalo;
import vn.chibo.support.PlatformUser;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cell's Telegram group, through the fake Telegram: the secretary links it with /ketnoi there (a member
 * cannot, nor from a private chat); the group then hears of new and moved meetings with reply buttons that
 * count for whoever pressed (answered in private; someone not linked gets a private hint), the agenda with its
 * "read" button, the last reminder, check-in, a vote whose buttons only eligible members' presses count, a
 * cell quiz (taken in private), a cancelled meeting, and
 * the counts after the meeting, never a name or a reason; /ngatketnoi unlinks it,
 * and a group the bot was removed from is unlinked and the secretary told; a group that becomes a supergroup
 * keeps its link. Posts to a group keep Telegram's 20 a minute.
 */
class CellGroupChatTest {

    private static final long GROUP = -100500;
    private static final String GROUP_ID = String.valueOf(GROUP);
    /** Sat 28/11/2026 19:30 in Vietnam. */
    private static final Instant MEETING = Instant.parse("2026-11-28T12:30:00Z");

    @TempDir
    Path folder;

    @Test
    void theSecretaryLinksTheCellsGroupAndItHearsOfMeetingsWithoutNames() {
        try (var telegram = new FakeTelegram(100, 20, 600); var app = RunningApp.start(folder, telegram.settings(
                "chibo.reminders.tick=100ms", "chibo.telegram.limits.per-second=100",
                "chibo.telegram.limits.per-chat-per-second=20", "chibo.telegram.limits.per-group-per-minute=600"))) {
            var roster = Roster.load(app);
            PlatformUser an = linked(telegram, roster, 1, "Nguyễn Văn An");
            PlatformUser binh = linked(telegram, roster, 2, "Trần Thị Bình");
            linked(telegram, roster, 3, "Lê Văn Cường");
            long cell = cellId(app);

            an.say("/ketnoi");
            an.awaitReply("gửi lệnh này trong nhóm");
            telegram.userSendsInGroup(2, GROUP, "/ketnoi@chibo_bot");
            assertThat(groupSays(telegram, 1)).as("a member cannot link").contains("dành cho bí thư, phó bí thư");
            assertThat(app.adminGet("/api/admin/cells/" + cell).json().get("group").isNull()).isTrue();
            telegram.userSendsInGroup(1, GROUP, "/ketnoi");
            assertThat(groupSays(telegram, 2)).startsWith("Đã kết nối nhóm này với Chi bộ tổ dân phố 3");
            JsonNode group = app.adminGet("/api/admin/cells/" + cell).json().get("group");
            assertThat(group.get("channel").asString()).isEqualTo("TELEGRAM");
            assertThat(group.get("chatId").asString()).isEqualTo(GROUP_ID);
            assertThat(group.get("linkedBy").asLong()).isEqualTo(roster.id("Nguyễn Văn An"));

            long meeting = app.adminPost("/api/admin/cells/" + cell + "/meetings", "application/json", """
                    {"kind":"THEMATIC","startsAt":"2026-11-28T19:30","place":"Nhà văn hóa","title":"Học tập Chỉ thị 50"}""")
                    .json().get("id").asLong();
            assertThat(groupSays(telegram, 3)).startsWith("📅 Chi bộ có cuộc họp mới: Học tập Chỉ thị 50");
            binh.awaitReply("Chi bộ có cuộc họp mới");
            app.send("PATCH", "/api/admin/meetings/" + meeting, "application/json", "{\"startsAt\":\"2026-11-28T20:00\"}");
            assertThat(groupSays(telegram, 4)).startsWith("🔁 Học tập Chỉ thị 50 đổi sang 20:00");
            pressInGroup(telegram, 2, 4, "Vắng có lý do");
            binh.awaitReply("lý do vắng");
            binh.press("Ốm đau");
            binh.awaitReply("Ốm đau");
            pressInGroup(telegram, 9, 4, "Tham dự");
            Await.until("a private hint to someone not linked", () -> telegram.sentTo(9).size() == 1);
            assertThat(telegram.sentTo(9).get(0).text()).contains("/start");
            Await.until("a notice on the button, for one the bot could not write to", () -> telegram.calls("answerCallbackQuery")
                    .stream().anyMatch(call -> call.fields().containsKey("text")
                            && call.fields().get("text").asString().startsWith("Đồng chí chưa liên kết tài khoản")));
            assertThat(telegram.calls("answerCallbackQuery")).as("members' presses get no notice, only their reply")
                    .filteredOn(call -> call.fields().containsKey("text")).hasSize(1);
            assertThat(app.adminGet("/api/admin/meetings/" + meeting + "/attendance").body())
                    .contains("ABSENT_WITH_REASON").doesNotContain("\"ATTENDING\"");

            app.send("PUT", "/api/admin/meetings/" + meeting + "/agenda", "application/json",
                    "[{\"title\":\"Quán triệt Chỉ thị 50-CT/TW\",\"presenter\":\"Nguyễn Văn An\"}]");
            app.clock.set(MEETING.plus(Duration.ofMinutes(30)).minus(Duration.ofHours(2)));
            assertThat(groupSays(telegram, 5)).as("the agenda, with the day-ahead stage (passed over, so with the last)")
                    .contains("📋 Chương trình họp:", "1. Quán triệt Chỉ thị 50-CT/TW");
            assertThat(groupSays(telegram, 6)).as("the last stage, once").startsWith("🔔 Nhắc họp: Học tập Chỉ thị 50");
            pressInGroup(telegram, 2, 5, "✅ Đã đọc tài liệu");
            binh.awaitReply("Đã ghi nhận đồng chí đã đọc tài liệu");

            app.clock.set(MEETING.plus(Duration.ofMinutes(20)));
            String code = app.adminPost("/api/admin/meetings/" + meeting + "/check-in/open", "application/json", "")
                    .json().get("code").asString();
            assertThat(groupSays(telegram, 7)).as("the code is read out in the room, never posted")
                    .startsWith("📍 Điểm danh cuộc họp").contains("tin nhắn riêng").doesNotContain(code);
            for (String present : List.of("Nguyễn Văn An", "Lê Văn Cường")) {
                app.send("PUT", "/api/admin/meetings/" + meeting + "/attendance/" + roster.id(present),
                        "application/json", "{\"present\":true}");
            }
            app.clock.set(MEETING.plus(Duration.ofMinutes(40)));
            an.say("/bieuquyet moi Thông qua nghị quyết");
            an.awaitReply("Đã mở biểu quyết");
            assertThat(groupSays(telegram, 8)).startsWith("🗳 Biểu quyết: Thông qua nghị quyết");
            pressInGroup(telegram, 3, 8, "Tán thành");
            PlatformUser.telegram(telegram, 3).awaitReply("đảng viên dự bị nên không có quyền biểu quyết");
            pressInGroup(telegram, 1, 8, "Tán thành");
            an.awaitReply("Đã ghi nhận: Tán thành");
            an.say("/bieuquyet");
            an.press("Kết thúc biểu quyết");
            assertThat(groupSays(telegram, 9)).contains("Tán thành 1, không tán thành 0", "Thông qua");
            app.adminPost("/api/admin/meetings/" + meeting + "/check-in/close", "application/json", "");
            assertThat(groupSays(telegram, 10)).contains("có mặt 2/3 đảng viên; vắng có lý do 1, vắng không lý do 0")
                    .doesNotContain("Bình", "Cường", "Ốm đau");
            an.say("/thi chibo 7 *");
            an.awaitReply("Đã giao bài thi");
            assertThat(groupSays(telegram, 11)).startsWith("Chi bộ tổ dân phố 3 giao bài thi");
            int privateBefore = telegram.sentTo(2).size();
            pressInGroup(telegram, 2, 11, "Làm bài");
            Await.until("the quiz in her private chat", () -> telegram.sentTo(2).size() > privateBefore);
            long cancelled = app.adminPost("/api/admin/cells/" + cell + "/meetings", "application/json", """
                    {"kind":"THEMATIC","startsAt":"2026-12-12T19:30","place":"Nhà văn hóa","title":"Chuyên đề tháng 12"}""")
                    .json().get("id").asLong();
            groupSays(telegram, 12);
            app.adminPost("/api/admin/meetings/" + cancelled + "/cancel", "application/json", "{\"reason\":\"Bão\"}");
            assertThat(groupSays(telegram, 13)).startsWith("❌ Chuyên đề tháng 12").contains("Bão");
            assertThat(delivered(telegram).get(12).markup()).as("nothing to answer").isNull();
            assertThat(delivered(telegram)).as("no reply, refusal, hint or question in the group")
                    .noneSatisfy(call -> assertThat(call.text()).containsAnyOf("Đã ghi nhận", "dự bị", "/start", "Câu 1/"));

            telegram.userSendsInGroup(2, GROUP, "/ngatketnoi");
            assertThat(groupSays(telegram, 14)).contains("dành cho bí thư");
            telegram.userSendsInGroup(1, GROUP, "/ngatketnoi");
            assertThat(groupSays(telegram, 15)).startsWith("Đã ngắt kết nối nhóm");
            assertThat(app.adminGet("/api/admin/cells/" + cell).json().get("group").isNull()).isTrue();

            telegram.userSendsInGroup(1, GROUP, "/ketnoi");
            groupSays(telegram, 16);
            telegram.block(GROUP);
            long next = app.adminPost("/api/admin/cells/" + cell + "/meetings", "application/json", """
                    {"kind":"THEMATIC","startsAt":"2026-12-12T19:30","place":"Nhà văn hóa","title":"Chuyên đề tháng 12"}""")
                    .json().get("id").asLong();
            app.adminPost("/api/admin/meetings/" + next + "/cancel", "application/json", "{\"reason\":\"Bão\"}");
            an.awaitReply("Bot không còn đăng được vào nhóm chat của chi bộ");
            assertThat(app.adminGet("/api/admin/cells/" + cell).json().get("group").isNull()).as("unlinked").isTrue();
            assertThat(telegram.violations()).isEmpty();
        }
    }

    @Test
    void theLinkFollowsAGroupThatBecomesASupergroupAndAGroupTheBotIsRemovedFromIsUnlinkedAtOnce() {
        long supergroup = -1001000500L;
        long otherGroup = -100600L;
        long otherSupergroup = -1001000600L;
        try (var telegram = new FakeTelegram(100, 20, 600); var app = RunningApp.start(folder, telegram.settings(
                "chibo.telegram.limits.per-second=100", "chibo.telegram.limits.per-chat-per-second=20",
                "chibo.telegram.limits.per-group-per-minute=600"))) {
            var roster = Roster.load(app);
            PlatformUser an = linked(telegram, roster, 1, "Nguyễn Văn An");
            long cell = cellId(app);
            telegram.userSendsInGroup(1, GROUP, "/ketnoi");
            groupSays(telegram, 1);

            telegram.groupBecomesSupergroup(1, GROUP, supergroup, true);
            Await.until("the link follows the supergroup Telegram announced", () -> linkedChat(app, cell).equals(String.valueOf(supergroup)));
            addMeeting(app, cell, "2026-12-05");
            assertThat(telegram.awaitSentTo(supergroup, 1).get(0).text()).startsWith("📅 Chi bộ có cuộc họp mới");

            telegram.userRemovesTheBotFromGroup(1, supergroup);
            an.awaitReply("Bot không còn đăng được vào nhóm chat của chi bộ");
            assertThat(app.adminGet("/api/admin/cells/" + cell).json().get("group").isNull()).isTrue();
            addMeeting(app, cell, "2026-12-06");
            an.awaitReply("05/12/2026");
            an.awaitReply("06/12/2026");
            assertThat(telegram.calls()).as("known at once: no post tried there to find out")
                    .noneMatch(call -> String.valueOf(supergroup).equals(call.chatId()) && call.fields().containsKey("__refused"));

            telegram.userSendsInGroup(1, otherGroup, "/ketnoi");
            assertThat(telegram.awaitSentTo(otherGroup, 1).get(0).text()).startsWith("Đã kết nối nhóm này");
            telegram.groupBecomesSupergroup(1, otherGroup, otherSupergroup, false);
            addMeeting(app, cell, "2026-12-07");
            assertThat(telegram.awaitSentTo(otherSupergroup, 1).get(0).text())
                    .as("a move the bot learns only from Telegram's refusal").startsWith("📅 Chi bộ có cuộc họp mới");
            assertThat(linkedChat(app, cell)).isEqualTo(String.valueOf(otherSupergroup));
            assertThat(telegram.violations()).isEmpty();
        }
    }

    private static void addMeeting(RunningApp app, long cell, String day) {
        app.adminPost("/api/admin/cells/" + cell + "/meetings", "application/json", """
                {"kind":"THEMATIC","startsAt":"%sT19:30","place":"Nhà văn hóa","title":"Chuyên đề"}""".formatted(day));
    }

    private static String linkedChat(RunningApp app, long cell) {
        JsonNode group = app.adminGet("/api/admin/cells/" + cell).json().get("group");
        return group.isNull() ? "" : group.get("chatId").asString();
    }

    @Test
    void postsToAGroupKeepToTwentyAMinute() {
        try (var telegram = new FakeTelegram(); var app = RunningApp.start(folder, telegram.settings())) {
            var roster = Roster.load(app);
            linked(telegram, roster, 1, "Nguyễn Văn An");
            telegram.userSendsInGroup(1, GROUP, "/ketnoi");
            long cell = cellId(app);
            for (int day = 5; day <= 7; day++) {
                app.adminPost("/api/admin/cells/" + cell + "/meetings", "application/json", """
                        {"kind":"THEMATIC","startsAt":"2026-12-0%dT19:30","place":"Nhà văn hóa","title":"Chuyên đề"}"""
                        .formatted(day));
            }
            // four posts at one every three seconds, on a loaded machine: more than the usual wait
            Await.until("message 4 in the group", Duration.ofSeconds(90), () -> delivered(telegram).size() >= 4);
            List<Long> sentAt = delivered(telegram).stream().map(FakeTelegram.Call::atNanos).toList();
            for (int i = 1; i < sentAt.size(); i++) {
                assertThat(Duration.ofNanos(sentAt.get(i) - sentAt.get(i - 1))).as("one post every three seconds at most")
                        .isGreaterThanOrEqualTo(Duration.ofMillis(2_500));
            }
            assertThat(telegram.tooManyRequestsAnswered()).isZero();
            assertThat(telegram.violations()).isEmpty();
        }
    }

    @Test
    void aZaloGroupIsNotLinkedAndItsMembersKeepTheirPrivateMessages() {
        try (var zalo = new FakeZalo(); var app = RunningApp.start(folder, zalo.settings())) {
            var roster = Roster.load(app);
            zalo.userSends("zalo-an", "/start " + roster.code("Nguyễn Văn An"));
            zalo.awaitSentTo("zalo-an", 1);
            zalo.userSendsInGroup("zalo-an", "zalo-group-1", "/ketnoi");
            assertThat(zalo.awaitSentTo("zalo-group-1", 1).get(0).text()).startsWith("Hiện bot chỉ kết nối được nhóm Telegram");
            assertThat(app.adminGet("/api/admin/cells/" + cellId(app)).json().get("group").isNull()).isTrue();
        }
    }

    @Test
    void withZaloGroupsOnAZaloGroupIsLinkedAndGetsTheTextToAnswerInPrivate() {
        try (var zalo = new FakeZalo(); var app = RunningApp.start(folder, zalo.settings("chibo.zalo.groups=true"))) {
            var roster = Roster.load(app);
            zalo.userSends("zalo-an", "/start " + roster.code("Nguyễn Văn An"));
            zalo.awaitSentTo("zalo-an", 1);
            zalo.userSendsInGroup("zalo-an", "zalo-group-1", "@BotChiBo /ketnoi");
            assertThat(zalo.awaitSentTo("zalo-group-1", 1).get(0).text()).as("a command after a mention, as Zalo groups have it")
                    .startsWith("Đã kết nối nhóm này với Chi bộ tổ dân phố 3");
            long cell = cellId(app);
            assertThat(app.adminGet("/api/admin/cells/" + cell).json().get("group").get("channel").asString()).isEqualTo("ZALO");
            app.adminPost("/api/admin/cells/" + cell + "/meetings", "application/json", """
                    {"kind":"THEMATIC","startsAt":"2026-12-12T19:30","place":"Nhà văn hóa","title":"Chuyên đề tháng 12"}""");
            assertThat(zalo.awaitSentTo("zalo-group-1", 2).get(1).text()).startsWith("📅 Chi bộ có cuộc họp mới")
                    .contains("trả lời trong tin nhắn riêng").as("no numbered choices nobody could answer there")
                    .doesNotContain("1. Tham dự");
            assertThat(zalo.sentTo("zalo-an")).as("private messages go on")
                    .anySatisfy(call -> assertThat(call.text()).contains("Chi bộ có cuộc họp mới"));
        }
    }

    /** A member presses, in the group, the button with this label on the group's {@code count}th message. */
    private static void pressInGroup(FakeTelegram telegram, long userId, int count, String label) {
        groupSays(telegram, count);
        for (JsonNode row : delivered(telegram).get(count - 1).markup().get("inline_keyboard")) {
            for (JsonNode button : row) {
                if (button.get("text").asString().equals(label)) {
                    telegram.userPressesInGroup(userId, GROUP, button.get("callback_data").asString());
                    return;
                }
            }
        }
        throw new AssertionError("No button " + label + " on group message " + count);
    }

    /** The group's {@code count}th message from the bot, once it has come. */
    private static String groupSays(FakeTelegram telegram, int count) {
        Await.until("message " + count + " in the group", () -> delivered(telegram).size() >= count);
        return delivered(telegram).get(count - 1).text();
    }

    private static List<FakeTelegram.Call> delivered(FakeTelegram telegram) {
        return telegram.sentTo(GROUP).stream().filter(call -> !call.fields().containsKey("__refused")).toList();
    }

    private static PlatformUser linked(FakeTelegram telegram, Roster roster, long userId, String fullName) {
        PlatformUser user = PlatformUser.telegram(telegram, userId);
        user.say("/start " + roster.code(fullName));
        user.awaitReply("Chào đồng chí " + fullName);
        return user;
    }

    private static long cellId(RunningApp app) {
        for (JsonNode cell : app.adminGet("/api/admin/cells").json()) {
            if (cell.get("path").asString().equals(Roster.CELL_3)) {
                return cell.get("id").asLong();
            }
        }
        throw new AssertionError("no cell 3");
    }
}
