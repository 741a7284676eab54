package vn.chibo.it;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.chibo.support.Await;
import vn.chibo.support.BuiltJar;
import vn.chibo.support.FakeTelegram;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.support.BuiltJar.count;

/**
 * A cross-module event whose listener was cut off by a crash is done after the restart, once. A secretary links her
 * Telegram: the link commits with the event "a chat account was linked", whose listener gives her chat the
 * secretary's "/" menu through Telegram. Telegram holds that call; the jar is killed with SIGKILL while it waits.
 * After the restart the registry hands the event to the listener again and her menu is set, once per language.
 */
class EventsSurviveACrashIT {

    private static final long SECRETARY_CHAT = 8801;

    @TempDir
    Path folder;

    @Test
    void anEventWhoseListenerWasKilledIsHandledOnceAfterTheRestart() throws Exception {
        try (var telegram = new FakeTelegram(1_000, 100)) {
            int port = BuiltJar.freePort();
            Path database = folder.resolve("chibo.db");
            BuiltJar app = BuiltJar.start(port, database, telegram);
            try {
                JsonNode imported = app.call("POST", "/api/admin/roster", "text/csv", """
                        cell,full_name,phone,role,status
                        Đảng bộ phường Liên Bảo/Chi bộ tổ dân phố 3,Nguyễn Thị Hoa,0912300001,secretary,official
                        """).get("members");
                telegram.holdMenuOf(SECRETARY_CHAT);
                telegram.userSends(SECRETARY_CHAT, "/start " + imported.get(0).get("inviteCode").asString());
                Await.until("the secretary's menu call to reach Telegram", () -> telegram.menusHeld() > 0);
                assertThat(count(database, "SELECT COUNT(*) FROM chat_identity")).as("the link committed").isEqualTo(1);
                assertThat(count(database, "SELECT COUNT(*) FROM event_publication"))
                        .as("the event is kept while its listener works").isEqualTo(1);
            } finally {
                app.kill();
            }
            assertThat(menusSetFor(telegram)).as("no menu was set before the kill").isZero();
            assertThat(count(database, "SELECT COUNT(*) FROM event_publication"))
                    .as("the unfinished event outlives the process").isEqualTo(1);

            telegram.releaseHeldMenus();
            try (BuiltJar again = BuiltJar.start(port, database, telegram)) {
                Await.until("the secretary's menu set after the restart, in both languages",
                        () -> menusSetFor(telegram) >= 2);
                Await.until("the event done", () -> count(database, "SELECT COUNT(*) FROM event_publication") == 0);
            }
            assertThat(menusSetFor(telegram)).as("once per language, not twice").isEqualTo(2);
            assertThat(count(database, "SELECT COUNT(*) FROM chat_identity")).isEqualTo(1);
            assertThat(telegram.violations()).isEmpty();
        }
    }

    private static long menusSetFor(FakeTelegram telegram) {
        return telegram.calls("setMyCommands").stream()
                .filter(call -> String.valueOf(SECRETARY_CHAT).equals(call.fields().containsKey("scope")
                        ? call.fields().get("scope").path("chat_id").asString("") : ""))
                .count();
    }
}
