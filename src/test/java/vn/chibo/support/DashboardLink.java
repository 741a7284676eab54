package vn.chibo.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one-time dashboard sign-in a leader gets with /dangnhap, used as a browser without a window would. */
public final class DashboardLink {

    private static final Pattern PATH = Pattern.compile("/dashboard/login/[A-Za-z0-9_-]+");

    private DashboardLink() {
    }

    /** The link's path, as /dangnhap gives it to this leader. */
    public static String of(WebChatUser leader) {
        String reply = leader.sayText("/dangnhap");
        Matcher link = PATH.matcher(reply);
        if (!link.find()) {
            throw new AssertionError("No sign-in link in: " + reply);
        }
        return link.group();
    }

    /** A client with its own cookies, signed in by pressing the link's button. */
    public static HttpClient signedIn(RunningApp app, WebChatUser leader) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        try {
            browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + of(leader)))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return browser;
    }
}
