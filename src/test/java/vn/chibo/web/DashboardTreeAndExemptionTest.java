package vn.chibo.web;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.chibo.support.DashboardLink;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/** An admin reshapes the tree and records an exemption from the dashboard, as from the API. */
class DashboardTreeAndExemptionTest {

    @TempDir
    Path folder;

    @Test
    void anAdminRenamesMovesMergesAndExemptsFromTheDashboard() throws Exception {
        try (var app = RunningApp.start(folder)) {
            var roster = Roster.load(app);
            var khoa = new WebChatUser(app);
            khoa.say("/start " + roster.code("Ngô Văn Khoa"));
            HttpClient http = DashboardLink.signedIn(app, khoa);
            String base = "http://127.0.0.1:" + app.port();
            long cell3 = unit(app, Roster.CELL_3);
            long cell4 = unit(app, Roster.CELL_4);

            String tree = DashboardLink.page(http, base + "/dashboard/tree");
            assertThat(tree).contains("Chi bộ tổ dân phố 3", "Chi bộ tổ dân phố 4", "Đổi tên", "Sáp nhập");

            HttpResponse<String> renamed = DashboardLink.submit(http, base + "/dashboard/org-units/" + cell3 + "/rename", tree,
                    Map.of("name", "Chi bộ khu dân cư số 3"));
            assertThat(renamed.statusCode()).isEqualTo(302);
            assertThat(DashboardLink.page(http, base + "/dashboard/tree")).contains("Đã đổi tên thành &quot;Chi bộ khu dân cư số 3&quot;");
            assertThat(unit(app, Roster.COMMITTEE + "/Chi bộ khu dân cư số 3")).isEqualTo(cell3);

            HttpResponse<String> refused = DashboardLink.submit(http, base + "/dashboard/cells/" + cell4 + "/merge",
                    DashboardLink.page(http, base + "/dashboard/tree"), Map.of("intoCellId", String.valueOf(cell4)));
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.body()).contains("Không sáp nhập chi bộ vào chính nó");

            HttpResponse<String> merged = DashboardLink.submit(http, base + "/dashboard/cells/" + cell4 + "/merge",
                    DashboardLink.page(http, base + "/dashboard/tree"), Map.of("intoCellId", String.valueOf(cell3)));
            assertThat(merged.statusCode()).isEqualTo(302);
            assertThat(DashboardLink.page(http, base + "/dashboard/tree")).contains("(đã sáp nhập)");
            assertThat(app.adminGet("/api/admin/cells/" + cell3 + "/members").json())
                    .extracting(m -> m.get("fullName").asString()).contains("Phạm Thị Dung", "Hoàng Văn Em");

            long em = roster.id("Hoàng Văn Em");
            String memberPage = DashboardLink.page(http, base + "/dashboard/members/" + em);
            assertThat(memberPage).contains("Không được miễn sinh hoạt lúc này.");
            HttpResponse<String> exempted = DashboardLink.submit(http, base + "/dashboard/members/" + em + "/exemption", memberPage,
                    Map.of("from", "2026-12-01", "to", "", "reason", "Tuổi cao, sức yếu"));
            assertThat(exempted.statusCode()).isEqualTo(302);
            assertThat(DashboardLink.page(http, base + "/dashboard/members/" + em)).contains("Đã ghi miễn sinh hoạt.",
                    "Được miễn sinh hoạt từ 01/12/2026, không thời hạn. Lý do: Tuổi cao, sức yếu.");
            JsonNode spans = app.adminGet("/api/admin/members/" + em + "/exemption").json();
            assertThat(spans.get(0).get("reason").asString()).isEqualTo("Tuổi cao, sức yếu");
        }
    }

    private static long unit(RunningApp app, String path) {
        for (JsonNode unit : app.adminGet("/api/admin/org-units").json()) {
            if (unit.get("path").asString().equals(path)) {
                return unit.get("id").asLong();
            }
        }
        throw new AssertionError(path);
    }
}
