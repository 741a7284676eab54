package vn.chibo.web;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.support.DashboardLink;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/** Every error a browser can meet is a page in the user's language with a way back; the API keeps its JSON. */
class BrowserErrorPagesTest {

    private static final String BOUNDARY = "----chibo-test-boundary";

    @TempDir
    Path folder;

    @Test
    void aStaleFormAndAnUploadOverTheLimitGetPagesInVietnameseAndTheApiAProblemDetail() throws Exception {
        try (var app = RunningApp.start(folder)) {
            var roster = Roster.load(app);
            var khoa = new WebChatUser(app);
            khoa.say("/start " + roster.code("Ngô Văn Khoa"));
            HttpClient browser = DashboardLink.signedIn(app, khoa);
            String base = "http://127.0.0.1:" + app.port();

            HttpResponse<String> stale = browser.send(HttpRequest.newBuilder(URI.create(base + "/dashboard/cell-quizzes"))
                    .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=stale&unitId=1&days=7")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(stale.statusCode()).isEqualTo(403);
            assertThat(stale.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(stale.body()).contains("Trang đã mở quá lâu", "href=\"/dashboard\"").doesNotContain("Whitelabel");

            HttpResponse<String> huge = browser.send(HttpRequest.newBuilder(URI.create(base + "/dashboard/roster"))
                    .header("Accept", "text/html").header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart("danh-sach.csv", 12 * 1024 * 1024))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(huge.statusCode()).isEqualTo(413);
            assertThat(huge.body()).contains("Tệp quá lớn", "href=\"/dashboard\"").doesNotContain("\"status\"");

            var api = app.postBytes("/api/admin/quiz-banks", "multipart/form-data; boundary=" + BOUNDARY,
                    multipart("cau-hoi.yaml", 12 * 1024 * 1024), "Authorization", "Bearer " + RunningApp.ADMIN_TOKEN);
            assertThat(api.status()).isEqualTo(413);
            assertThat(api.contentType()).startsWith("application/problem+json");
            assertThat(api.json().get("detail").asString()).startsWith("Tệp quá lớn");
        }
    }

    private static byte[] multipart(String fileName, int size) {
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[size]);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
