package vn.chibo.it;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.support.BuiltJar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new user's first start, in demo mode on a new database: from the moment the web chat answers, it either says the
 * demo committee is being prepared or lists its members, never an empty list; readiness comes only once it exists.
 */
class DemoStartIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path folder;

    @Test
    void theWebChatNeverOffersAnEmptyDemoListAndReadinessWaitsForTheDemo() throws Exception {
        var seen = new ArrayList<String>();
        boolean sawPreparing = false;
        try (BuiltJar app = BuiltJar.launchDemo(BuiltJar.freePort(), folder.resolve("chibo.db"))) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (true) {
                assertThat(app.isAlive()).as("the app runs; its log is in %s", folder).isTrue();
                assertThat(System.nanoTime()).as("ready within 5 minutes").isLessThan(deadline);
                boolean readyBefore = isReady(app);
                HttpResponse<String> config = app.getOrNull("/api/chat/config");
                if (config != null && config.statusCode() == 200) {
                    JsonNode answer = JSON.readTree(config.body());
                    seen.add(answer.toString());
                    assertThat(answer.path("demo").asBoolean()).as("demo mode with no token").isTrue();
                    if (answer.path("preparing").asBoolean()) {
                        sawPreparing = true;
                        assertThat(answer.path("demoMembers")).isEmpty();
                        assertThat(readyBefore).as("ready while the demo was still being prepared").isFalse();
                    } else {
                        assertThat(answer.path("demoMembers")).as("the demo list once prepared").isNotEmpty();
                    }
                    if (readyBefore) {
                        assertThat(answer.path("preparing").asBoolean()).isFalse();
                        break;
                    }
                }
                Thread.sleep(20);
            }
            HttpResponse<String> page = app.getOrNull("/chat");
            assertThat(page.body()).contains("Đang chuẩn bị đảng bộ mẫu");
        }
        assertThat(sawPreparing).as("the chat was asked while the demo was made, answers: %s", seen.size()).isTrue();
    }

    private static boolean isReady(BuiltJar app) {
        HttpResponse<String> readiness = app.getOrNull("/api/admin/actuator/health/readiness");
        return readiness != null && readiness.statusCode() == 200 && readiness.body().contains("\"UP\"");
    }
}
