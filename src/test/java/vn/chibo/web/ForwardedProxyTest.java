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
            HttpResponse<String> signIn = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + app.port() + DashboardLink.of(an)))
                    .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "chibo.example.vn")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(signIn.statusCode()).isEqualTo(302);
            assertThat(signIn.headers().firstValue("Set-Cookie").orElseThrow()).contains("JSESSIONID=", "Secure", "HttpOnly");
            String location = signIn.headers().firstValue("Location").orElseThrow();
            assertThat(location.startsWith("/") || location.startsWith("https://chibo.example.vn/"))
                    .as("redirect to %s stays on https", location).isTrue();
        }
    }
}
