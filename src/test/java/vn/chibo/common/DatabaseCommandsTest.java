package vn.chibo.common;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.TestDatabase;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator's commands: an online SQLite backup that restores, and a checked copy of SQLite into PostgreSQL. */
class DatabaseCommandsTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final DatabaseCommands commands = new DatabaseCommands(new PrintStream(printed, true, StandardCharsets.UTF_8));

    @Test
    void aBackupTakenWhileTheBotRunsIsCheckedAndRestores() throws Exception {
        Path live = folder.resolve("live");
        Path backup = folder.resolve("chibo-backup.db");
        try (var app = RunningApp.start(live, sqliteAt(live))) {
            Roster.load(app);
            int status = commands.run(new String[] {"backup", backup.toString()},
                    Map.of("CHIBO_DATABASE_PATH", live.resolve("chibo.db").toString()));
            assertThat(status).as(printed.toString(StandardCharsets.UTF_8)).isZero();
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("integrity ok", "member").containsPattern("member +6 rows");

        Path restored = folder.resolve("restored");
        Files.createDirectories(restored);
        Files.copy(backup, restored.resolve("chibo.db"));
        try (var app = RunningApp.start(restored, sqliteAt(restored))) {
            assertThat(app.adminGet("/api/admin/cells").json()).hasSize(2);
        }
    }

    @Test
    void aSqliteDatabaseIsCopiedIntoAnEmptyPostgresqlOneAndTheBotGoesOnThere() throws Exception {
        Path sqlite = folder.resolve("sqlite");
        String code;
        WebChatUser binh;
        try (var app = RunningApp.start(sqlite, sqliteAt(sqlite))) {
            var roster = Roster.load(app);
            binh = new WebChatUser(app);
            binh.say("/start " + roster.code("Trần Thị Bình"));
            code = roster.code("Lê Văn Cường");
        }
        Map<String, String> postgres = TestDatabase.postgresSettings(folder.resolve("postgres"));
        Map<String, String> environment = Map.of("SPRING_DATASOURCE_URL", postgres.get("spring.datasource.url"),
                "SPRING_DATASOURCE_USERNAME", postgres.get("spring.datasource.username"),
                "SPRING_DATASOURCE_PASSWORD", postgres.get("spring.datasource.password"));
        String[] copy = {"copy-to-postgresql", sqlite.resolve("chibo.db").toString()};

        assertThat(commands.run(copy, environment)).as(printed.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Copied and checked").containsPattern("member +6 -> +6 ok")
                .doesNotContain("DIFFERENT");

        String[] settings = postgres.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        try (var app = RunningApp.start(folder.resolve("postgres"), settings)) {
            assertThat(binh.on(app).sayText("/hoso")).as("her chat account came along").contains("Trần Thị Bình");
            var cuong = new WebChatUser(app);
            assertThat(cuong.sayText("/start " + code)).contains("Lê Văn Cường");
            long cell = app.adminGet("/api/admin/cells").json().get(0).get("id").asLong();
            assertThat(app.adminPost("/api/admin/cells/" + cell + "/meetings", "application/json", """
                    {"kind":"THEMATIC","startsAt":"2026-12-12T19:30:00+07:00","place":"Nhà văn hóa","title":"Chuyên đề"}""")
                    .status()).as("new rows after the copied ones").isEqualTo(201);
        }
        assertThat(commands.run(copy, environment)).as("a second copy into a database with rows").isEqualTo(2);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("is not empty");
        try (var connection = DriverManager.getConnection(postgres.get("spring.datasource.url"),
                postgres.get("spring.datasource.username"), postgres.get("spring.datasource.password"));
             ResultSet members = connection.createStatement().executeQuery("SELECT COUNT(*) FROM member")) {
            members.next();
            assertThat(members.getLong(1)).isEqualTo(6);
        }
    }

    private static String[] sqliteAt(Path folder) {
        return new String[] {"spring.datasource.url=jdbc:sqlite:" + folder.resolve("chibo.db")
                + "?journal_mode=WAL&busy_timeout=10000&foreign_keys=true&transaction_mode=IMMEDIATE"};
    }
}
