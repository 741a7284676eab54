package vn.chibo.web;

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
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/** Behind a reverse proxy that terminates HTTPS, the session cookie is Secure and redirects stay on https. */
class ForwardedProxyTest {

    @TempDir
    Path folder;

    @Test
    void aSignInThroughAnHttpsProxyGetsASecureCookieAndAnHttpsRedirect() throws Exception {
        try (var app = RunningApp.start(folder)) {
            var roster = Roster.load(app);
            var an = new WebChatUser(app);
            an.say("/start " + roster.code("Nguyễn Văn An"));
            // the session cookie is Secure now, so it goes back by hand, as a browser talking https to the proxy would
            HttpClient browser = HttpClient.newHttpClient();
            URI link = URI.create("http://127.0.0.1:" + app.port() + DashboardLink.of(an));
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(link).header("X-Forwarded-Proto", "https")
                    .header("X-Forwarded-Host", "chibo.example.vn").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.headers().firstValue("Strict-Transport-Security")).as("HSTS over https").isPresent();
            assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'");
            assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            String session = page.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(session).contains("Secure");
            HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + app.port() + DashboardLink.SIGN_IN))
                    .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "chibo.example.vn")
                    .header("Cookie", session.substring(0, session.indexOf(';')))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(DashboardLink.signInForm(page.body()))).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(signIn.statusCode()).isEqualTo(302);
            assertThat(signIn.headers().firstValue("Set-Cookie").orElseThrow()).contains("JSESSIONID=", "Secure", "HttpOnly");
            String location = signIn.headers().firstValue("Location").orElseThrow();
            assertThat(location.startsWith("/") || location.startsWith("https://chibo.example.vn/"))
                    .as("redirect to %s stays on https", location).isTrue();
        }
    }
}
