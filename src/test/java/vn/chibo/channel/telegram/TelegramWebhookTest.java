package vn.chibo.channel.telegram;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.support.FakeTelegram;
import vn.chibo.support.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.support.Await.until;

class TelegramWebhookTest {

    private static final String SECRET = "webhook-secret-123";

    @TempDir
    Path folder;

    @Test
    void deliveriesWithoutTheRightSecretAreRefusedAndChangeNothing() {
        try (var telegram = new FakeTelegram();
             var app = RunningApp.start(folder, telegram.settings("chibo.telegram.mode=WEBHOOK",
                     "chibo.telegram.webhook-secret=" + SECRET, "chibo.public-url=https://chibo.example.vn"))) {
            until("setWebhook", () -> !telegram.calls("setWebhook").isEmpty());
            var setWebhook = telegram.calls("setWebhook").get(0);
            assertThat(setWebhook.fields().get("url").asString()).isEqualTo("https://chibo.example.vn/telegram/webhook");
            assertThat(setWebhook.fields().get("secret_token").asString()).isEqualTo(SECRET);

            String update = FakeTelegram.textUpdate(1, 9101, "/trogiup");
            assertThat(app.post("/telegram/webhook", "application/json", update).status()).isEqualTo(401);
            assertThat(app.post("/telegram/webhook", "application/json", update,
                    "X-Telegram-Bot-Api-Secret-Token", "wrong-secret-000").status()).isEqualTo(401);

            assertThat(app.post("/telegram/webhook", "application/json", FakeTelegram.textUpdate(2, 9102, "/trogiup"),
                    "X-Telegram-Bot-Api-Secret-Token", SECRET).status()).isEqualTo(200);

            assertThat(telegram.awaitSentTo(9102, 1).get(0).text()).contains("/start");
            assertThat(telegram.sentTo(9101)).as("the refused delivery was not handled").isEmpty();
            assertThat(telegram.calls("getUpdates")).as("no polling in webhook mode").isEmpty();
            assertThat(telegram.violations()).isEmpty();
        }
    }
}
