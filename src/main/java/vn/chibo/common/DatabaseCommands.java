package vn.chibo.common;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConnection;

/**
 * Commands an operator runs with the jar instead of the bot ({@code java -jar chibo-bot.jar <command>}), without
 * starting it: nothing is sent, no job runs.
 * <ul>
 *   <li>{@code backup <file>}: a consistent copy of the SQLite database while the bot runs (SQLite's online
 *   backup), checked by SQLite's integrity check and row counts;</li>
 *   <li>{@code copy-to-postgresql [sqlite file]}: every row of a SQLite database into the empty PostgreSQL database
 *   that {@code SPRING_DATASOURCE_URL}, {@code _USERNAME}, {@code _PASSWORD} name, migrated first, in one
 *   transaction, checked table by table by counting.</li>
 * </ul>
 * Table and column names come from the databases' own catalogues, never from what the operator typed.
 */
public final class DatabaseCommands {

    static final String BACKUP = "backup";
    static final String COPY = "copy-to-postgresql";
    private static final int BATCH = 1000;
    private static final Set<String> NOT_COPIED = Set.of("flyway_schema_history", "sqlite_sequence");

    private final PrintStream out;

    public DatabaseCommands(PrintStream out) {
        this.out = out;
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && (args[0].equals(BACKUP) || args[0].equals(COPY));
    }

    /** Runs the command; the exit status: 0 done and checked, 1 failed, 2 wrong use. */
    public int run(String[] args, Map<String, String> environment) {
        try {
            if (args[0].equals(BACKUP)) {
                if (args.length != 2) {
                    out.println("Usage: java -jar chibo-bot.jar backup <backup file> (SQLite: CHIBO_DATABASE_PATH or data/chibo.db)");
                    return 2;
                }
                return backup(sqliteFile(environment, null), Path.of(args[1]));
            }
            String url = environment.getOrDefault("SPRING_DATASOURCE_URL", "");
            if (!DatabaseEngine.isPostgres(url)) {
                out.println("Set SPRING_DATASOURCE_URL=jdbc:postgresql://host:5432/chibo (and _USERNAME, _PASSWORD) first.");
                return 2;
            }
            return copy(sqliteFile(environment, args.length > 1 ? args[1] : null), url,
                    environment.get("SPRING_DATASOURCE_USERNAME"), environment.get("SPRING_DATASOURCE_PASSWORD"));
        } catch (SQLException | RuntimeException e) {
            out.println("Failed: " + e.getMessage());
            return 1;
        }
    }

    private static Path sqliteFile(Map<String, String> environment, String given) {
        return Path.of(Optional.ofNullable(given).orElse(environment.getOrDefault("CHIBO_DATABASE_PATH", "data/chibo.db")));
    }

