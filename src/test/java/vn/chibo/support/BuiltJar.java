package vn.chibo.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar (after {@code package}) as a process of its own on a free port and a SQLite file, talking to a
 * fake Telegram; for tests that kill it with SIGKILL and start it again. Its log is kept beside the database.
 */
public final class BuiltJar implements AutoCloseable {

    public static final String TOKEN = "it-admin-token-0123456789";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final Path log;
    public final int port;
    /** The process id, as the app names itself in the lease table ("pid@host/…"). */
    public final long pid;

    private BuiltJar(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.pid = process.pid();
    }

    /** Starts the jar and returns once it answers the admin API, however long a loaded machine takes. */
    public static BuiltJar start(int port, Path database, FakeTelegram telegram, String... settings) throws IOException {
        return start(port, database.getParent(), List.of("chibo.database.path=" + database), telegram, settings);
    }

    /** The same on any database: {@code databaseSettings} name it ("spring.datasource.url=…"); logs go to {@code logs}. */
    public static BuiltJar start(int port, Path logs, List<String> databaseSettings, FakeTelegram telegram,
                                 String... settings) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("--chibo.demo.enabled=false", "--chibo.reminders.tick=200ms",
                "--chibo.outbox.first-backoff=200ms"));
        databaseSettings.forEach(setting -> arguments.add("--" + setting));
        for (String setting : telegram.settings(settings)) {
            arguments.add("--" + setting);
        }
        BuiltJar jar = launch(port, logs, arguments);
        Await.untilReady(jar.process, jar.log, () -> {
            try {
                return jar.status("GET", "/api/admin/cells") == 200;
            } catch (IOException e) {
                return false;
            }
        });
        return jar;
    }

    /**
     * Starts the jar in demo mode (no platform token) and returns at once, before it answers: for tests of what the
     * app says while it starts. {@link #close} ends it.
     */
    public static BuiltJar launchDemo(int port, Path database) throws IOException {
        return launch(port, database.getParent(), List.of("--chibo.database.path=" + database));
    }

    /** The jar as a process of its own on {@code port} with the admin token, its log in {@code logs}. */
    private static BuiltJar launch(int port, Path logs, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", System.getProperty("chibo.jar"), "--server.port=" + port,
                "--chibo.admin.token=" + TOKEN, "--logging.level.root=warn"));
        command.addAll(arguments);
        Path log = logs.resolve("app-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new BuiltJar(process, log, port);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** A GET answered with its status and body, or null while nothing listens on the port yet. */
    public HttpResponse<String> getOrNull(String path) {
        try {
            return send("GET", path, null, null);
        } catch (IOException notListening) {
            return null;
        }
    }

    /** An admin API call that must succeed: a refusal fails the test with the app's answer. */
    public JsonNode call(String method, String path, String contentType, String body) throws IOException {
        HttpResponse<String> response = send(method, path, contentType, body);
        if (response.statusCode() >= 300) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** The last lines of the app's log (warnings and errors only), for a failure to name what the app said. */
    public String logTail(int lines) {
        try {
            List<String> all = java.nio.file.Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("The app did not die");
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    private int status(String method, String path) throws IOException {
        return send(method, path, null, null).statusCode();
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws IOException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TOKEN)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** One number from the app's database, read while the app runs or after it died. */
    public static long count(Path database, String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database + "?open_mode=1");
             ResultSet rs = connection.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + database, e);
        }
    }

    /** One value from a database the settings name ("spring.datasource.url" and its user and password). */
    public static String value(java.util.Map<String, String> database, String sql) {
        try (Connection connection = DriverManager.getConnection(database.get("spring.datasource.url"),
                database.get("spring.datasource.username"), database.get("spring.datasource.password"));
             ResultSet rs = connection.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database", e);
        }
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
