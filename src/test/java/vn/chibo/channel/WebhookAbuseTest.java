package vn.chibo.channel;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.support.FakeTelegram;
import vn.chibo.support.FakeZalo;
import vn.chibo.support.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A delivery with the right secret but a body that is no update (broken JSON, an array, wrong types, 20 MB):
 * a plain 400 or 413, never a 500 with a stack trace for the platform to retry; the next good update goes through.
 */
class WebhookAbuseTest {

    private static final String SECRET = "webhook-secret-123";
    private static final List<String> NOT_UPDATES = List.of("{\"update_id\": 5, \"message\": ", "[1, 2, 3]",
            "{\"update_id\": \"five\", \"message\": {\"message_id\": [], \"chat\": 7}}", "\"text\"", "null");

    @TempDir
    Path folder;

    @Test
    void telegramGetsAPlainAnswerForWhatIsNoUpdate() {
        try (var telegram = new FakeTelegram();
             var app = RunningApp.start(folder, telegram.settings("chibo.telegram.mode=WEBHOOK",
                     "chibo.telegram.webhook-secret=" + SECRET, "chibo.public-url=https://chibo.example.vn"))) {
            for (String body : NOT_UPDATES) {
                var answer = app.post("/telegram/webhook", "application/json", body,
                        "X-Telegram-Bot-Api-Secret-Token", SECRET);
                assertThat(answer.status()).as(body).isEqualTo(400);
                assertThat(answer.body()).doesNotContain("Exception", "at vn.", "at org.");
            }
            var huge = app.postBytes("/telegram/webhook", "application/json", new byte[20 * 1024 * 1024],
                    "X-Telegram-Bot-Api-Secret-Token", SECRET);
            assertThat(huge.status()).isEqualTo(413);

            assertThat(app.post("/telegram/webhook", "application/json", FakeTelegram.textUpdate(2, 9102, "/trogiup"),
                    "X-Telegram-Bot-Api-Secret-Token", SECRET).status()).isEqualTo(200);
            assertThat(telegram.awaitSentTo(9102, 1).get(0).text()).contains("/start");
        }
    }

    @Test
    void zaloGetsAPlainAnswerForWhatIsNoUpdate() {
        try (var zalo = new FakeZalo();
             var app = RunningApp.start(folder, zalo.settings("chibo.zalo.mode=WEBHOOK",
                     "chibo.zalo.webhook-secret=" + SECRET, "chibo.public-url=https://chibo.example.vn"))) {
            for (String body : List.of("{\"event_name\": ", "[1, 2]", "\"text\"",
                    "{\"event_name\":\"message.text.received\",\"message\":{\"message_id\":{},\"chat\":\"x\"}}")) {
                var answer = app.post("/zalo/webhook", "application/json", body, "X-Bot-Api-Secret-Token", SECRET);
                assertThat(answer.status()).as(body).isEqualTo(400);
                assertThat(answer.body()).doesNotContain("Exception", "at vn.", "at org.");
            }
            assertThat(app.postBytes("/zalo/webhook", "application/json", new byte[20 * 1024 * 1024],
                    "X-Bot-Api-Secret-Token", SECRET).status()).isEqualTo(413);

            assertThat(app.post("/zalo/webhook", "application/json",
                    FakeZalo.textUpdate("m1", "zalo-user-1", "/trogiup").toString(), "X-Bot-Api-Secret-Token", SECRET)
                    .status()).isEqualTo(200);
            assertThat(zalo.awaitSentTo("zalo-user-1", 1).get(0).text()).contains("/start");
            assertThat(zalo.violations()).as("the token goes into the path as issued").isEmpty();
        }
    }
}
