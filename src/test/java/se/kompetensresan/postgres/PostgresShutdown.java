package se.kompetensresan.postgres;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Stops the embedded server after a PostgreSQL test class, once Spring has closed that class's context
 * ({@code @DirtiesContext} on {@link PostgresTest}; this extension is declared before the Spring one, so its
 * after-all runs after Spring's). Left to the JVM's shutdown hooks, the server's hook and Spring's would run
 * concurrently, and a context closing after the server stopped (Camunda runs a command on close) waits for a
 * connection that never comes. Per class rather than per test run: the test JVMs take classes one by one.
 */
final class PostgresShutdown implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext extension) {
        EmbeddedPostgresDatabase.stop();
    }
}
