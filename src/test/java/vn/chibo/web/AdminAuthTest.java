package vn.chibo.web;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.support.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;

class AdminAuthTest {

    private static final String ROSTER = """
            cell,full_name,phone,role,status
            Đảng bộ phường Liên Bảo/Chi bộ tổ dân phố 3,Nguyễn Văn An,0912345001,secretary,official
            """;

    @TempDir
    Path folder;

    @Test
    void withTheTokenSetOnlyTheRightBearerTokenIsLetIn() {
        try (var app = RunningApp.start(folder)) {
            assertThat(app.importRoster(ROSTER).status()).isEqualTo(200);

            for (String[] headers : new String[][] {
                    {},
                    {"Authorization", "Bearer wrong-token"},
                    {"Authorization", "Bearer " + RunningApp.ADMIN_TOKEN + "x"},
                    {"Authorization", RunningApp.ADMIN_TOKEN},
                    {"Authorization", "Basic " + RunningApp.ADMIN_TOKEN}}) {
                var cells = app.get("/api/admin/cells", headers);
                assertThat(cells.status()).isEqualTo(401);
                assertThat(cells.contentType()).startsWith("application/problem+json");
                assertThat(cells.body()).doesNotContain("Liên Bảo", "Nguyễn", "0912345001");
                assertThat(app.post("/api/admin/roster", "text/csv", ROSTER, headers).status()).isEqualTo(401);
            }
            assertThat(app.adminGet("/api/admin/cells").body()).contains("Chi bộ tổ dân phố 3");
        }
    }

    @Test
    void withNoTokenSetTheAdminApiIsClosedToEveryone() {
        try (var app = RunningApp.start(folder, "chibo.admin.token=")) {
            assertThat(app.adminGet("/api/admin/cells").status()).isEqualTo(401);
            assertThat(app.get("/api/admin/cells", "Authorization", "Bearer ").status()).isEqualTo(401);
            assertThat(app.importRoster(ROSTER).status()).isEqualTo(401);
        }
    }
}
