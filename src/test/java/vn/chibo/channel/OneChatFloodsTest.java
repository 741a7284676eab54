package vn.chibo.channel;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chibo.support.Await;
import vn.chibo.support.FakeTelegram;
import vn.chibo.support.PlatformUser;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One chat must not stall the others: someone not linked sends a thousand messages at once; the bot answers the
 * first twenty a minute, then one notice, and drops the rest before they cost a reply; a member who writes after the
 * flood gets the answer within five seconds, on Telegram's own limit of one message a second per chat.
 */
class OneChatFloodsTest {

    private static final long FLOODER = 666;

    @TempDir
    Path folder;

    @Test
    void aThousandMessagesFromOneChatDoNotHoldUpAnotherMembersAnswer() {
        try (var telegram = new FakeTelegram(); var app = RunningApp.start(folder,
                telegram.settings("chibo.inbound.per-chat-per-minute=20"))) {
            var roster = Roster.load(app);
            PlatformUser binh = PlatformUser.telegram(telegram, 2);
            binh.say("/start " + roster.code("Trần Thị Bình"));
            binh.awaitReply("Chào đồng chí Trần Thị Bình");

            for (int i = 0; i < 1_000; i++) {
                telegram.userSends(FLOODER, "xin chào " + i);
            }
            binh.say("/trogiup");
            long asked = System.nanoTime();
            binh.awaitReply("/thi");
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("the member's answer").isLessThan(Duration.ofSeconds(5));

            Await.until("the flooder's answers and the one notice", () -> telegram.sentTo(FLOODER).size() >= 21);
            assertThat(telegram.sentTo(FLOODER).get(20).text()).contains("gửi nhiều tin nhắn quá nhanh");
            assertThat(app.bean(JdbcClient.class)
                    .sql("SELECT COUNT(*) FROM outbox_message WHERE chat_id = ?").param(String.valueOf(FLOODER))
                    .query(Long.class).single()).as("dropped before the outbox: twenty answers and one notice").isEqualTo(21);
        }
    }

    @Test
    void aChatsBacklogInTheOutboxDoesNotHoldUpAnotherChatsFirstMessage() {
        try (var telegram = new FakeTelegram(); var app = RunningApp.start(folder, telegram.settings())) {
            var roster = Roster.load(app);
            PlatformUser binh = PlatformUser.telegram(telegram, 2);
            binh.say("/start " + roster.code("Trần Thị Bình"));
            binh.awaitReply("Chào đồng chí Trần Thị Bình");
            for (int i = 0; i < 1_000; i++) {
                telegram.userSends(FLOODER, "xin chào " + i);
            }
            JdbcClient jdbc = app.bean(JdbcClient.class);
            Await.until("a thousand answers waiting for the flooder's chat", () -> jdbc
                    .sql("SELECT COUNT(*) FROM outbox_message WHERE chat_id = ?").param(String.valueOf(FLOODER))
                    .query(Long.class).single() >= 1_000);

            binh.say("/trogiup");
            long asked = System.nanoTime();
            binh.awaitReply("/thi");
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("the member's answer, behind a backlog of another chat")
                    .isLessThan(Duration.ofSeconds(5));
        }
    }
}
