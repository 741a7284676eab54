package vn.chibo.meeting;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.chibo.support.Await;
import vn.chibo.support.FakeZalo;
import vn.chibo.support.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents as they come in and as their links serve them: a page with a script uploaded as text/html is kept as
 * plain bytes and downloaded as such, never shown as a page of the site; a name with quotes and line breaks is cleaned
 * so the file can be downloaded; the admin API takes no more than the dashboard (10 MB).
 */
class UploadedFilesTest {

    private static final String CELL = "Đảng bộ phường Vĩnh Phúc/Chi bộ khu dân cư số 1";
    private static final Instant MEETING = Instant.parse("2026-12-05T12:30:00Z");
    private static final String AUTH = "Bearer " + RunningApp.ADMIN_TOKEN;

    @TempDir
    Path folder;

    @Test
    void aScriptUploadedAsAPageIsServedAsADownloadAndANameWithQuotesIsCleaned() {
        try (var zalo = new FakeZalo();
             var app = RunningApp.start(folder, zalo.settings("chibo.reminders.tick=100ms",
                     "chibo.public-url=https://chibo.example.vn"))) {
            JsonNode member = app.importRoster("cell,full_name,phone,role,status\n" + CELL
                    + ",Trần Thị Bình,0912000001,member,official\n").json().get("members").get(0);
            zalo.userSends("zalo-binh", "/start " + member.get("inviteCode").asString());
            Await.until("the member linked", () -> zalo.calls("sendMessage").size() >= 1);
            long cell = app.adminGet("/api/admin/cells").json().get(0).get("id").asLong();
            long meeting = app.adminPost("/api/admin/cells/" + cell + "/meetings", "application/json", """
                    {"kind":"THEMATIC","startsAt":"%s","place":"Nhà văn hóa","title":"Học tập"}""".formatted(MEETING))
                    .json().get("id").asLong();

            JsonNode page = app.postBytes("/api/admin/meetings/" + meeting + "/documents?name=trang.html", "text/html",
                    "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8),
                    "Authorization", AUTH).json();
            assertThat(page.get("mediaType").asString()).as("the declared type disagrees with the content")
                    .isEqualTo("application/octet-stream");
            JsonNode pdf = app.postBytes("/api/admin/meetings/" + meeting + "/documents?name="
                            + "bao%20%22cao%22%0D%0A%E2%80%AEfdp.exe", "application/pdf",
                    "%PDF-1.4 nội dung".getBytes(StandardCharsets.UTF_8), "Authorization", AUTH).json();
            assertThat(pdf.get("mediaType").asString()).isEqualTo("application/pdf");
            assertThat(pdf.get("fileName").asString()).as("no quotes, line breaks or direction marks")
                    .isEqualTo("bao cao fdp.exe");
            var tooLarge = app.postBytes("/api/admin/meetings/" + meeting + "/documents?name=lon.pdf",
                    "application/pdf", new byte[10 * 1024 * 1024 + 1], "Authorization", AUTH);
            assertThat(tooLarge.status()).as("the dashboard's limit holds for the API too").isEqualTo(413);
            assertThat(tooLarge.json().get("detail").asString()).contains("10 MB");

            app.clock.set(Instant.parse("2026-12-02T01:00:00Z"));
            Pattern link = Pattern.compile("https://chibo\\.example\\.vn(/files/\\S+)");
            Await.until("both documents sent as links", () -> links(zalo, link).size() >= 2);
            for (String path : links(zalo, link)) {
                var served = app.get(path);
                assertThat(served.status()).isEqualTo(200);
                assertThat(served.contentType()).as(path).isEqualTo("application/octet-stream");
                assertThat(served.headers().get("content-disposition").get(0)).startsWith("attachment");
                assertThat(served.headers().get("x-content-type-options")).containsExactly("nosniff");
                assertThat(served.headers().get("content-security-policy").get(0)).contains("default-src 'none'", "sandbox");
            }
        }
    }

    private static List<String> links(FakeZalo zalo, Pattern link) {
        return zalo.calls("sendMessage").stream().map(call -> link.matcher(call.text())).filter(Matcher::find)
                .map(matcher -> matcher.group(1)).distinct().toList();
    }
}
