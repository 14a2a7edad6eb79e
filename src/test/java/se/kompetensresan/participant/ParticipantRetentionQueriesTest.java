package se.kompetensresan.participant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/** The nightly retention run does not grow with the participants it keeps (statements counted). */
@SpringBootTest
@ActiveProfiles("test")
class ParticipantRetentionQueriesTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ParticipantRetention retention;

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theNightlyRunSendsAsManyStatementsWithTwentyMoreParticipantsStillKept() {
        LedgerWorld world = new LedgerWorld(ctx);
        world.participant("Kvar Ett", true);
        SecurityContextHolder.clearContext();
        long before = StatementCounter.counted(retention::run).statements();

        for (int i = 0; i < 20; i++) {
            world.participant("Kvar " + i, i % 2 == 0);
        }
        SecurityContextHolder.clearContext();
        var after = StatementCounter.counted(retention::run);

        assertThat(after.result()).as("nothing due").isZero();
        assertThat(after.statements()).as("statements of the nightly run").isEqualTo(before);
    }
}
