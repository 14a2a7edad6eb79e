package se.kompetensresan.bench;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.StatementCounter;

/**
 * Journey throughput on an H2 file database with history full ({@code ./mvnw -Pbench verify}; sizes with
 * {@code -Dbench.journeys=500 -Dbench.warmup=50}). Not part of the test command (surefire runs *Test classes).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:file:./target/bench/journeys-${random.uuid}")
@ActiveProfiles("test")
class JourneyThroughputBenchmark {

    @Autowired
    ApplicationContext ctx;

    @Test
    void journeysThroughTheRealServicesAgainstTheBareEngine() {
        BenchReport report = new BenchReport("journey-throughput", false);
        JourneyThroughput.run(ctx, Integer.getInteger("bench.warmup", 50), Integer.getInteger("bench.journeys", 500), report);
        report.write();
    }
}
