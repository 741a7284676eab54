package vn.chibo.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.support.DashboardLink;
import vn.chibo.support.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;

/** Guessing the admin token at the dashboard's sign-in form is soon refused without a token being checked. */
class SignInThrottleTest {

    @TempDir
    Path folder;

    private interface Form {
        HttpResponse<String> send(String token) throws Exception;
    }

    @Test
    void wrongAdminTokensAreAnsweredTenTimesPerTenMinutesThenTheFormPauses() throws Exception {
        try (var app = RunningApp.start(folder)) {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            URI login = URI.create("http://127.0.0.1:" + app.port() + "/dashboard/login");
            String csrf = DashboardLink.csrf(browser.send(HttpRequest.newBuilder(login).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            Form form = token -> browser.send(HttpRequest.newBuilder(login)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + "&token=" + token)).build(),
                    HttpResponse.BodyHandlers.ofString());
            int wrong = 0;
            int paused = 0;
            for (int i = 0; i < 30; i++) {
                var answer = form.send("guess-" + i);
                wrong += answer.statusCode() == 200 && answer.body().contains("Khóa quản trị không đúng") ? 1 : 0;
                paused += answer.statusCode() == 429 && answer.body().contains("quá nhiều lần nhập sai khóa") ? 1 : 0;
            }
            assertThat(wrong).isEqualTo(10);
            assertThat(paused).isEqualTo(20);
            assertThat(form.send(RunningApp.ADMIN_TOKEN).statusCode()).as("while paused, not even the right token is checked")
                    .isEqualTo(429);

            app.clock.advance(Duration.ofMinutes(10));
            assertThat(form.send(RunningApp.ADMIN_TOKEN).statusCode()).isEqualTo(302);
        }
    }
}
