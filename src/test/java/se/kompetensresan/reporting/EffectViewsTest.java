package se.kompetensresan.reporting;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kompetensresan.KaribuTest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Effekt and Behov och upphandling pages on the {@link EffectWorld} for Q2 2026: manager A sees delprojekt A
 * (company A with its follow-up; A–A5 with their kartläggning), a coach sees the same without the download.
 */
class EffectViewsTest extends KaribuTest {

    EffectWorld world;

    @BeforeEach
    void setUp() {
        world = new EffectWorld(ctx);
    }

    private void open(String user, String route) {
        login(user);
        UI.getCurrent().setLocale(Locale.forLanguageTag("sv"));
        UI.getCurrent().navigate(route, QueryParameters.fromString("project=" + world.w.project.id()
                + "&from=2026-04-01&to=2026-06-30"));
    }

    /** The texts of the body row whose header cell is the given text. */
    private static List<String> row(String tableId, String header) {
        NativeTable t = _get(NativeTable.class, s -> s.withId(tableId));
        return t.getBody().getChildren().map(NativeTableRow.class::cast)
                .map(r -> r.getChildren().map(c -> c.getElement().getTextRecursively().replace('\u00a0', ' ')
                        .replace('\u202f', ' ')).toList())
                .filter(cells -> cells.get(0).equals(header)).findFirst().orElseThrow();
    }

    @Test
    void theEffectPageShowsTheChangePerAreaStegförflyttningAndThePlansAreasOfTheManagersDelprojekt() {
        open(world.w.managerA, "dashboard/effect");
        assertThat(_find(H1.class)).hasSize(1);
        assertThat(_find(H2.class)).extracting(H2::getText).contains("Per kompetensområde", "Per delprojekt", "Per län",
                "Per företag", "Effektmätning");
        assertThat(_get(Paragraph.class, s -> s.withId("effect-scope")).getText()).isEqualTo(world.w.project.name() + " ("
                + world.w.project.caseNumber() + "): 1 företag med uppföljning inlämnad senast 2026-06-30, varav 1 (100,0 %)"
                + " med stegförflyttning i minst ett kompetensområde.");
        assertThat(row("effect-areas", "Svetsning")).containsExactly("Svetsning", "1", "1,00", "3,00", "+2,00",
                "1 (100,0 %)", "2 av 2 nivåer (100,0 %)", "–", "1 kvinna", "1 man");
        assertThat(row("effect-areas", "Lean och ständiga förbättringar")).containsExactly(
                "Lean och ständiga förbättringar", "1", "2,00", "2,00", "0,00", "0 (0,0 %)", "–", "0 av 1 nivåer (0,0 %)",
                "0 kvinnor", "0 män");
        assertThat(row("effect-plan", "Områden i utvecklingsplanen")).containsExactly("Områden i utvecklingsplanen", "1",
                "2", "0", "2", "100,0 %");
        assertThat(row("effect-counties", "Örebro län").subList(0, 3)).containsExactly("Örebro län", "1", "1 (100,0 %)");
        // the chart's own table and summary (for screen readers) hold the same averages
        assertThat(_get(se.kompetensresan.survey.ComparisonChart.class, s -> s.withId("effect-chart"))
                .getElement().getTextRecursively()).contains("Svetsning", "1,0", "3,0");
        // nothing of delprojekt B
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("HYPERLINK")
                .doesNotContain(world.w.subprojectB.name());
        assertThat(_find(Button.class, s -> s.withId("export-EFFECT-xlsx"))).hasSize(1);
    }

    @Test
    void theEffectFileDownloadsFromThePage() throws Exception {
        open(world.w.managerA, "dashboard/effect");
        _click(_get(Button.class, s -> s.withId("export-EFFECT-csv")));
        long until = System.currentTimeMillis() + 20_000;
        while (_find(Anchor.class, s -> s.withId("export-EFFECT-csv-download")).isEmpty()
                && System.currentTimeMillis() < until) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip();
        }
        // manager A's rows: the selection, 2 areas, the plan's areas and the others, 1 delprojekt, 1 county, 2 company areas
        assertThat(_get(Anchor.class, s -> s.withId("export-EFFECT-csv-download")).getText()).isEqualTo("Ladda ned Effektmatning_"
                + world.w.project.caseNumber().replace('/', '-') + "_2026-04-01_2026-06-30.csv (9 rader)");
    }

    @Test
    void theDemandPageShowsTheRulesThresholdsAndItsProposalPerArea() {
        open(world.w.managerA, "dashboard/demand");
        assertThat(_find(H1.class)).extracting(H1::getText).containsExactly("Behov och upphandling");
        assertThat(_get(Paragraph.class, s -> s.withId("demand-rule")).getText()).startsWith(
                "Regel: har minst 5 företag ett gap på minst 2 nivåer i ett område föreslås en gemensam öppen utbildning");
        assertThat(_get(Paragraph.class, s -> s.withId("demand-scope")).getText()).endsWith(
                ": 5 företag med kartläggning inlämnad senast 2026-06-30.");
        assertThat(row("demand-areas", "Svetsning")).containsExactly("Svetsning", "5", "5", "10",
                "Gemensam öppen utbildning", "1", "3", "12 000 kr", "1 kvinna, 1 man");
        // manager A does not see B's lean need: A's own gap of 1 is no need
        assertThat(row("demand-areas", "Lean och ständiga förbättringar").subList(0, 5)).containsExactly(
                "Lean och ständiga förbättringar", "1", "0", "2", "Inget inköp");
        assertThat(row("demand-areas", "Automation och robotik").subList(0, 5)).containsExactly("Automation och robotik", "1", "0", "7",
                "Inget inköp");
        // the chart's own table and summary (for screen readers) name the rule's threshold and the figures
        assertThat(_get(se.kompetensresan.survey.DemandChart.class, s -> s.withId("demand-chart")).getElement()
                .getTextRecursively()).contains("Företag med gap ≥ 2", "Svetsning", "10");
        assertThat(_find(Button.class, s -> s.withId("export-PLANNED_PURCHASES-csv"))).hasSize(1);
    }

    @Test
    void aCoachSeesTheFiguresButNoDownload() {
        open(world.w.coachA, "dashboard/demand");
        assertThat(_get(Span.class, s -> s.withId("demand-proposal-WELDING")).getText()).isEqualTo("Gemensam öppen utbildning");
        assertThat(_find(Button.class, s -> s.withId("export-PLANNED_PURCHASES-csv"))).isEmpty();
        open(world.w.coachA, "dashboard/effect");
        assertThat(_find(Button.class, s -> s.withId("export-EFFECT-csv"))).isEmpty();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsShownBesideTheEndDate() {
        open(world.w.managerA, "dashboard/effect");
        _get(DatePicker.class, s -> s.withId("effect-to")).setValue(LocalDate.of(2026, 3, 1));
        _click(_get(Button.class, s -> s.withId("effect-apply")));
        DatePicker to = _get(DatePicker.class, s -> s.withId("effect-to"));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("Ange en period där slutdatum inte ligger före startdatum.");
    }
}
