package vn.chibo.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.support.DashboardLink;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/** A creating call or form sent twice (a retry, a double tap) creates one thing and tells the members once. */
class IdempotentSubmissionsTest {

    private static final String MEETING = """
            {"kind":"THEMATIC","startsAt":"2026-12-12T19:30:00+07:00","place":"Nhà văn hóa","title":"Chuyên đề"}""";

    @TempDir
    Path folder;

    @Test
    void theAdminApiAnswersARepeatedIdempotencyKeyWithTheFirstAnswer() {
        try (var app = RunningApp.start(folder)) {
            var roster = Roster.load(app);
            var binh = new WebChatUser(app);
            binh.say("/start " + roster.code("Trần Thị Bình"));
            long cell = app.adminGet("/api/admin/cells").json().get(0).get("id").asLong();
            String path = "/api/admin/cells/" + cell + "/meetings";

            var first = app.post(path, "application/json", MEETING, "Authorization", "Bearer " + RunningApp.ADMIN_TOKEN,
                    "Idempotency-Key", "them-hop-1");
            var again = app.post(path, "application/json", MEETING, "Authorization", "Bearer " + RunningApp.ADMIN_TOKEN,
                    "Idempotency-Key", "them-hop-1");
            assertThat(first.status()).isEqualTo(201);
            assertThat(again.status()).isEqualTo(201);
            assertThat(again.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
            assertThat(again.headers()).containsKey("idempotent-replayed");
            assertThat(app.adminGet(path).json()).hasSize(1);
            assertThat(binh.awaitPushedContaining("Chuyên đề")).containsOnlyOnce("Chi bộ có cuộc họp mới");

            var elsewhere = app.post("/api/admin/members/" + roster.id("Trần Thị Bình") + "/invite", "application/json",
                    "{}", "Authorization", "Bearer " + RunningApp.ADMIN_TOKEN, "Idempotency-Key", "them-hop-1");
            assertThat(elsewhere.status()).as("a key reused for another call").isEqualTo(422);
        }
    }

    @Test
    void theSameDashboardFormSentTwiceAddsOneMeeting() throws Exception {
        try (var app = RunningApp.start(folder)) {
            var roster = Roster.load(app);
            var an = new WebChatUser(app);
            an.say("/start " + roster.code("Nguyễn Văn An"));
            HttpClient http = DashboardLink.signedIn(app, an);
            String base = "http://127.0.0.1:" + app.port();
            long cell = app.adminGet("/api/admin/cells").json().get(0).get("id").asLong();
            String page = http.send(HttpRequest.newBuilder(URI.create(base + "/dashboard/cells/" + cell)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
            Matcher submission = Pattern.compile("name=\"_submission\" value=\"([^\"]+)\"").matcher(page);
            assertThat(csrf.find() && submission.find()).isTrue();

            Map<String, String> form = Map.of("_csrf", csrf.group(1), "_submission", submission.group(1),
                    "startsAt", "2026-12-12T19:30", "place", "Nhà văn hóa", "title", "Chuyên đề năm", "topic", "");
            String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            for (int i = 0; i < 2; i++) {
                var answer = http.send(HttpRequest.newBuilder(URI.create(base + "/dashboard/cells/" + cell + "/meetings"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).isEqualTo(302);
                assertThat(answer.headers().firstValue("Location").orElseThrow()).contains("/dashboard/meetings/");
            }
            assertThat(app.adminGet("/api/admin/cells/" + cell + "/meetings").json()).hasSize(1);
        }
    }
}
