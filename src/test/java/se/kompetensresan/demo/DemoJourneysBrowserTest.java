package se.kompetensresan.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import se.kompetensresan.BrowserTest;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo world the README's start command shows walks every journey to its stage without stopping early (it
 * once stopped at the ledger's 13-hour day). The same properties as the accessibility tests' demo world, so the
 * two share one application context.
 */
@TestPropertySource(properties = {"kompetensresan.demo.enabled=true", "kompetensresan.demo.password=demo"})
class DemoJourneysBrowserTest extends BrowserTest {

    @Autowired
    DemoJourneys demoJourneys;

    @Test
    void theDemoJourneysAllReachTheirStage() throws Exception {
        assertThat(demoJourneys.outcome().handle((ok, failure) -> failure).get(3, TimeUnit.MINUTES))
                .as("what stopped the demo journeys").isNull();
    }
}
