package se.kompetensresan.reporting;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kompetensresan.KaribuTest;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard and the list behind a figure as manager A sees Q2 2026 of the reporting fixture (company A: Anna and
 * Berit, Carl (ended in May) and David; Berit and David started in the period): counts of people take the singular
 * for one, and a list of women and men says how many of each.
 */
class ReportingViewsTest extends KaribuTest {

    ReportingWorld world;

    @BeforeEach
    void setUp() {
        world = new ReportingWorld(ctx);
    }

    @AfterEach
    void tearDown() {
        world.removeTasks();
    }

    private void open(String route, String more) {
        login(world.w.managerA);
        UI.getCurrent().setLocale(Locale.forLanguageTag("sv"));
        UI.getCurrent().navigate(route, QueryParameters.fromString("project=" + world.w.project.id()
                + "&from=2026-04-01&to=2026-06-30" + more));
    }

    @Test
    void countsOfOnePersonTakeTheSingularOnTheDashboard() {
        open("dashboard", "");
        assertThat(_get(Anchor.class, s -> s.withId("dashboard-participants-started-women")).getText()).isEqualTo("1 kvinna");
        assertThat(_get(Anchor.class, s -> s.withId("dashboard-participants-started-men")).getText()).isEqualTo("1 man");
        assertThat(_get(Anchor.class, s -> s.withId("dashboard-participants-ended-women")).getText()).isEqualTo("0 kvinnor");
        assertThat(_get(Anchor.class, s -> s.withId("dashboard-participants-total-men")).getText()).isEqualTo("2 män");
    }

    @Test
    void theListBehindATotalSaysHowManyWomenAndMenItHolds() {
        open("dashboard/participants", "&state=TOTAL");
        assertThat(_get(Paragraph.class, s -> s.withId("report-participants-count")).getText()).isEqualTo(
                "4 deltagare (kvinnor och män, totalt till periodens slut), perioden 2026-04-01 – 2026-06-30 "
                        + "Varav 2 kvinnor och 2 män.");
    }
}
