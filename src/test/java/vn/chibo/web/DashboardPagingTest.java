package vn.chibo.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.chibo.support.DashboardLink;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cell's page and a meeting's page show members a hundred at a time, however large the cell grew; the meeting
 * page's member pickers follow its page.
 */
class DashboardPagingTest {

    private static final String CELL = "Đảng bộ phường Vĩnh Phúc/Chi bộ khu 1";

    @TempDir
    Path folder;

    @Test
    void aCellOf250MembersIsShownInPagesOfAHundred() throws Exception {
        try (var app = RunningApp.start(folder)) {
            var csv = new StringBuilder("cell,full_name,phone,role,status\n");
            for (int i = 0; i < 250; i++) {
                csv.append(CELL).append(",Đảng viên ").append(i).append(",09").append(String.format("%08d", i))
                        .append(i == 0 ? ",secretary" : ",member").append(",official\n");
            }
            JsonNode imported = app.importRoster(csv.toString()).json();
            long cell = app.adminGet("/api/admin/cells").json().get(0).get("id").asLong();
            long meeting = app.adminPost("/api/admin/cells/" + cell + "/meetings", "application/json", """
                    {"kind":"THEMATIC","startsAt":"2026-12-12T19:30:00+07:00","place":"Hội trường","title":"Chuyên đề"}""")
                    .json().get("id").asLong();
            var secretary = new WebChatUser(app);
            secretary.say("/start " + imported.get("members").get(0).get("inviteCode").asString());
            HttpClient browser = DashboardLink.signedIn(app, secretary);
            String base = "http://127.0.0.1:" + app.port();

            String first = page(browser, base + "/dashboard/cells/" + cell);
            assertThat(count(first, "href=\"/dashboard/members/")).isEqualTo(100);
            assertThat(first).contains("Trang 1/3 · 250 đảng viên", "Đảng viên 99").doesNotContain("Đảng viên 100<");
            String last = page(browser, base + "/dashboard/cells/" + cell + "?page=3");
            assertThat(count(last, "href=\"/dashboard/members/")).isEqualTo(50);
            assertThat(last).contains("Đảng viên 249");

            String attendance = page(browser, base + "/dashboard/meetings/" + meeting + "?page=2");
            assertThat(count(attendance, "data-member=")).isEqualTo(100);
            assertThat(attendance).contains("Trang 2/3 · 250 đảng viên");
            assertThat(attendance).as("the note-taker and task pickers offer the page's members, not all 250")
                    .contains("<option value=\"" + imported.get("members").get(150).get("memberId").asLong() + "\">Đảng viên 150</option>")
                    .doesNotContain(">Đảng viên 5</option>");
            assertThat(count(attendance, "data-call=")).as("the meeting page's call list: the first ten").isEqualTo(10);
            assertThat(attendance).contains("Cả danh sách gọi điện (250 đồng chí)");
            assertThat(attendance.length()).as("a page of a hundred members and the rest of the meeting").isLessThan(100_000);
            String calls = page(browser, base + "/dashboard/meetings/" + meeting + "/calls?page=3");
            assertThat(count(calls, "data-call=")).isEqualTo(50);
            assertThat(calls).contains("Trang 3/3 · 250 đảng viên", "Đảng viên 249");
        }
    }

    private static String page(HttpClient browser, String url) throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(url).isEqualTo(200);
        return page.body();
    }

    private static long count(String html, String what) {
        return Pattern.compile(Pattern.quote(what)).matcher(html).results().count();
    }
}
