package vn.chibo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.support.DashboardLink;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.TestDatabase;
import vn.chibo.support.WebChatUser;

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

    private static String url(RunningApp app, String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }
}
