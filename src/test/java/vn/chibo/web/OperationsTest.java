package vn.chibo.web;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.TestDatabase;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator's probes and scraper read: health with liveness and readiness, and metrics, behind the token. */
class OperationsTest {

    @TempDir
    Path folder;

    @Test
    void healthAndMetricsAnswerTheAdminTokenOnly() {
        try (var app = RunningApp.start(folder)) {
            assertThat(app.get("/api/admin/actuator/health").status()).as("no token").isEqualTo(401);
            assertThat(app.get("/api/admin/actuator/prometheus").status()).isEqualTo(401);

            JsonNode health = app.adminGet("/api/admin/actuator/health").json();
            assertThat(health.get("status").asString()).isEqualTo("UP");
            assertThat(health.get("components").get("db").get("status").asString()).isEqualTo("UP");
            JsonNode scheduler = health.get("components").get("scheduler");
            assertThat(scheduler.get("status").asString()).isEqualTo("UP");
            assertThat(scheduler.get("details").get("clustered").asBoolean())
                    .as("a clustered job store on PostgreSQL, memory on SQLite").isEqualTo(TestDatabase.postgres());
            assertThat(app.adminGet("/api/admin/actuator/health/liveness").json().get("status").asString()).isEqualTo("UP");
            JsonNode readiness = app.adminGet("/api/admin/actuator/health/readiness").json();
            assertThat(readiness.get("status").asString()).isEqualTo("UP");
            assertThat(readiness.get("components").has("scheduler")).isTrue();

            var roster = Roster.load(app);
            var binh = new WebChatUser(app);
            binh.say("/start " + roster.code("Trần Thị Bình"));
            String metrics = app.adminGet("/api/admin/actuator/prometheus").body();
            assertThat(metrics).contains("chibo_outbox_backlog", "chibo_outbox_oldest_age_seconds",
                    "chibo_outbox_sends_total{", "result=\"sent\"", "chibo_inbound_updates_seconds_count{",
                    "chibo_reminders_messages{");
            assertThat(app.adminGet("/api/admin/actuator/health").json().get("components").get("platforms")
                    .get("details").has("WEB.lastSuccessfulCall")).isTrue();
        }
    }
}
