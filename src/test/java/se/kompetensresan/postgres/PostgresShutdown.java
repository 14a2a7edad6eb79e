package se.kompetensresan.postgres;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Closes the PostgreSQL tests' Spring context and then stops the server when the test run ends. Left to the
 * JVM's shutdown hooks, the server's hook and Spring's run concurrently: a context closing after the server
 * stopped (Camunda runs a command on close) waits for a connection that never comes.
 */
final class PostgresShutdown implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresShutdown.class);

    /** The latest context of the PostgreSQL tests (one, unless Spring's context cache evicted and rebuilt it). */
    private static volatile ConfigurableApplicationContext context;

    @Override
    public void beforeAll(ExtensionContext extension) {
        context = (ConfigurableApplicationContext) SpringExtension.getApplicationContext(extension);
        // the root store closes its resources after the last test of the run
        extension.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(PostgresShutdown.class,
                key -> (ExtensionContext.Store.CloseableResource) PostgresShutdown::closeAll);
    }

    private static void closeAll() {
        ConfigurableApplicationContext c = context;
        if (c != null) {
            c.close();
        }
        EmbeddedPostgresDatabase.stop();
    }
}
