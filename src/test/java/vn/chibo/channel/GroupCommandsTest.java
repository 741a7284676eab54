package vn.chibo.channel;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.chibo.organization.Organization;
import vn.chibo.support.Await;
import vn.chibo.support.FakeTelegram;
import vn.chibo.support.PlatformUser;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A leader's commands typed in the cell's linked Telegram group: the group gets one line saying the answer went to
 * the sender in private, never the answer itself (a sign-in link, an invite code, a check-in code, names). Commands
 * written for another bot ("/ngatketnoi@other_bot") are not this bot's, in a group or in private.
 */
class GroupCommandsTest {

    private static final long GROUP = -100700;
    private static final String IN_PRIVATE = "Lệnh này chỉ dùng trong tin nhắn riêng với bot; bot đã trả lời riêng cho đồng chí.";

    @TempDir
    Path folder;

    @Test
    void aLeadersCommandInTheGroupIsAnsweredInPrivateAndTheGroupGetsOneLine() {
        try (var telegram = new FakeTelegram(100, 20, 600); var app = RunningApp.start(folder, telegram.settings(
                "chibo.telegram.limits.per-second=100", "chibo.telegram.limits.per-chat-per-second=20",
                "chibo.telegram.limits.per-group-per-minute=600"))) {
            var roster = Roster.load(app);
            PlatformUser an = linked(telegram, roster, 1, "Nguyễn Văn An");
            linked(telegram, roster, 2, "Trần Thị Bình");
            telegram.userSendsInGroup(1, GROUP, "/ketnoi");
            assertThat(groupSays(telegram, 1)).startsWith("Đã kết nối nhóm này");
            long meeting = app.adminPost("/api/admin/cells/" + cell3(app) + "/meetings",
                    "application/json", """
                    {"kind":"THEMATIC","startsAt":"2026-12-20T19:30","place":"Nhà văn hóa","title":"Chuyên đề"}""")
                    .json().get("id").asLong();
            groupSays(telegram, 2);

            List<String> commands = List.of("/dangnhap", "/moi 0912345002", "/thanhvien", "/hop " + meeting,
                    "/hop mo " + meeting, "/trogiup");
            int privateBefore = telegram.sentTo(1).size();
            for (String command : commands) {
                telegram.userSendsInGroup(1, GROUP, command);
            }
            for (int i = 0; i < commands.size(); i++) {
                assertThat(groupSays(telegram, 3 + i)).as("the group's answer to %s", commands.get(i)).isEqualTo(IN_PRIVATE);
            }
            Await.until("every answer in An's private chat", () -> telegram.sentTo(1).size() >= privateBefore + commands.size());
            String privately = telegram.sentTo(1).stream().skip(privateBefore).map(FakeTelegram.Call::text)
                    .reduce("", (a, b) -> a + "\n" + b);
            assertThat(privately).as("the answers went to the sender").contains("Mở liên kết này để vào trang quản lý",
                    "Trần Thị Bình", "Chưa trả lời");
            assertThat(telegram.sentTo(GROUP)).as("nothing but the one line for each").hasSize(2 + commands.size());
        }
    }

    @Test
    void aCommandForAnotherBotIsNotThisBotsInAGroupOrInPrivate() {
        try (var telegram = new FakeTelegram(100, 20, 600); var app = RunningApp.start(folder, telegram.settings(
                "chibo.telegram.limits.per-second=100", "chibo.telegram.limits.per-chat-per-second=20",
                "chibo.telegram.limits.per-group-per-minute=600"))) {
            var roster = Roster.load(app);
            PlatformUser an = linked(telegram, roster, 1, "Nguyễn Văn An");
            telegram.userSendsInGroup(1, GROUP, "/ketnoi@chibo_bot");
            assertThat(groupSays(telegram, 1)).startsWith("Đã kết nối nhóm này");

            telegram.userSendsInGroup(1, GROUP, "/ngatketnoi@other_bot");
            telegram.userSendsInGroup(1, GROUP, "chào cả chi bộ");
            int privateBefore = telegram.sentTo(1).size();
            an.say("/trogiup@other_bot");
            an.say("/cuatoi@ChiBo_Bot");
            an.awaitReply("Buổi sinh hoạt của chi bộ");
            assertThat(telegram.sentTo(1).size()).as("only the command written for this bot is answered")
                    .isEqualTo(privateBefore + 1);
            JsonNode group = app.adminGet("/api/admin/cells/" + cell3(app)).json().get("group");
            assertThat(group.isNull()).as("another bot's /ngatketnoi left the link").isFalse();
            assertThat(telegram.sentTo(GROUP)).as("no answer in the group to talk or to another bot").hasSize(1);
        }
    }

    private static long cell3(RunningApp app) {
        return app.bean(Organization.class).unitByPath(Roster.CELL_3).orElseThrow().id();
    }

    private static String groupSays(FakeTelegram telegram, int count) {
        Await.until("message " + count + " in the group", () -> telegram.sentTo(GROUP).size() >= count);
        return telegram.sentTo(GROUP).get(count - 1).text();
    }

    private static PlatformUser linked(FakeTelegram telegram, Roster roster, long userId, String fullName) {
        PlatformUser user = PlatformUser.telegram(telegram, userId);
        user.say("/start " + roster.code(fullName));
        user.awaitReply("Chào đồng chí " + fullName);
        return user;
    }
}
