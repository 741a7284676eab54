package vn.chibo.common;

/** Which engine a JDBC URL names: SQLite (the embedded default, one instance) or PostgreSQL (one or more). */
public final class DatabaseEngine {

    private DatabaseEngine() {
    }

    public static boolean isPostgres(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:");
    }
}
