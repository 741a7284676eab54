package vn.chibo.channel.zalo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.channel.Outbox;
import vn.chibo.conversation.OutboundFile;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.ChatChannel;
import vn.chibo.support.FakeTelegram;
import vn.chibo.support.FakeZalo;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.support.Await.until;

class ZaloChannelTest {

    private static final String BINH = "zalo-user-binh";

    @TempDir
    Path folder;
    FakeZalo zalo = new FakeZalo();
    RunningApp app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        zalo.close();
        assertThat(zalo.violations()).as("every request matches the Zalo Bot API").isEmpty();
    }

    @Test
    void buttonsBecomeNumberedChoicesAndANumberOrTheOptionsWordsPressThem() {
        app = RunningApp.start(folder, zalo.settings());
        var roster = Roster.load(app);

        zalo.userSends(BINH, "/start " + roster.code("Trần Thị Bình"));
        String greeting = zalo.awaitSentTo(BINH, 1).get(0).text();
        assertThat(greeting).contains("Chào đồng chí Trần Thị Bình", "1. Hồ sơ của tôi", "2. Trợ giúp", "Trả lời 1 hoặc 2.");

        zalo.userSends(BINH, "1");
        assertThat(zalo.awaitSentTo(BINH, 2).get(1).text()).contains("Trần Thị Bình", "Chính thức", "Zalo");

        zalo.userSends(BINH, "1");
        assertThat(zalo.awaitSentTo(BINH, 3).get(2).text()).as("that question was answered already").contains("Tôi chưa hiểu");

        zalo.userSends(BINH, "/trogiup");
        zalo.awaitSentTo(BINH, 4);
        zalo.userSends(BINH, "/start");
        zalo.awaitSentTo(BINH, 5);
        zalo.userSends(BINH, "tro giup");
        assertThat(zalo.awaitSentTo(BINH, 6).get(5).text()).as("the option's words, without diacritics, of the last question")
                .contains("Các lệnh đồng chí có thể dùng");
    }

    @Test
    void aLongTextIsSplitUnderTwoThousandCharacters() {
        app = RunningApp.start(folder, zalo.settings());
        var text = new StringBuilder();
        for (int line = 1; text.length() < 4500; line++) {
            text.append("Dòng ").append(line).append(": nghị quyết chi bộ.\n");
        }
        app.bean(Outbox.class).enqueue(ChatChannel.ZALO, BINH, OutboundMessage.text(text.toString().strip()), "test:long");

        var parts = zalo.awaitSentTo(BINH, 3);
        assertThat(parts).allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(2000));
        assertThat(String.join("\n", parts.stream().map(FakeZalo.Call::text).toList())).isEqualTo(text.toString().strip());
    }

    @Test
    void aDuplicateMessageIdIsHandledOnce() {
        app = RunningApp.start(folder, zalo.settings());
        String id = zalo.userSends(BINH, "/trogiup");
        zalo.redeliver(id, BINH, "/trogiup");
        zalo.userSends(BINH, "xin chào");

        var sent = zalo.awaitSentTo(BINH, 2);
        assertThat(sent.get(1).text()).contains("/start");
        assertThat(zalo.sentTo(BINH)).hasSize(2);
    }

    @Test
    void photosGoAsExpiringLinksWithAPublicUrlAndAsTextWithout() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        var photo = OutboundMessage.withFile("Tỷ lệ tham dự tháng 11",
                new OutboundFile(OutboundFile.Kind.PHOTO, "ty-le.png", "image/png", png));

        try (var linked = RunningApp.start(folder.resolve("a"), zalo.settings("chibo.public-url=http://chibo.example.vn"))) {
            linked.bean(Outbox.class).enqueue(ChatChannel.ZALO, BINH, photo, "test:photo");
            FakeZalo.Call sent = zalo.awaitSentTo(BINH, 1).get(0);
            assertThat(sent.method()).isEqualTo("sendPhoto");
            assertThat(sent.text()).isEqualTo("Tỷ lệ tham dự tháng 11");
            String link = sent.body().get("photo").asString();
            assertThat(link).startsWith("http://chibo.example.vn/files/").hasSizeGreaterThan(60);
            String path = link.substring("http://chibo.example.vn".length());

            var served = linked.get(path);
            assertThat(served.status()).isEqualTo(200);
            assertThat(served.contentType()).isEqualTo("image/png");
            assertThat(linked.get("/files/not-a-real-token").status()).isEqualTo(404);
            linked.bean(Outbox.class).enqueue(ChatChannel.ZALO, BINH, OutboundMessage.withFile("Báo cáo tháng 11",
                    new OutboundFile(OutboundFile.Kind.DOCUMENT, "bao-cao.xlsx", "application/octet-stream", png)), "test:doc");
            FakeZalo.Call document = zalo.awaitSentTo(BINH, 2).get(1);
            assertThat(document.method()).isEqualTo("sendMessage");
            assertThat(document.text()).contains("Báo cáo tháng 11", "bao-cao.xlsx", "http://chibo.example.vn/files/");

            linked.clock.advance(Duration.ofDays(8));
            assertThat(linked.get(path).status()).as("the link expires").isEqualTo(404);
        }

        try (var unlinked = RunningApp.start(folder.resolve("b"), zalo.settings())) {
            unlinked.bean(Outbox.class).enqueue(ChatChannel.ZALO, "zalo-other", photo, "test:photo");
            FakeZalo.Call sent = zalo.awaitSentTo("zalo-other", 1).get(0);
            assertThat(sent.method()).isEqualTo("sendMessage");
            assertThat(sent.text()).contains("Tỷ lệ tham dự tháng 11", "ty-le.png");
        }
    }

    @Test
    void webhookDeliveriesNeedTheSecretAndMayComeWrapped() {
        app = RunningApp.start(folder, zalo.settings("chibo.zalo.mode=WEBHOOK",
                "chibo.zalo.webhook-secret=zalo-secret-1", "chibo.public-url=https://chibo.example.vn"));
        until("setWebhook", () -> !zalo.calls("setWebhook").isEmpty());
        assertThat(zalo.calls("setWebhook").get(0).body().get("url").asString())
                .isEqualTo("https://chibo.example.vn/zalo/webhook");

        String bare = FakeZalo.textUpdate("w1", "zalo-a", "/trogiup").toString();
        assertThat(app.post("/zalo/webhook", "application/json", bare).status()).isEqualTo(401);
        assertThat(app.post("/zalo/webhook", "application/json", bare, "X-Bot-Api-Secret-Token", "nope-nope").status())
                .isEqualTo(401);

        String wrapped = "{\"ok\":true,\"result\":" + FakeZalo.textUpdate("w2", "zalo-b", "/trogiup") + "}";
        assertThat(app.post("/zalo/webhook", "application/json", wrapped, "X-Bot-Api-Secret-Token", "zalo-secret-1")
                .status()).isEqualTo(200);

        assertThat(zalo.awaitSentTo("zalo-b", 1).get(0).text()).contains("/start");
        assertThat(zalo.sentTo("zalo-a")).isEmpty();
        assertThat(zalo.calls("getUpdates")).isEmpty();
    }

    @Test
    void oneMemberMayLinkTelegramAndZaloToTheSameRosterEntry() {
        try (var telegram = new FakeTelegram()) {
            var settings = new ArrayList<>(List.of(zalo.settings()));
            settings.addAll(List.of(telegram.settings()));
            app = RunningApp.start(folder, settings.toArray(String[]::new));
            var roster = Roster.load(app);

            telegram.userSends(6002, "/start " + roster.code("Trần Thị Bình"));
            telegram.awaitSentTo(6002, 1);
            String second = app.adminPost("/api/admin/members/" + roster.id("Trần Thị Bình") + "/invite", "application/json", "")
                    .json().get("inviteCode").asString();
            zalo.userSends(BINH, "/start " + second);
            zalo.awaitSentTo(BINH, 1);

            zalo.userSends(BINH, "/hoso");
            assertThat(zalo.awaitSentTo(BINH, 2).get(1).text()).contains("Telegram, Zalo");
            assertThat(telegram.violations()).isEmpty();
            app.close();
            app = null;
        }
    }
}
