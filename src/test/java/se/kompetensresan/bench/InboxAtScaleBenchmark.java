package se.kompetensresan.bench;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.StatementCounter;

/**
 * The inbox, {@code /journeys} and the company register with 10 000 open journeys, 200 calls each
 * ({@code ./mvnw -Pbench verify}; sizes with {@code -Dbench.openJourneys=10000 -Dbench.calls=200}).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:file:./target/bench/inbox-${random.uuid}")
@ActiveProfiles("test")
class InboxAtScaleBenchmark {

    @Autowired
    ApplicationContext ctx;

    @Test
    void inboxAndStatusListsAgainstTheBareTaskQuery() {
        BenchReport report = new BenchReport("inbox-at-scale", false);
        InboxAtScale.run(ctx, Integer.getInteger("bench.openJourneys", 10_000), Integer.getInteger("bench.calls", 200), report);
        report.write();
    }
}
