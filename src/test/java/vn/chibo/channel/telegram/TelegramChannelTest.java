package vn.chibo.channel.telegram;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import vn.chibo.channel.Outbox;
import vn.chibo.conversation.Button;
import vn.chibo.conversation.OutboundFile;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.ChatChannel;
import vn.chibo.support.FakeTelegram;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.support.Await.until;

class TelegramChannelTest {

    private static final long AN = 5001;
    private static final long BINH = 5002;
    private static final long CUONG = 5003;

    @TempDir
    Path folder;
    FakeTelegram telegram;
    RunningApp app;
    Roster roster;

    @BeforeEach
    void start() {
        telegram = new FakeTelegram();
        app = RunningApp.start(folder, telegram.settings());
        roster = Roster.load(app);
    }

    @AfterEach
    void stop() {
        app.close();
        telegram.close();
        assertThat(telegram.violations()).as("every request matches the Bot API spec").isEmpty();
    }

    @Test
    void onStartTheBotRegistersItsCommandMenuInVietnameseAndEnglish() {
        until("the default menus", () -> telegram.calls("setMyCommands").size() >= 4);
        var menus = telegram.calls("setMyCommands").stream()
                .filter(call -> String.valueOf(call.fields().get("scope")).contains("\"default\"")).toList();
        assertThat(telegram.calls("setMyCommands"))
                .filteredOn(call -> String.valueOf(call.fields().get("scope")).contains("\"all_group_chats\""))
                .as("a group's menu: only what is sent in a group").extracting(call -> call.fields().get("commands").toString())
                .containsExactlyInAnyOrder(
                        "[{\"command\":\"ketnoi\",\"description\":\"kết nối nhóm chat của chi bộ (gửi trong nhóm Telegram)\"},"
                                + "{\"command\":\"ngatketnoi\",\"description\":\"ngắt kết nối nhóm chat của chi bộ (gửi trong nhóm)\"}]",
                        "[{\"command\":\"linkgroup\",\"description\":\"link the cell's group chat (send it in the Telegram group)\"},"
                                + "{\"command\":\"unlinkgroup\",\"description\":\"unlink the cell's group chat (send it in the group)\"}]");
        assertThat(menus).anySatisfy(call -> {
            assertThat(call.fields()).doesNotContainKey("language_code");
            assertThat(call.fields().get("commands").toString()).contains("\"trogiup\"", "\"hoso\"").doesNotContain("\"moi\"");
        });
        assertThat(menus).anySatisfy(call -> {
            assertThat(call.fields()).containsKey("language_code");
            assertThat(call.fields().get("language_code").asString()).isEqualTo("en");
            assertThat(call.fields().get("commands").toString()).contains("\"help\"", "\"profile\"");
        });
    }

    @Test
    void aMemberLinksByCodeAndGetsButtonsAndASecretaryGetsAFullerMenuInTheirChat() {
        telegram.userSends(AN, "/start " + roster.code("Nguyễn Văn An"));

        var greeting = telegram.awaitSentTo(AN, 1).get(0);
        assertThat(greeting.text()).contains("Chào đồng chí Nguyễn Văn An", "Chi bộ tổ dân phố 3");
        assertThat(greeting.fields().get("link_preview_options").toString())
                .as("Telegram fetches none of the bot's links for a preview").contains("\"is_disabled\":true");
        JsonNode keyboard = greeting.markup().get("inline_keyboard");
        assertThat(keyboard.get(0).get(0).get("callback_data").asString()).isEqualTo("/hoso");

        until("the secretary's menu", () -> telegram.calls("setMyCommands").stream()
                .anyMatch(c -> c.fields().containsKey("scope") && c.fields().get("scope").toString().contains(String.valueOf(AN))));
        var chatMenu = telegram.calls("setMyCommands").stream()
                .filter(c -> c.fields().containsKey("scope") && c.fields().get("scope").toString().contains("\"chat\"")).toList();
        assertThat(chatMenu.get(0).fields().get("commands").toString()).contains("\"moi\"", "\"thanhvien\"");
    }

    @Test
    void aPressedButtonActsAsItsCommandAndIsAnswered() {
        telegram.userSends(BINH, "/start " + roster.code("Trần Thị Bình"));
        telegram.awaitSentTo(BINH, 1);

        telegram.userPresses(BINH, "/hoso");

        assertThat(telegram.awaitSentTo(BINH, 2).get(1).text()).contains("Trần Thị Bình", "Chính thức");
        until("the callback answer", () -> !telegram.calls("answerCallbackQuery").isEmpty());
    }

