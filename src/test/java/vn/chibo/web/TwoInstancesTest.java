package vn.chibo.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chibo.support.Await;
import vn.chibo.support.DashboardLink;
import vn.chibo.support.FakeTelegram;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.TestDatabase;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one PostgreSQL database behind a load balancer that sends each request anywhere: a sign-in
 * link made by one is used on the other, and the session it opens serves pages on both; jobs are clustered.
 */
class TwoInstancesTest {

    @TempDir
    Path folder;

    @Test
    void aSignInLinkAndItsSessionWorkWhicheverInstanceARequestReaches() throws Exception {
        String[] database = TestDatabase.postgresSettings(folder.resolve("shared")).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        try (var first = RunningApp.start(folder.resolve("first"), database);
             var second = RunningApp.start(folder.resolve("second"), database)) {
            var roster = Roster.load(first);
            var an = new WebChatUser(first);
            an.say("/start " + roster.code("Nguyễn Văn An"));
            String link = DashboardLink.of(an);

            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String page = browser.send(HttpRequest.newBuilder(URI.create(url(second, link))).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            HttpResponse<Void> signedIn = browser.send(HttpRequest.newBuilder(URI.create(url(second, DashboardLink.SIGN_IN)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(DashboardLink.signInForm(page))).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(signedIn.statusCode()).isEqualTo(302);

            for (RunningApp instance : new RunningApp[] {first, second}) {
                HttpResponse<String> overview = browser.send(HttpRequest.newBuilder(URI.create(url(instance, "/dashboard")))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(overview.statusCode()).isEqualTo(200);
                assertThat(overview.body()).contains("Nguyễn Văn An", "Chi bộ tổ dân phố 3");
                assertThat(instance.adminGet("/api/admin/actuator/health").json().get("components").get("scheduler")
                        .get("details").get("clustered").asBoolean()).isTrue();
            }
        }
    }

    /** Telegram delivers again what it thinks was lost; behind a balancer the second try reaches the other instance. */
    @Test
    void inWebhookModeEitherInstanceTakesUpdatesAndAnUpdateDeliveredToBothIsHandledOnce() {
        String secret = "webhook-secret-123";
        try (var telegram = new FakeTelegram()) {
            String[] settings = Stream.concat(
                    TestDatabase.postgresSettings(folder.resolve("shared")).entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue()),
                    Stream.of(telegram.settings("chibo.telegram.mode=WEBHOOK",
                            "chibo.telegram.webhook-secret=" + secret, "chibo.public-url=https://chibo.example.vn")))
                    .toArray(String[]::new);
            try (var first = RunningApp.start(folder.resolve("first"), settings);
                 var second = RunningApp.start(folder.resolve("second"), settings)) {
                String update = FakeTelegram.textUpdate(7, 9107, "/trogiup");
                for (RunningApp instance : new RunningApp[] {first, second}) {
                    assertThat(instance.post("/telegram/webhook", "application/json", update,
                            "X-Telegram-Bot-Api-Secret-Token", secret).status()).isEqualTo(200);
                }
                assertThat(second.post("/telegram/webhook", "application/json", FakeTelegram.textUpdate(8, 9108, "/trogiup"),
                        "X-Telegram-Bot-Api-Secret-Token", secret).status()).isEqualTo(200);
                assertThat(telegram.awaitSentTo(9108, 1).get(0).text()).contains("/start");
                assertThat(telegram.awaitSentTo(9107, 1)).hasSize(1);
                Await.until("nothing left to send", () -> first.bean(JdbcClient.class)
                        .sql("SELECT COUNT(*) FROM outbox_message WHERE state = 'PENDING'").query(Long.class).single() == 0);
                assertThat(telegram.sentTo(9107)).as("the update delivered twice is answered once").hasSize(1);
            }
        }
    }

    private static String url(RunningApp app, String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }
}