    private int backup(Path database, Path target) throws SQLException {
        if (!Files.isRegularFile(database)) {
            out.println("No SQLite database at " + database.toAbsolutePath());
            return 2;
        }
        try (Connection source = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            int status = source.unwrap(SQLiteConnection.class).getDatabase()
                    .backup("main", target.toAbsolutePath().toString(), null);
            if (status != 0) {
                out.println("SQLite backup failed with status " + status);
                return 1;
            }
        }
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + target.toAbsolutePath() + "?open_mode=1");
             Connection live = DriverManager.getConnection("jdbc:sqlite:" + database + "?open_mode=1")) {
            try (ResultSet check = copy.createStatement().executeQuery("PRAGMA integrity_check")) {
                check.next();
                if (!"ok".equals(check.getString(1))) {
                    out.println("The backup is damaged: " + check.getString(1));
                    return 1;
                }
            }
            for (String table : List.of("member", "org_unit", "meeting", "outbox_message")) {
                out.printf("%-16s %10d rows in the backup (%d now)%n", table, count(copy, table), count(live, table));
            }
        }
        out.println("Backup written to " + target.toAbsolutePath() + " and checked (integrity ok).");
        return 0;
    }

    private int copy(Path database, String url, String user, String password) throws SQLException {
        if (!Files.isRegularFile(database)) {
            out.println("No SQLite database at " + database.toAbsolutePath());
            return 2;
        }
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration/postgresql").load().migrate();
        try (Connection from = DriverManager.getConnection("jdbc:sqlite:" + database + "?open_mode=1");
             Connection to = DriverManager.getConnection(url, user, password)) {
            List<String> tables = inDependencyOrder(from);
            to.setAutoCommit(false);
            for (String table : tables) {
                if (count(to, table) > 0) {
                    out.println("The PostgreSQL database is not empty (" + table + " has rows); nothing was copied.");
                    return 2;
                }
            }
            for (String table : tables) {
                copyTable(from, to, table);
            }
            resetIdentities(to, tables);
            boolean same = true;
            for (String table : tables) {
                long source = count(from, table);
                long copied = count(to, table);
                same &= source == copied;
                out.printf("%-28s %10d -> %10d %s%n", table, source, copied, source == copied ? "ok" : "DIFFERENT");
            }
            if (!same) {
                to.rollback();
                out.println("Counts differ; nothing was kept.");
                return 1;
            }
            to.commit();
        }
        out.println("Copied and checked. Start the bot with the same SPRING_DATASOURCE_* settings.");
        return 0;
    }

    /** Tables the app made, each after the tables it refers to. */
    private static List<String> inDependencyOrder(Connection sqlite) throws SQLException {
        var references = new LinkedHashMap<String, Set<String>>();
        try (ResultSet tables = sqlite.createStatement().executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (tables.next()) {
                String table = tables.getString(1);
                if (!NOT_COPIED.contains(table) && !table.startsWith("sqlite_")) {
                    references.put(table, new LinkedHashSet<>());
                }
            }
        }
        DatabaseMetaData catalogue = sqlite.getMetaData();
        for (String table : references.keySet()) {
            try (ResultSet keys = catalogue.getImportedKeys(null, null, table)) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME");
                    if (!parent.equals(table)) {
                        references.get(table).add(parent);
                    }
                }
            }
        }
        var ordered = new ArrayList<String>();
        var placed = new LinkedHashSet<String>();
        while (placed.size() < references.size()) {
            boolean progress = false;
            for (var entry : references.entrySet()) {
                if (!placed.contains(entry.getKey()) && placed.containsAll(entry.getValue())) {
                    placed.add(entry.getKey());
                    ordered.add(entry.getKey());
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("Tables refer to each other in a circle: " + references);
            }
        }
        return ordered;
    }

    private static void copyTable(Connection from, Connection to, String table) throws SQLException {
        Map<String, Integer> targetTypes = new HashMap<>();
        try (ResultSet columns = to.getMetaData().getColumns(null, null, table, null)) {
            while (columns.next()) {
                targetTypes.put(columns.getString("COLUMN_NAME"), columns.getInt("DATA_TYPE"));
            }
        }
        try (var read = from.createStatement(); ResultSet rows = read.executeQuery("SELECT * FROM " + table)) {
            int width = rows.getMetaData().getColumnCount();
            var names = new ArrayList<String>();
            for (int i = 1; i <= width; i++) {
                names.add(rows.getMetaData().getColumnName(i));
            }
            String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", names.stream().map(name -> "?").toList()) + ")";
            try (PreparedStatement write = to.prepareStatement(insert)) {
                int pending = 0;
                while (rows.next()) {
                    for (int i = 1; i <= width; i++) {
                        set(write, i, rows, targetTypes.getOrDefault(names.get(i - 1), Types.OTHER));
                    }
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    write.executeBatch();
                }
            }
        }
    }

    /** SQLite keeps booleans as 0/1 and everything loosely typed; PostgreSQL takes each as its column says. */
    private static void set(PreparedStatement write, int index, ResultSet rows, int targetType) throws SQLException {
        Object value = rows.getObject(index);
        if (value == null) {
            write.setNull(index, targetType);
        } else if (targetType == Types.BIT || targetType == Types.BOOLEAN) {
            write.setBoolean(index, rows.getInt(index) != 0);
        } else if (targetType == Types.BINARY || targetType == Types.VARBINARY || targetType == Types.LONGVARBINARY) {
            write.setBytes(index, rows.getBytes(index));
        } else if (targetType == Types.BIGINT || targetType == Types.INTEGER || targetType == Types.SMALLINT) {
            write.setLong(index, rows.getLong(index));
        } else if (targetType == Types.DOUBLE || targetType == Types.REAL || targetType == Types.FLOAT) {
            write.setDouble(index, rows.getDouble(index));
        } else {
            write.setString(index, rows.getString(index));
        }
    }

    /** Identity columns go on from the largest id copied, so new rows do not collide with copied ones. */
    private static void resetIdentities(Connection to, List<String> tables) throws SQLException {
        for (String table : tables) {
            try (ResultSet idColumn = to.getMetaData().getColumns(null, null, table, "id")) {
                if (!idColumn.next()) {
                    continue;
                }
            }
            try (PreparedStatement sequence = to.prepareStatement("SELECT pg_get_serial_sequence(?, 'id')")) {
                sequence.setString(1, table);
                try (ResultSet found = sequence.executeQuery()) {
                    if (!found.next() || found.getString(1) == null) {
                        continue;
                    }
                    try (PreparedStatement reset = to.prepareStatement(
                            "SELECT setval(?, (SELECT COALESCE(MAX(id), 0) + 1 FROM " + table + "), false)")) {
                        reset.setString(1, found.getString(1));
                        reset.executeQuery().close();
                    }
                }
            }
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