    /**
     * Updates that arrive together are handled in one transaction; when one of them fails (here the database refuses
     * Cường's link, as a broken disk or a bug would), the others are still answered and kept, and only Cường is told.
     */
    @Test
    void whenOneUpdateOfABatchFailsTheOthersAreAnsweredAndOnlyItsSenderIsTold() {
        refuseLinksOf(CUONG);
        telegram.holdUpdates();
        telegram.userSends(AN, "/start " + roster.code("Nguyễn Văn An"));
        telegram.userSends(CUONG, "/start " + roster.code("Lê Văn Cường"));
        telegram.userSends(BINH, "/start " + roster.code("Trần Thị Bình"));
        telegram.releaseUpdates();

        assertThat(telegram.awaitSentTo(AN, 1).get(0).text()).contains("Chào đồng chí Nguyễn Văn An");
        assertThat(telegram.awaitSentTo(BINH, 1).get(0).text()).contains("Chào đồng chí Trần Thị Bình");
        assertThat(telegram.awaitSentTo(CUONG, 1).get(0).text()).contains("hệ thống gặp sự cố");
        assertThat(telegram.sentTo(CUONG)).hasSize(1);
        telegram.userSends(BINH, "/hoso");
        assertThat(telegram.awaitSentTo(BINH, 2).get(1).text()).as("Bình's link was kept").contains("Trần Thị Bình", "Chính thức");
    }

    private void refuseLinksOf(long userId) {
        var jdbc = app.bean(JdbcTemplate.class);
        if (TestDatabase.postgres()) {
            jdbc.execute("""
                    CREATE FUNCTION refuse_link() RETURNS trigger AS $$
                    BEGIN RAISE EXCEPTION 'link refused by the test'; END $$ LANGUAGE plpgsql""");
            jdbc.execute("CREATE TRIGGER refuse_link BEFORE INSERT ON chat_identity FOR EACH ROW "
                    + "WHEN (NEW.platform_user_id = '" + userId + "') EXECUTE FUNCTION refuse_link()");
        } else {
            jdbc.execute("CREATE TRIGGER refuse_link BEFORE INSERT ON chat_identity WHEN NEW.platform_user_id = '" + userId
                    + "' BEGIN SELECT RAISE(ABORT, 'link refused by the test'); END");
        }
    }

    @Test
    void aDuplicateUpdateIsHandledOnce() {
        telegram.userSends(BINH, "/start " + roster.code("Trần Thị Bình"));
        telegram.awaitSentTo(BINH, 1);
        telegram.userSends(BINH, "/hoso");
        telegram.duplicateLastUpdate();
        telegram.userSends(BINH, "/trogiup");

        List<FakeTelegram.Call> sent = telegram.awaitSentTo(BINH, 3);
        assertThat(sent.get(1).text()).contains("Trần Thị Bình");
        assertThat(sent.get(2).text()).contains("Các lệnh");
        assertThat(telegram.sentTo(BINH)).hasSize(3);
    }

    @Test
    void aMemberLinksBySharingTheirOwnContactButNotSomeoneElses() {
        telegram.userSends(BINH, "/start");
        var prompt = telegram.awaitSentTo(BINH, 1).get(0);
        assertThat(prompt.markup().get("keyboard").get(0).get(0).get("request_contact").asBoolean()).isTrue();

        telegram.userSharesContact(BINH, "0912 345 003", 7777);
        assertThat(telegram.awaitSentTo(BINH, 2).get(1).text()).contains("không dùng được danh bạ của người khác");

        telegram.userSharesContact(BINH, "+84 912 999 999", BINH);
        assertThat(telegram.awaitSentTo(BINH, 3).get(2).text()).contains("không có trong danh sách");

        telegram.userSharesContact(BINH, "+84912345002", BINH);
        assertThat(telegram.awaitSentTo(BINH, 4).get(3).text()).contains("Chào đồng chí Trần Thị Bình");
    }

    @Test
    void aLongTextIsSplitAtLineBreaksUnderTheLimit() {
        var text = new StringBuilder();
        for (int line = 1; text.length() < 9000; line++) {
            text.append("Dòng số ").append(line).append(": nội dung sinh hoạt chi bộ tháng 12.\n");
        }
        app.bean(Outbox.class).enqueue(ChatChannel.TELEGRAM, String.valueOf(BINH),
                OutboundMessage.text(text.toString().strip()), "test:long-text");

        List<FakeTelegram.Call> parts = telegram.awaitSentTo(BINH, 3);
        assertThat(parts).allSatisfy(part -> {
            assertThat(part.text().length()).isLessThanOrEqualTo(4096);
            assertThat(part.text()).startsWith("Dòng số ").endsWith("tháng 12.");
        });
        assertThat(String.join("\n", parts.stream().map(FakeTelegram.Call::text).toList())).isEqualTo(text.toString().strip());
    }

