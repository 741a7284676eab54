package vn.chibo.channel.telegram;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chibo.channel.Outbox;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.ChatChannel;
import vn.chibo.support.FakeTelegram;
import vn.chibo.support.MutableClock;
import vn.chibo.support.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.support.Await.until;

class TelegramLimitsTest {

    @TempDir
    Path folder;

    @Test
    void a429IsHonouredForTheWholeChannelUntilRetryAfterHasPassed() throws InterruptedException {
        try (var telegram = new FakeTelegram(); var app = RunningApp.start(folder, telegram.settings())) {
            telegram.answerTooManyRequests(1, 5);
            var outbox = app.bean(Outbox.class);
            outbox.enqueue(ChatChannel.TELEGRAM, "7001", OutboundMessage.text("Thứ nhất"), "test:first");
            var jdbc = app.bean(JdbcClient.class);
            until("the 429 recorded", () -> jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE last_error LIKE '429%'")
                    .query(Long.class).single() == 1);
            outbox.enqueue(ChatChannel.TELEGRAM, "7002", OutboundMessage.text("Thứ hai"), "test:second");

            // a negative check: several dispatcher polls pass, and none may send while the channel waits
            Thread.sleep(800);
            assertThat(telegram.sentTo(7001)).isEmpty();
            assertThat(telegram.sentTo(7002)).isEmpty();

            app.clock.advance(Duration.ofSeconds(5));

            assertThat(telegram.awaitSentTo(7001, 1).get(0).text()).isEqualTo("Thứ nhất");
            assertThat(telegram.awaitSentTo(7002, 1).get(0).text()).isEqualTo("Thứ hai");
            assertThat(telegram.tooManyRequestsAnswered()).isEqualTo(1);
            assertThat(telegram.violations()).isEmpty();
        }
    }

    @Test
    void messagesForAChannelThatIsSwitchedOffHoldUpNoOther() {
        try (var telegram = new FakeTelegram(); var app = RunningApp.start(folder, telegram.settings())) {
            var outbox = app.bean(Outbox.class);
            for (int i = 0; i < 600; i++) {
                outbox.enqueue(ChatChannel.ZALO, "zalo-" + i, OutboundMessage.text("Chờ Zalo"), "test:zalo-" + i);
            }
            outbox.enqueue(ChatChannel.TELEGRAM, "7401", OutboundMessage.text("Vẫn đi"), "test:telegram");

            assertThat(telegram.awaitSentTo(7401, 1).get(0).text()).isEqualTo("Vẫn đi");
        }
    }

    @Test
    void aServerErrorIsRetriedAfterABackoff() {
        try (var telegram = new FakeTelegram(); var app = RunningApp.start(folder, telegram.settings())) {
            telegram.answerServerError(1);
            app.bean(Outbox.class).enqueue(ChatChannel.TELEGRAM, "7201", OutboundMessage.text("Nhắc họp"), "test:5xx");
            var jdbc = app.bean(JdbcClient.class);
            until("the failure recorded", () -> jdbc.sql("SELECT attempts FROM outbox_message WHERE idempotency_key = 'test:5xx'")
                    .query(Integer.class).single() == 1);
            assertThat(telegram.sentTo(7201)).isEmpty();

            app.clock.advance(Duration.ofSeconds(1));

            assertThat(telegram.awaitSentTo(7201, 1).get(0).text()).isEqualTo("Nhắc họp");
            assertThat(telegram.calls("sendMessage")).hasSize(2);
        }
    }

    @Test
    void aRestartInTheMiddleOfAFanOutFinishesItWithNoMessageSentTwice() {
        var clock = new MutableClock(RunningApp.START);
        try (var telegram = new FakeTelegram(10, 1)) {
            String[] settings = telegram.settings("chibo.telegram.limits.per-second=10");
            try (var app = RunningApp.start(folder, clock, settings)) {
                var outbox = app.bean(Outbox.class);
                for (int chat = 1; chat <= 40; chat++) {
                    outbox.enqueue(ChatChannel.TELEGRAM, String.valueOf(8000 + chat),
                            OutboundMessage.text("Thông báo họp chi bộ"), "fanout:meeting-1:chat-" + chat);
                }
                until("part of the fan-out", () -> telegram.calls("sendMessage").size() >= 8);
            }
            int beforeRestart = telegram.calls("sendMessage").size();
            assertThat(beforeRestart).isLessThan(40);

            try (var app = RunningApp.start(folder, clock, settings)) {
                until("the whole fan-out", () -> delivered(telegram).size() == 40);
            }
            assertThat(delivered(telegram).values()).as("one message per chat").containsOnly(1);
            assertThat(telegram.tooManyRequestsAnswered()).isZero();
            assertThat(telegram.violations()).isEmpty();
        }
    }

    @Test
    void anUpdateDeliveredAgainAfterARestartIsNotHandledAgain() {
        var clock = new MutableClock(RunningApp.START);
        try (var telegram = new FakeTelegram()) {
            try (var app = RunningApp.start(folder, clock, telegram.settings())) {
                telegram.userSends(7301, "/trogiup");
                telegram.awaitSentTo(7301, 1);
            }
            telegram.duplicateLastUpdate();
            try (var app = RunningApp.start(folder, clock, telegram.settings())) {
                telegram.userSends(7301, "xin chào");
                telegram.awaitSentTo(7301, 2);
                assertThat(telegram.sentTo(7301).get(1).text()).as("the redelivered /trogiup was dropped").contains("chưa liên kết");
            }
            assertThat(telegram.sentTo(7301)).hasSize(2);
        }
    }

    @Test
    void paidBroadcastIsOffByDefaultAndAskedForWhenSet() {
        try (var telegram = new FakeTelegram()) {
            try (var app = RunningApp.start(folder, telegram.settings())) {
                app.bean(Outbox.class).enqueue(ChatChannel.TELEGRAM, "7101", OutboundMessage.text("A"), "test:free");
                assertThat(telegram.awaitSentTo(7101, 1).get(0).fields()).doesNotContainKey("allow_paid_broadcast");
            }
            try (var app = RunningApp.start(folder, telegram.settings("chibo.telegram.paid-broadcast=true"))) {
                app.bean(Outbox.class).enqueue(ChatChannel.TELEGRAM, "7102", OutboundMessage.text("B"), "test:paid");
                assertThat(telegram.awaitSentTo(7102, 1).get(0).fields().get("allow_paid_broadcast").asBoolean()).isTrue();
            }
            assertThat(telegram.violations()).isEmpty();
        }
    }

    private static Map<String, Integer> delivered(FakeTelegram telegram) {
        var perChat = new HashMap<String, Integer>();
        telegram.calls("sendMessage").stream().filter(c -> !c.fields().containsKey("__refused"))
                .forEach(c -> perChat.merge(c.chatId(), 1, Integer::sum));
        return perChat;
    }
}
