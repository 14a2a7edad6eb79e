package se.kompetensresan.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server (binaries from Maven Central, no Docker) for one PostgreSQL test class at a time, started
 * on first use with one database for that class's Spring context. {@link PostgresShutdown} stops it after the
 * class, once Spring has closed the context; the library's own JVM shutdown hook is the fallback.
 */
final class EmbeddedPostgresDatabase {

    static final String DATABASE = "kompetensresan";
    static final String USER = "postgres";

    private static EmbeddedPostgres running;
    private static String url;

    private EmbeddedPostgresDatabase() {
    }

    /** The JDBC URL of the test database (starts the server if none runs). */
    static synchronized String url() {
        if (running == null) {
            try {
                // a throwaway server: durability off makes the tests faster
                running = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            try (Connection c = running.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database " + DATABASE);
            } catch (SQLException e) {
                throw new IllegalStateException("could not create the test database", e);
            }
            url = running.getJdbcUrl(USER, DATABASE);
        }
        return url;
    }

    /** Stops the server if one runs (idempotent); the next {@link #url()} starts a fresh one. */
    static synchronized void stop() {
        EmbeddedPostgres pg = running;
        running = null;
        url = null;
        if (pg != null) {
            try {
                pg.close();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not stop", e);
            }
        }
    }
}