    @Test
    void aPayloadLongerThanTelegramAllowsTravelsAsAShortKey() {
        String payload = "/trogiup " + "x".repeat(120);
        app.bean(Outbox.class).enqueue(ChatChannel.TELEGRAM, String.valueOf(BINH),
                OutboundMessage.withButtons("Chọn:", List.of(new Button("Trợ giúp", payload))), "test:long-payload");

        String data = telegram.awaitSentTo(BINH, 1).get(0).markup().get("inline_keyboard").get(0).get(0)
                .get("callback_data").asString();
        assertThat(data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isBetween(1, 64);

        telegram.userPresses(BINH, data);
        assertThat(telegram.awaitSentTo(BINH, 2).get(1).text()).contains("/start");
    }

    @Test
    void photosAndDocumentsGoOutAsUploads() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
        var outbox = app.bean(Outbox.class);
        outbox.enqueue(ChatChannel.TELEGRAM, String.valueOf(BINH), OutboundMessage.withFile("Tỷ lệ tham dự",
                new OutboundFile(OutboundFile.Kind.PHOTO, "bieu-do.png", "image/png", png)), "test:photo");
        outbox.enqueue(ChatChannel.TELEGRAM, String.valueOf(BINH), OutboundMessage.withFile("Báo cáo",
                new OutboundFile(OutboundFile.Kind.DOCUMENT, "bao-cao.xlsx", "application/vnd.ms-excel", png)), "test:doc");

        List<FakeTelegram.Call> sent = telegram.awaitSentTo(BINH, 2);
        assertThat(sent.get(0).method()).isEqualTo("sendPhoto");
        assertThat(sent.get(0).multipart()).isTrue();
        assertThat(sent.get(0).fields().get("photo").asString()).startsWith("attach:");
        assertThat(sent.get(0).text()).isEqualTo("Tỷ lệ tham dự");
        assertThat(sent.get(1).method()).isEqualTo("sendDocument");
        assertThat(sent.get(1).fields().get("document").asString()).contains("bao-cao.xlsx");
    }

    @Test
    void theSameIdempotencyKeyNeverYieldsASecondMessage() {
        var outbox = app.bean(Outbox.class);
        assertThat(outbox.enqueue(ChatChannel.TELEGRAM, String.valueOf(BINH), OutboundMessage.text("Một"), "test:once")).isTrue();
        assertThat(outbox.enqueue(ChatChannel.TELEGRAM, String.valueOf(BINH), OutboundMessage.text("Hai"), "test:once")).isFalse();
        outbox.enqueue(ChatChannel.TELEGRAM, String.valueOf(BINH), OutboundMessage.text("Ba"), "test:after");

        assertThat(telegram.awaitSentTo(BINH, 2).stream().map(FakeTelegram.Call::text)).containsExactly("Một", "Ba");
    }

    @Test
    void aBlockedMemberIsMarkedUnreachableWhereTheSecretarySeesIt() {
        linkAnAndBinh();
        telegram.block(BINH);

        app.bean(Outbox.class).enqueue(ChatChannel.TELEGRAM, String.valueOf(BINH), OutboundMessage.text("Nhắc họp"), "test:blocked");

        long cell = app.adminGet("/api/admin/cells").json().get(0).get("id").asLong();
        until("Bình marked unreachable", () -> app.adminGet("/api/admin/cells/" + cell + "/members").body()
                .contains("\"unreachable\":[{\"channel\":\"TELEGRAM\""));
        telegram.userSends(AN, "/thanhvien");
        assertThat(telegram.awaitSentTo(AN, 2).get(1).text()).contains("Trần Thị Bình — không liên lạc được qua Telegram");
        assertThat(telegram.calls("sendMessage").stream().filter(c -> "Nhắc họp".equals(c.text()))).hasSize(1)
                .as("a permanent refusal is not retried");
    }

    @Test
    void aMemberWhoBlocksTheBotIsSeenUnreachableAtOnceWithoutAMessageToFindOut() {
        linkAnAndBinh();
        int toBinh = telegram.calls().size();

        telegram.userBlocksTheBot(BINH);

        long cell = app.adminGet("/api/admin/cells").json().get(0).get("id").asLong();
        until("Bình marked unreachable", () -> app.adminGet("/api/admin/cells/" + cell + "/members").body()
                .contains("\"unreachable\":[{\"channel\":\"TELEGRAM\""));
        telegram.userSends(AN, "/thanhvien");
        assertThat(telegram.awaitSentTo(AN, 2).get(1).text()).contains("Trần Thị Bình — không liên lạc được qua Telegram");
        assertThat(telegram.calls().subList(toBinh, telegram.calls().size()))
                .noneMatch(call -> String.valueOf(BINH).equals(call.chatId()));
    }

    private void linkAnAndBinh() {
        telegram.userSends(AN, "/start " + roster.code("Nguyễn Văn An"));
        telegram.userSends(BINH, "/start " + roster.code("Trần Thị Bình"));
        telegram.awaitSentTo(AN, 1);
        telegram.awaitSentTo(BINH, 1);
    }
}
