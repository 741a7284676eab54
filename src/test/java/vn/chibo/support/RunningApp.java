package vn.chibo.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.ChiboApplication;

/**
 * The whole application on a real SQLite file in a test's folder (or a real PostgreSQL database of its own, see
 * {@link TestDatabase}), on a free port, with a movable clock.
 * Tests talk to it over real HTTP, as a browser or an admin's script would.
 */
public final class RunningApp implements AutoCloseable {

    public static final String ADMIN_TOKEN = "test-admin-token-0123456789";
    public static final Instant START = Instant.parse("2026-11-27T02:00:00Z");

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConfigurableApplicationContext context;
    private final int port;
    /** The clock tests move; null for an app on the system clock. */
    public final MutableClock clock;

    private RunningApp(ConfigurableApplicationContext context, Clock clock) {
        this.context = context;
        this.clock = clock instanceof MutableClock movable ? movable : null;
        this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    /** Starts the app with the admin token set and demo mode off, plus any {@code --key=value} settings. */
    public static RunningApp start(Path folder, MutableClock clock, String... settings) {
        return start(folder, (Clock) clock, settings);
    }

    /** On the real clock, for benchmarks that measure time as it passes. */
    public static RunningApp startOnSystemClock(Path folder, String... settings) {
        return start(folder, Clock.system(MutableClock.VIETNAM), settings);
    }

    private static RunningApp start(Path folder, Clock clock, String... settings) {
        var args = new LinkedHashMap<String, String>();
        args.putAll(TestDatabase.settings(folder));
        args.put("server.port", "0");
        args.put("chibo.admin.token", ADMIN_TOKEN);
        args.put("chibo.demo.enabled", "false");
        args.put("spring.main.banner-mode", "off");
        args.put("logging.level.root", "warn");
        // a test's user writes faster than a person and its clock stands still: only the flood tests keep the real budget
        args.put("chibo.inbound.per-chat-per-minute", "100000");
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            args.put(setting.substring(0, eq), setting.substring(eq + 1));
        }
        var commandLine = new ArrayList<String>();
        args.forEach((key, value) -> commandLine.add("--" + key + "=" + value));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ChiboApplication.class)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("baseClock", clock))
                .run(commandLine.toArray(String[]::new));
        return new RunningApp(context, clock);
    }

    public static RunningApp start(Path folder, String... settings) {
        return start(folder, new MutableClock(START), settings);
    }

    public int port() {
        return port;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /**
     * Waits until the bot has read Telegram's answer to the poll it sent: a person answers seconds after a poll
     * arrives, a test at once, which must not be before the bot knows the poll.
     */
    public void awaitPollKnown(String pollId) {
        Await.until("the bot to know its poll", () -> bean(JdbcClient.class)
                .sql("SELECT COUNT(*) FROM telegram_poll WHERE poll_id = ?").param(pollId).query(Long.class).single() == 1);
    }

    public Response get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public Response post(String path, String contentType, String body, String... headers) {
        return send(request(path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public Response postBytes(String path, String contentType, byte[] body, String... headers) {
        return send(request(path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Any method, with the admin token. */
    public Response send(String method, String path, String contentType, String body) {
        return send(request(path, "Authorization", "Bearer " + ADMIN_TOKEN).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** Any method with a binary body (an uploaded workbook), with the admin token. */
    public Response sendBytes(String method, String path, String contentType, byte[] body) {
        return send(request(path, "Authorization", "Bearer " + ADMIN_TOKEN).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Same as {@link #get}, with the admin token. */
    public Response adminGet(String path) {
        return get(path, "Authorization", "Bearer " + ADMIN_TOKEN);
    }

    /** A binary download with the admin token, such as a workbook. */
    public byte[] adminGetBytes(String path) {
        return getBytes(path, "Authorization", "Bearer " + ADMIN_TOKEN);
    }

    /** A binary download, such as a file linked from the web chat. */
    public byte[] getBytes(String path, String... headers) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request(path, headers).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response adminPost(String path, String contentType, String body) {
        return post(path, contentType, body, "Authorization", "Bearer " + ADMIN_TOKEN);
    }

    public Response importRoster(String csv) {
        return adminPost("/api/admin/roster", "text/csv", csv);
    }

    private HttpRequest.Builder request(String path, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body, String contentType, Map<String, List<String>> headers) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
