package se.kompetensresan.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One real PostgreSQL server per test JVM (binaries from Maven Central, no Docker), started on first use, with
 * one database for the PostgreSQL tests' Spring context. {@link PostgresShutdown} stops it at the end of the
 * test run, after that context; the library's own JVM shutdown hook is the fallback.
 */
final class EmbeddedPostgresDatabase {

    static final String DATABASE = "kompetensresan";
    static final String USER = "postgres";

    /** Set once the server runs; read without starting it. */
    private static volatile EmbeddedPostgres running;

    private EmbeddedPostgresDatabase() {
    }

    /** The JDBC URL of the test database (starts the server the first time). */
    static String url() {
        return Holder.URL;
    }

    /** Stops the server if it was started (idempotent). */
    static void stop() {
        EmbeddedPostgres pg = running;
        if (pg != null) {
            try {
                pg.close();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not stop", e);
            }
        }
    }

    /** Lazy, thread-safe start (class initialisation of the holder). */
    private static final class Holder {
        static final EmbeddedPostgres SERVER = start();
        static final String URL = createDatabase();

        private static EmbeddedPostgres start() {
            try {
                // a throwaway server: durability off makes the tests faster
                running = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
                return running;
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }

        private static String createDatabase() {
            try (Connection c = SERVER.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database " + DATABASE);
            } catch (SQLException e) {
                throw new IllegalStateException("could not create the test database", e);
            }
            return SERVER.getJdbcUrl(USER, DATABASE);
        }
    }
}
