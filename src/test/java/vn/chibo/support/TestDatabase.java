package vn.chibo.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The database a test's app runs on: a SQLite file in the test's folder, or, when the build runs the suite on
 * PostgreSQL ({@code -Dchibo.test.database=postgresql}), a database of its own on a real PostgreSQL server,
 * named after the folder so that an app restarted on the same folder finds its data again. The server is the one
 * {@code CHIBO_TEST_POSTGRES_URL} names (with {@code CHIBO_TEST_POSTGRES_USER} and {@code _PASSWORD}), else a
 * private one this JVM starts from the PostgreSQL binaries installed (Debian's {@code postgresql} package) and
 * stops at exit.
 */
public final class TestDatabase {

    private static final String ENGINE = System.getProperty("chibo.test.database", "sqlite");
    private static Server server;

    private record Server(String host, int port, String user, String password) {

        String url(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }

    private TestDatabase() {
    }

    public static boolean postgres() {
        return ENGINE.equals("postgresql");
    }

    /** The app's settings for its database. */
    public static Map<String, String> settings(Path folder) {
        var settings = new LinkedHashMap<String, String>();
        if (!postgres()) {
            settings.put("chibo.database.path", folder.resolve("chibo.db").toString());
            return settings;
        }
        return postgresSettings(folder);
    }

    /** A PostgreSQL database of the folder's own, whichever engine the suite runs on. */
    public static Map<String, String> postgresSettings(Path folder) {
        var settings = new LinkedHashMap<String, String>();
        Server running = server();
        String database = "t_" + digest(folder.toAbsolutePath().toString());
        try (Connection admin = DriverManager.getConnection(running.url("postgres"), running.user(), running.password())) {
            boolean exists;
            try (var query = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, database);
                exists = query.executeQuery().next();
            }
            if (!exists) {
                admin.createStatement().execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make the test database " + database, e);
        }
        settings.put("spring.datasource.url", running.url(database));
        settings.put("spring.datasource.username", running.user());
        settings.put("spring.datasource.password", running.password());
        return settings;
    }

    private static synchronized Server server() {
        if (server == null) {
            String url = System.getenv("CHIBO_TEST_POSTGRES_URL");
            server = url != null && !url.isBlank() ? given(url) : startPrivate();
        }
        return server;
    }

    private static Server given(String url) {
        var hostPort = url.replaceFirst("^jdbc:postgresql://", "").replaceFirst("/.*$", "").split(":");
        return new Server(hostPort[0], hostPort.length > 1 ? Integer.parseInt(hostPort[1]) : 5432,
                Optional.ofNullable(System.getenv("CHIBO_TEST_POSTGRES_USER")).orElse("postgres"),
                Optional.ofNullable(System.getenv("CHIBO_TEST_POSTGRES_PASSWORD")).orElse(""));
    }

    /** A throwaway cluster: no fsync, trust on the loopback, run as the postgres user when this is root. */
    private static Server startPrivate() {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException(
                "The suite runs on PostgreSQL but no PostgreSQL is installed: install Debian's postgresql package "
                        + "or set CHIBO_TEST_POSTGRES_URL"));
        try {
            Path data = Files.createTempDirectory("chibo-test-pg");
            int port = freePort();
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                run(List.of("chown", "-R", "postgres:postgres", data.toString()), false);
            }
            run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "postgres",
                    "-E", "UTF8", "--no-locale"), root);
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l", data.resolve("log").toString(),
                    "-o", "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -c fsync=off"
                            + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200", "start"), root);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"), root);
                    try (Stream<Path> walk = Files.walk(data)) {
                        walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                    }
                } catch (IOException | RuntimeException e) {
                    System.err.println("Test PostgreSQL not stopped: " + e);
                }
            }));
            return new Server("127.0.0.1", port, "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> binaries() {
        Path lib = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> versions = Files.list(lib)) {
                Optional<Path> newest = versions.map(version -> version.resolve("bin"))
                        .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                        .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString()
                                .replaceAll("\\D", "0"))));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Stream.of(System.getenv("PATH").split(":")).map(Path::of)
                .filter(dir -> Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl")))
                .findFirst();
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException {
        var full = new ArrayList<String>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
