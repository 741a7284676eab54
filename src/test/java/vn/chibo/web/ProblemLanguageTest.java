package vn.chibo.web;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.support.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;

/** Every problem detail of the admin API speaks the caller's language, Vietnamese unless English is asked for. */
class ProblemLanguageTest {

    private static final String AUTH = "Bearer " + RunningApp.ADMIN_TOKEN;

    @TempDir
    Path folder;

    @Test
    void aMissingThingAndABodyThatCannotBeReadAreExplainedInTheCallersLanguage() {
        try (var app = RunningApp.start(folder)) {
            var vi = app.get("/api/admin/cells/999/members", "Authorization", AUTH);
            assertThat(vi.status()).isEqualTo(404);
            assertThat(vi.json().get("detail").asString()).isEqualTo("Không có chi bộ mã 999.");
            var en = app.get("/api/admin/cells/1999/members", "Authorization", AUTH, "Accept-Language", "en");
            assertThat(en.json().get("detail").asString()).isEqualTo("No cell with id 1999.");

            var broken = app.post("/api/admin/cells/1/meetings", "application/json", "{\"startsAt\": ",
                    "Authorization", AUTH, "Accept-Language", "vi");
            assertThat(broken.status()).isEqualTo(400);
            assertThat(broken.json().get("detail").asString()).startsWith("Không đọc được nội dung gửi lên");
            assertThat(app.post("/api/admin/cells/1/meetings", "application/json", "[",
                    "Authorization", AUTH, "Accept-Language", "en").json().get("detail").asString())
                    .startsWith("The request body could not be read");
        }
    }
}
