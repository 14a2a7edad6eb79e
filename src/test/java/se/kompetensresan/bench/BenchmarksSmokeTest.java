package se.kompetensresan.bench;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
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

    @Test
    void reportingAtScaleBenchmarkGeneratesTheDataAndTheDashboardMatchesTheHandWrittenQuery() {
        BenchReport report = new BenchReport("reporting-at-scale", true);
        var r = ReportingAtScale.run(ctx, new ScaleGenerator.Sizes(20, 100, 2_000), 3,
                java.util.List.of(se.kompetensresan.reporting.ExportFormat.CSV), 0, report);
        report.write();
        assertThat(r.world().rows()).containsEntry("company", 20L).containsEntry("participant", 100L)
                .containsEntry("attendance_day", 2_000L);
        assertThat(r.dashboards()).hasSize(2).allSatisfy(t -> {
            assertThat(t.sameFigures()).as(t.what()).isTrue();
            assertThat(t.figures()).isGreaterThan(10);
        });
        assertThat(r.exports()).hasSize(se.kompetensresan.reporting.ExportKind.values().length)
                .allSatisfy(e -> assertThat(e.rows()).as(e.kind().name()).isPositive());
    }
}
