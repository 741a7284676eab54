package vn.chibo.web;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.support.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;

/** Guessing the admin token at the dashboard's sign-in form is soon refused without a token being checked. */
class SignInThrottleTest {

    @TempDir
    Path folder;

    @Test
    void wrongAdminTokensAreAnsweredTenTimesPerTenMinutesThenTheFormPauses() {
        try (var app = RunningApp.start(folder)) {
            int wrong = 0;
            int paused = 0;
            for (int i = 0; i < 30; i++) {
                var answer = app.post("/dashboard/login", "application/x-www-form-urlencoded", "token=guess-" + i);
                wrong += answer.status() == 200 && answer.body().contains("Khóa quản trị không đúng") ? 1 : 0;
                paused += answer.status() == 429 && answer.body().contains("quá nhiều lần nhập sai khóa") ? 1 : 0;
            }
            assertThat(wrong).isEqualTo(10);
            assertThat(paused).isEqualTo(20);
            assertThat(app.post("/dashboard/login", "application/x-www-form-urlencoded", "token=" + RunningApp.ADMIN_TOKEN)
                    .status()).as("while paused, not even the right token is checked").isEqualTo(429);

            app.clock.advance(Duration.ofMinutes(10));
            assertThat(app.post("/dashboard/login", "application/x-www-form-urlencoded", "token=" + RunningApp.ADMIN_TOKEN)
                    .status()).isEqualTo(302);
        }
    }
}
