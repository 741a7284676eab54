package vn.chibo.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The one-time dashboard sign-in a leader gets with /dangnhap, used as a browser without a window would. */
public final class DashboardLink {

    private static final Pattern PATH = Pattern.compile("/dashboard/login/[A-Za-z0-9_-]+");
    /** Where the link's page sends its token: Spring Security's one-time-token login. */
    public static final String SIGN_IN = "/dashboard/login/ott";
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private DashboardLink() {
    }

    /** The form the link's page sends when its button is pressed: the page's CSRF token and the link's token. */
    public static String signInForm(String linkPage) {
        Matcher token = TOKEN.matcher(linkPage);
        if (!token.find()) {
            throw new AssertionError("No sign-in token in the page");
        }
        return "_csrf=" + csrf(linkPage) + "&token=" + token.group(1);
    }

    /** The CSRF token a dashboard page's forms carry. */
    public static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new AssertionError("No CSRF token in the page");
        }
        return token.group(1);
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

    /** A client with its own cookies, signed in by opening the link and pressing its button. */
    public static HttpClient signedIn(RunningApp app, WebChatUser leader) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String link = "http://127.0.0.1:" + app.port() + of(leader);
        try {
            String page = browser.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + SIGN_IN))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(signInForm(page))).build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return browser;
    }

    /** A page as the signed-in browser gets it. */
    public static String page(HttpClient browser, String url) {
        try {
            return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A form sent as the page would send it: the page's CSRF token and a fresh submission id. */
    public static HttpResponse<String> submit(HttpClient browser, String url, String page, Map<String, String> fields) {
        var form = new LinkedHashMap<String, String>(fields);
        form.put("_csrf", csrf(page));
        form.put("_submission", Long.toString(System.nanoTime(), 36));
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            return browser.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
