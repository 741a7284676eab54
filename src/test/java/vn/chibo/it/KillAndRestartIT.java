package vn.chibo.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.support.Await;
import vn.chibo.support.FakeTelegram;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built jar as its own process, killed with SIGKILL in the middle of a reminder stage while Telegram is
 * failing, then started again: every member gets the announcement and the reminder exactly once.
 */
class KillAndRestartIT {

    private static final String TOKEN = "it-admin-token-0123456789";
    private static final int MEMBERS = 8;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path folder;

    @Test
    void aKill9MidStageLosesNoMessageAndSendsNoneTwice() throws Exception {
        try (var telegram = new FakeTelegram(1_000, 100)) {
            int port = freePort();
            Path database = folder.resolve("chibo.db");
            Process app = start(port, database, telegram);
            try {
                var roster = new StringBuilder("cell,full_name,phone,role,status\n");
                for (int i = 0; i < MEMBERS; i++) {
                    roster.append("Đảng bộ phường Liên Bảo/Chi bộ tổ dân phố 3,Đảng viên ").append(i)
                            .append(",091230000").append(i).append(",member,official\n");
                }
                JsonNode imported = call(port, "POST", "/api/admin/roster", "text/csv", roster.toString()).get("members");
                for (int i = 0; i < MEMBERS; i++) {
                    telegram.userSends(7700 + i, "/start " + imported.get(i).get("inviteCode").asString());
                }
                Await.until("every greeting", () -> telegram.calls("sendMessage").size() >= MEMBERS);
                long cell = call(port, "GET", "/api/admin/cells", null, null).get(0).get("id").asLong();

                telegram.goDown();
                String startsAt = ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusHours(30).withSecond(0).withNano(0)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                call(port, "POST", "/api/admin/cells/" + cell + "/meetings", "application/json",
                        "{\"kind\":\"THEMATIC\",\"startsAt\":\"" + startsAt + "\",\"place\":\"Hội trường\",\"title\":\"Chuyên đề\"}");
                Await.until("the stage decided and the sends failing", () -> count(database,
                        "SELECT COUNT(*) FROM reminder_stage WHERE outcome = 'SENT'") == 1
                        && count(database, "SELECT COUNT(*) FROM outbox_message WHERE state = 'PENDING' AND attempts > 0") > 0);
            } finally {
                app.destroyForcibly();
                assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(count(database, "SELECT COUNT(*) FROM reminder_stage WHERE outcome = 'SENT'")).isEqualTo(1);

            telegram.recover();
            Process again = start(port, database, telegram);
            try {
                Await.until("everything delivered after the restart",
                        () -> delivered(telegram, "Nhắc họp") == MEMBERS && delivered(telegram, "cuộc họp mới") == MEMBERS);
            } finally {
                again.destroy();
                again.waitFor(30, TimeUnit.SECONDS);
            }
            Map<String, Integer> perChat = new HashMap<>();
            telegram.calls("sendMessage").stream().filter(c -> !c.fields().containsKey("__refused"))
                    .forEach(c -> perChat.merge(c.chatId() + " " + c.text().lines().findFirst().orElse(""), 1, Integer::sum));
            assertThat(perChat.values()).as("no chat got any message twice").containsOnly(1);
            assertThat(count(database, "SELECT COUNT(*) FROM reminder_stage WHERE outcome = 'SENT'"))
                    .as("the stage was not decided again").isEqualTo(1);
            assertThat(telegram.violations()).isEmpty();
        }
    }

    private static long delivered(FakeTelegram telegram, String text) {
        return telegram.calls("sendMessage").stream().filter(c -> !c.fields().containsKey("__refused"))
                .filter(c -> c.text() != null && c.text().contains(text)).count();
    }

    private Process start(int port, Path database, FakeTelegram telegram) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", System.getProperty("chibo.jar"),
                "--server.port=" + port, "--chibo.database.path=" + database, "--chibo.admin.token=" + TOKEN,
                "--chibo.demo.enabled=false", "--chibo.reminders.tick=200ms", "--chibo.outbox.first-backoff=200ms",
                "--logging.level.root=warn"));
        for (String setting : telegram.settings()) {
            command.add("--" + setting);
        }
        Path log = folder.resolve("app-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Await.untilReady(process, log, () -> {
            try {
                return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/admin/cells"))
                        .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        return process;
    }

    private static JsonNode call(int port, String method, String path, String contentType, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TOKEN)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return JSON.readTree(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static long count(Path database, String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database + "?open_mode=1");
             ResultSet rs = connection.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + database, e);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
