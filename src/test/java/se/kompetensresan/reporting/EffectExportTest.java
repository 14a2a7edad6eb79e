package se.kompetensresan.reporting;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.security.AccessRefusedException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Effektmätning and the Förteckning över planerade inköp of the {@link EffectWorld}, opened back with POI or
 * commons-csv (through {@link ExportServiceTest}'s readers) and read cell by cell.
 */
@SpringBootTest
@ActiveProfiles("test")
class EffectExportTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ExportService exports;

    EffectWorld world;

    @BeforeEach
    void setUp() {
        world = new EffectWorld(ctx);
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    private byte[] export(ReportFilter f, ExportKind kind, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.write(f, kind, format, out, null);
        return out.toByteArray();
    }

    private String org(se.kompetensresan.company.CompanyInfo c) {
        String d = c.organisationNumber().digits();
        return d.substring(0, 6) + "-" + d.substring(6);
    }

    @Test
    void theEffectFileHasTheSelectionEachAreaThePlansAreasEachDelprojektCountyAndCompanyArea() throws IOException {
        world.w.runAs(world.w.admin);
        List<List<String>> rows = ExportServiceTest.xlsx(export(world.q2(), ExportKind.EFFECT, ExportFormat.XLSX));
        String spA = world.w.subprojectA.name();
        String spB = world.w.subprojectB.name();
        boolean aFirst = world.w.subprojectA.id() < world.w.subprojectB.id();
        List<String> dpA = List.of("Delprojekt", "", spA, "", "", "", "1", "", "", "1", "1", "100", "3", "1", "2");
        List<String> dpB = List.of("Delprojekt", "", spB, "", "", "", "1", "", "", "1", "1", "100", "3", "3", "0");
        assertThat(rows).containsExactly(
                ExportService.EFFECT_HEADERS,
                List.of("Urval", "", "", "", "", "", "2", "", "", "", "2", "100"),
                List.of("Kompetensområde", "Svetsning", "", "", "", "", "2", "1.5", "3", "1.5", "2", "100", "2", "1", "1",
                        "", "1", "1"),
                List.of("Kompetensområde", "Lean och ständiga förbättringar", "", "", "", "", "2", "1.5", "2", "0.5", "1",
                        "50", "4", "3", "1", "", "1", "0"),
                List.of("Områden i utvecklingsplanen", "", "", "", "", "", "2", "", "", "", "", "", "5", "2", "3", "Ja"),
                List.of("Övriga områden", "", "", "", "", "", "2", "", "", "", "", "", "1", "2", "-1", "Nej"),
                aFirst ? dpA : dpB,
                aFirst ? dpB : dpA,
                List.of("Län", "", "", "Uppsala län", "", "", "1", "", "", "1", "1", "100", "3", "3", "0"),
                List.of("Län", "", "", "Örebro län", "", "", "1", "", "", "1", "1", "100", "3", "1", "2"),
                // company areas by company name: B ("=HYPERLINK…", escaped) before A
                List.of("Företag", "Svetsning", spB, "Uppsala län", "'" + world.injectionName, org(world.w.companyB), "1",
                        "2", "3", "1", "1", "", "0", "1", "-1", "Nej"),
                List.of("Företag", "Lean och ständiga förbättringar", spB, "Uppsala län", "'" + world.injectionName,
                        org(world.w.companyB), "1", "1", "2", "1", "1", "", "3", "2", "1", "Ja"),
                List.of("Företag", "Svetsning", spA, "Örebro län", world.w.companyA.name(), org(world.w.companyA), "1",
                        "1", "3", "2", "1", "", "2", "0", "2", "Ja"),
                List.of("Företag", "Lean och ständiga förbättringar", spA, "Örebro län", world.w.companyA.name(),
                        org(world.w.companyA), "1", "2", "2", "0", "0", "", "1", "1", "0", "Nej"));
        assertThat(exports.fileName(world.q2(), ExportKind.EFFECT, ExportFormat.CSV)).isEqualTo("Effektmatning_"
                + world.w.project.caseNumber().replace('/', '-') + "_2026-04-01_2026-06-30.csv");
    }

    @Test
    void aFormulaInACompanyNameComesBackAsTextInBothFormats() throws IOException {
        world.w.runAs(world.w.admin);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                export(world.q2(), ExportKind.PLANNED_PURCHASES, ExportFormat.XLSX)))) {
            Cell name = null;
            for (Row r : book.getSheetAt(0)) {
                Cell c = r.getCell(3);
                if (c != null && c.getStringCellValue().contains("HYPERLINK")) {
                    name = c;
                }
            }
            assertThat(name).isNotNull();
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo("'" + world.injectionName);
        }
        List<List<String>> rows = ExportServiceTest.csv(export(world.q2(), ExportKind.EFFECT, ExportFormat.CSV));
        assertThat(rows.get(0)).containsExactlyElementsOf(ExportService.EFFECT_HEADERS);
        assertThat(rows).extracting(r -> r.size() > 4 ? r.get(4) : "").contains("'" + world.injectionName)
                .doesNotContain(world.injectionName);
        // csv: decimals with a comma, as Swedish Excel reads them
        assertThat(rows.get(2).subList(0, 12)).containsExactly("Kompetensområde", "Svetsning", "", "", "", "", "2",
                "1,50", "3,00", "1,50", "2", "100,0");
    }

    @Test
    void thePlannedPurchasesListTheCompaniesWithANeedUnderTheRulesProposalForTheirArea() throws IOException {
        world.w.runAs(world.w.admin);
        List<List<String>> rows = ExportServiceTest.csv(export(world.q2(), ExportKind.PLANNED_PURCHASES, ExportFormat.CSV));
        assertThat(rows.get(0)).containsExactly("Kompetensområde", "Förslag", "Företag med behov i området", "Företag",
                "Organisationsnummer", "Delprojekt", "Län", "Gap", "Berörda medarbetare", "Planerade aktiviteter",
                "Planerade deltagare", "Beräknad kostnad (kr)");
        String open = "Gemensam öppen utbildning (minst 5 företag med gap ≥ 2)";
        String own = "Företagsspecifik upphandling (färre än 5 företag med gap ≥ 2)";
        String spA = world.w.subprojectA.name();
        // welding: A, A2, A3, A4, A5 by name (A6 submitted after the period); lean: only B (A's gap is 1)
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0) + " | " + r.get(1) + " | " + r.get(2) + " | "
                + r.get(3) + " | " + r.get(7) + " | " + r.get(8) + " | " + r.get(9) + " | " + r.get(10) + " | " + r.get(11))
                .containsExactly(
                        "Svetsning | " + open + " | 5 | " + world.w.companyA.name() + " | 2 | 4 | 1 | 3 | 12000,00",
                        "Svetsning | " + open + " | 5 | Verkstad A2 " + world.w.key + " | 3 | 3 | 0 | 0 | ",
                        "Svetsning | " + open + " | 5 | Verkstad A3 " + world.w.key + " | 2 | 2 | 0 | 0 | ",
                        "Svetsning | " + open + " | 5 | Verkstad A4 " + world.w.key + " | 2 | 1 | 0 | 0 | ",
                        "Svetsning | " + open + " | 5 | Verkstad A5 " + world.w.key + " | 2 | 0 | 0 | 0 | ",
                        "Lean och ständiga förbättringar | " + own + " | 1 | '" + world.injectionName + " | 3 | 6 | 1 | 2 | 8000,00");
        assertThat(rows.get(1).subList(4, 7)).containsExactly(org(world.w.companyA), spA, "Örebro län");
        assertThat(rows.get(6).subList(5, 7)).containsExactly(world.w.subprojectB.name(), "Uppsala län");
    }

    @Test
    void aSelectionWithoutFollowUpsStillNamesThePlansAreasAndTheOthers() throws IOException {
        world.w.runAs(world.w.admin);
        List<List<String>> rows = ExportServiceTest.xlsx(export(world.q2().withSubproject(world.w.subprojectA.id())
                .withCounty("03"), ExportKind.EFFECT, ExportFormat.XLSX));
        assertThat(rows).containsExactly(ExportService.EFFECT_HEADERS,
                List.of("Urval", "", "", "", "", "", "0", "", "", "", "0"),
                List.of("Områden i utvecklingsplanen", "", "", "", "", "", "0", "", "", "", "", "", "0", "0", "0", "Ja"),
                List.of("Övriga områden", "", "", "", "", "", "0", "", "", "", "", "", "0", "0", "0", "Nej"));
    }

    @Test
    void aCoachOrAManagerOfAnotherDelprojektGetsNoFileOfIt() {
        world.w.runAs(world.w.coachA);
        assertThatThrownBy(() -> export(world.q2(), ExportKind.EFFECT, ExportFormat.CSV)).isInstanceOf(AccessRefusedException.class);
        world.w.runAs(world.w.managerA);
        ReportFilter b = world.q2().withSubproject(world.w.subprojectB.id());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> exports.write(b, ExportKind.PLANNED_PURCHASES, ExportFormat.CSV, out, null))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(out.size()).isZero();
        // the whole project: manager A's delprojekt only, nothing of B
        String all = new String(export(world.q2(), ExportKind.EFFECT, ExportFormat.CSV), java.nio.charset.StandardCharsets.UTF_8)
                + new String(export(world.q2(), ExportKind.PLANNED_PURCHASES, ExportFormat.CSV), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(all).contains(world.w.companyA.name()).doesNotContain("HYPERLINK")
                .doesNotContain(world.w.subprojectB.name());
    }
}
