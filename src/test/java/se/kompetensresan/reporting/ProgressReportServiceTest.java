package se.kompetensresan.reporting;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.shared.UserMessageException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lägesrapport draft of Q2 2026 in the {@link ReportingWorld}, its versions and its docx. */
@SpringBootTest
@ActiveProfiles("test")
class ProgressReportServiceTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ProgressReportService reports;

    ReportingWorld world;

    @BeforeEach
    void setUp() {
        world = new ReportingWorld(ctx);
    }

    @AfterEach
    void tearDown() {
        world.removeTasks();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theDraftOfTheQuarterStatesThePeriodsFactsUnderEveryHeading() {
        world.w.runAs(world.w.admin);
        ProgressReport r = reports.draft(world.q2());
        assertThat(r.version()).isZero();
        assertThat(r.facts().get(ProgressHeading.ACTIVITIES)).startsWith("2 utbildningsaktiviteter pågick under perioden: ")
                .contains("Svets MIG/MAG (Svetsskolan, 2026-03-30 – 2026-06-12)", "Lean i praktiken (Lernia");
        assertThat(r.facts().get(ProgressHeading.COMPANIES)).isEqualTo("2 företag anslutna till periodens slut (mål 10). "
                + "Per fas: kartläggning 1, utbildning 1. Kartläggningen besvarad av 1 av 2 företag (50.0 %).");
        assertThat(r.facts().get(ProgressHeading.PARTICIPANTS)).isEqualTo("Startade under perioden: 2 kvinnor och 2 män. "
                + "Avslutade under perioden: 0 kvinnor och 1 man. Totalt 6 deltagare (3 kvinnor och 3 män) av planerade 100. "
                + "Timmar under perioden: rapporterade 28 (kvinnor 21, män 7), attesterade 17 (kvinnor 10, män 7), "
                + "bestridda 8 (kvinnor 8, män 0).");
        assertThat(r.facts().get(ProgressHeading.CO_FINANCING)).isEqualTo("Medfinansiering under perioden: 10200 kr "
                + "(kvinnor 6000 kr, män 4200 kr). Ackumulerat 15200 kr av planerade 400000 kr (3.8 %).");
        assertThat(r.facts().get(ProgressHeading.DEVIATIONS)).contains("Andelen kvinnor (50.0 %) avviker mer än 5 "
                + "procentenheter från planerade 20 %.", "Deltagarna (6) ligger under planen", "Medfinansieringen (15200 kr) ligger under planen");
        assertThat(r.facts().get(ProgressHeading.HORIZONTAL)).contains("andelen kvinnor bland deltagarna är 50.0 % (planerat 20 %)",
                "under 30 år 1 kvinna och 0 män", "55 år och äldre 0 kvinnor och 1 man");
        // a first draft's narratives start from the facts
        assertThat(r.narratives()).isEqualTo(r.facts());
    }

    @Test
    void everySaveIsANewVersionAndTheDocxHoldsTheLatestNarrative() throws Exception {
        world.w.runAs(world.w.managerA);
        ReportFilter f = world.q2().withSubproject(world.w.subprojectA.id());
        Map<ProgressHeading, String> texts = new EnumMap<>(reports.draft(f).narratives());
        texts.put(ProgressHeading.DEVIATIONS, "Rekryteringen av kvinnor går bättre än planerat.");
        assertThat(reports.save(f, texts).version()).isEqualTo(1);
        texts.put(ProgressHeading.DEVIATIONS, "Andra versionen.\nMed två rader.");
        ProgressReport second = reports.save(f, texts);
        assertThat(second.version()).isEqualTo(2);
        String managerName = ctx.getBean(se.kompetensresan.security.UserService.class).findAccount(world.w.managerA)
                .orElseThrow().name();
        assertThat(second.savedBy()).as("the person's name, not the username").isEqualTo(managerName)
                .isNotEqualTo(world.w.managerA);
        assertThat(reports.versions(f)).extracting(ProgressReport.Version::savedBy).containsOnly(managerName);
        assertThat(reports.draft(f).narratives().get(ProgressHeading.DEVIATIONS)).isEqualTo("Andra versionen.\nMed två rader.");
        assertThat(reports.versions(f)).extracting(ProgressReport.Version::version).containsExactly(2, 1);
        // the whole project's report is another report, still unsaved
        world.w.runAs(world.w.admin);
        assertThat(reports.draft(world.q2()).version()).isZero();

        world.w.runAs(world.w.managerA);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.docx(f, out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains(
                    "Lägesrapport " + world.w.project.name(), "Avvikelser mot plan", "Andra versionen.", "Med två rader.",
                    "Horisontella principer");
        }
        assertThat(reports.fileName(f)).endsWith("_2026-04-01_2026-06-30_v2.docx").startsWith("Lagesrapport_");
    }

    @Test
    void aTooLongNarrativeIsRefusedAndOnlyManagersAndAdminsOfTheProjectMayDraft() {
        world.w.runAs(world.w.admin);
        Map<ProgressHeading, String> texts = new EnumMap<>(ProgressHeading.class);
        texts.put(ProgressHeading.HORIZONTAL, "x".repeat(ProgressReportService.MAX_NARRATIVE + 1));
        assertThatThrownBy(() -> reports.save(world.q2(), texts)).isInstanceOf(UserMessageException.class)
                .extracting("messageKey").isEqualTo("reporting.progress.error.length.HORIZONTAL");
        assertThat(reports.versions(world.q2())).isEmpty();
        world.w.runAs(world.w.coachA);
        assertThatThrownBy(() -> reports.draft(world.q2())).isInstanceOf(AccessRefusedException.class);
        world.w.runAs(world.w.managerA);
        assertThatThrownBy(() -> reports.draft(world.q2().withSubproject(world.w.subprojectB.id())))
                .isInstanceOf(AccessRefusedException.class);
    }
}
