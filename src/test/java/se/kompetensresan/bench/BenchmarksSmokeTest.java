package se.kompetensresan.bench;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmarks run end to end on tiny sizes in the test command (seconds; nothing is timed against a limit):
 * the code of every benchmark keeps working as the product changes. The figures go to target/bench-smoke/.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(StatementCounter.class)
class BenchmarksSmokeTest {

    @Autowired
    ApplicationContext ctx;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void journeyThroughputBenchmarkWalksWholeJourneysAndTheBareProcess() {
        BenchReport report = new BenchReport("journey-throughput", true);
        var r = JourneyThroughput.run(ctx, 1, 2, report);
        report.write();
        assertThat(r.statementsPerJourney()).isGreaterThan(r.bareStatementsPerJourney());
        assertThat(r.jpaStatementsPerJourney()).isPositive();
        assertThat(r.bareStatementsPerJourney()).isPositive();
    }

    @Test
    void inboxBenchmarkFindsTheOpenJourneysInEveryList() {
        BenchReport report = new BenchReport("inbox-at-scale", true);
        var timings = InboxAtScale.run(ctx, 60, 5, report);
        report.write();
        assertThat(timings).hasSize(3).allSatisfy(t -> assertThat(t.rows()).isPositive());
    }
}
