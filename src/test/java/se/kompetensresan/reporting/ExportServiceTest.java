package se.kompetensresan.reporting;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each export of the {@link ReportingWorld} opened back with POI or commons-csv and read cell by cell. */
@SpringBootTest
@ActiveProfiles("test")
class ExportServiceTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ExportService exports;

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

    private byte[] export(ReportFilter f, ExportKind kind, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.write(f, kind, format, out, null);
        return out.toByteArray();
    }

    /** The first sheet as text (numbers as the spreadsheet shows them). */
    static List<List<String>> xlsx(byte[] file) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter fmt = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row r : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.getLastCellNum(); i++) {
                    Cell c = r.getCell(i);
                    assertThat(c == null || c.getCellType() != CellType.FORMULA).as("no formulas in an export").isTrue();
                    cells.add(c == null ? "" : fmt.formatCellValue(c));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    static List<List<String>> csv(byte[] file) throws IOException {
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\ufeff");
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord r : CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(new StringReader(text.substring(1)))) {
            rows.add(r.toList());
        }
        return rows;
    }

    private List<String> numbers() {
        return List.of(world.anna, world.berit, world.carl, world.david, world.frida, world.gustav).stream()
                .map(world::pnr).toList();
    }

    @Test
    void theParticipantListHasSwedishHeadersFullNumbersAndIsAuditLogged() throws IOException {
        world.w.runAs(world.w.admin);
        int logged = world.jdbc.queryForObject("select count(*) from personal_number_access", Integer.class);
        List<List<String>> rows = xlsx(export(world.q2(), ExportKind.PARTICIPANTS, ExportFormat.XLSX));
        assertThat(rows.get(0)).containsExactly("Namn", "Personnummer", "Kön", "Arbetsgivare", "Organisationsnummer",
                "Startdatum", "Slutdatum", "Aktiviteter");
        // active some time in Q2: company A's Anna, Berit, Carl, David, then company B's Frida and Gustav
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0)).containsExactly("Anna Andersson", "Berit Berg",
                "Carl Carlsson", "David Dahl", "Frida Falk", "Gustav Gran");
        String orgA = world.w.companyA.organisationNumber().digits();
        assertThat(rows.get(1)).containsExactly("Anna Andersson", world.pnr(world.anna), "Kvinna", world.w.companyA.name(),
                orgA.substring(0, 6) + "-" + orgA.substring(6), "2026-01-15", "", "Svets MIG/MAG");
        assertThat(rows.get(3)).containsExactly("Carl Carlsson", world.pnr(world.carl), "Man", world.w.companyA.name(),
                orgA.substring(0, 6) + "-" + orgA.substring(6), "2025-11-01", "2026-05-20", "Svets MIG/MAG");
        assertThat(rows.get(6).get(1)).isEqualTo(world.pnr(world.gustav));
        assertThat(rows.get(6).get(7)).isEqualTo("Lean i praktiken");
        assertThat(world.jdbc.queryForObject("select count(*) from personal_number_access", Integer.class)).isEqualTo(logged + 1);
        assertThat(world.jdbc.queryForObject("select purpose from personal_number_access order by id desc limit 1", String.class))
                .isEqualTo(ExportService.PURPOSE);
        assertThat(exports.fileName(world.q2(), ExportKind.PARTICIPANTS, ExportFormat.XLSX)).isEqualTo("Deltagarforteckning_"
                + world.w.project.caseNumber().replace('/', '-') + "_2026-04-01_2026-06-30.xlsx");
    }

    @Test
    void theDeltagarforteckningDoesNotStartWithoutAFreshStepUpTheOtherFilesDo() throws Exception {
        ExportJobs jobs = ctx.getBean(ExportJobs.class);
        world.w.runAs(world.w.admin);
        int logged = world.jdbc.queryForObject("select count(*) from personal_number_access", Integer.class);
        assertThatThrownBy(() -> jobs.start(world.q2(), ExportKind.PARTICIPANTS, ExportFormat.XLSX))
                .isInstanceOf(se.kompetensresan.security.StepUpRequiredException.class);
        assertThat(world.jdbc.queryForObject("select count(*) from personal_number_access", Integer.class))
                .as("no full number read").isEqualTo(logged);
        assertThat(jobs.start(world.q2(), ExportKind.CO_FINANCING, ExportFormat.CSV).result().get()).exists();
        se.kompetensresan.security.StepUps.confirmed();
        assertThat(jobs.start(world.q2(), ExportKind.PARTICIPANTS, ExportFormat.XLSX).result().get()).exists();
        assertThat(world.jdbc.queryForObject("select count(*) from personal_number_access", Integer.class)).isEqualTo(logged + 1);
    }

    @Test
    void aFormulaInANameComesBackAsTextInXlsxAndCsv() throws IOException {
        world.w.runAs(world.w.admin);
        ReportFilter q3 = world.q2().withPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
        byte[] file = export(q3, ExportKind.PARTICIPANTS, ExportFormat.XLSX);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Cell name = null;
            for (Row r : book.getSheetAt(0)) {
                if (r.getCell(0).getStringCellValue().contains("HYPERLINK")) {
                    name = r.getCell(0);
                }
            }
            assertThat(name).isNotNull();
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo("'" + ReportingWorld.INJECTION);
        }
        List<List<String>> rows = csv(export(q3, ExportKind.PARTICIPANTS, ExportFormat.CSV));
        assertThat(rows.get(0)).containsExactlyElementsOf(ExportService.PARTICIPANT_HEADERS);
        assertThat(rows).extracting(r -> r.get(0)).contains("'" + ReportingWorld.INJECTION, "Erik Ek")
                .doesNotContain(ReportingWorld.INJECTION);
    }

    @Test
    void theCoFinancingSummaryIsPerMonthThenPerYearByGender() throws IOException {
        world.w.runAs(world.w.admin);
        List<List<String>> rows = xlsx(export(world.q2(), ExportKind.CO_FINANCING, ExportFormat.XLSX));
        assertThat(rows).containsExactly(
                List.of("Nivå", "Period", "Deltagare kvinnor", "Deltagare män", "Timmar kvinnor", "Timmar män",
                        "Timmar totalt", "Timkostnad (kr)", "Belopp kvinnor (kr)", "Belopp män (kr)", "Belopp totalt (kr)"),
                List.of("Månad", "2026-04", "1", "0", "10", "0", "10", "600", "6000", "0", "6000"),
                List.of("Månad", "2026-05", "0", "1", "0", "7", "7", "600", "0", "4200", "4200"),
                List.of("År", "2026", "1", "1", "10", "7", "17", "", "6000", "4200", "10200"));
        List<List<String>> csv = csv(export(world.q2(), ExportKind.CO_FINANCING, ExportFormat.CSV));
        assertThat(csv.get(1)).containsExactly("Månad", "2026-04", "1", "0", "10", "0", "10", "600,00", "6000,00", "0",
                "6000,00");
    }

    @Test
    void theAttendanceReportHasEveryParticipantMonthWithItsSignedState() throws IOException {
        world.w.runAs(world.w.admin);
        List<List<String>> rows = xlsx(export(world.q2(), ExportKind.ATTENDANCE, ExportFormat.XLSX));
        assertThat(rows.get(0)).containsExactlyElementsOf(ExportService.ATTENDANCE_HEADERS);
        assertThat(rows).hasSize(5);
        assertThat(rows.get(1)).containsExactly("Anna Andersson", "Kvinna", world.w.companyA.name(),
                rows.get(1).get(3), "2026-04", "10", "10", "Attesterad", "2026-05-03");
        assertThat(rows.get(2)).containsSubsequence("2026-05", "8", "", "Bestriden");
        assertThat(rows.get(3)).containsSubsequence("David Dahl", "2026-05", "7", "7", "Attesterad, låst i utbetalningsansökan");
        assertThat(rows.get(4)).containsSubsequence("Frida Falk", "2026-06", "3", "", "Skickad för attest");
    }

    @Test
    void theScbFileHasNewEndedAndLateRegisteredParticipantsPerMonth() throws IOException {
        world.w.runAs(world.w.admin);
        List<List<String>> rows = xlsx(export(world.q2(), ExportKind.SCB_MONTHLY, ExportFormat.XLSX));
        assertThat(rows.get(0)).containsExactlyElementsOf(ExportService.SCB_HEADERS);
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(2)).containsExactly(
                "2026-04 Ny deltagare " + world.berit.id(), "2026-04 Ny deltagare " + world.frida.id(),
                "2026-05 Ny deltagare " + world.david.id(), "2026-05 Avslutad " + world.carl.id(),
                "2026-05 Efteranmälan " + world.anna.id(), "2026-06 Ny deltagare " + world.gustav.id());
        assertThat(rows.get(4)).containsSubsequence("Man", "1960", "2025-11-01", "2026-05-20");
        assertThat(rows.get(1).get(8)).isEqualTo(world.w.project.caseNumber());
    }

    @Test
    void theScbFileAndTheAttendanceReportRecordWhomTheyNamedAndThoseCanNoLongerBeErasedOnRequest() throws IOException {
        world.w.runAs(world.w.admin);
        var participants = ctx.getBean(se.kompetensresan.participant.ParticipantService.class);
        assertThat(participants.erasureRefusal(world.gustav.id())).isEmpty();

        export(world.q2(), ExportKind.SCB_MONTHLY, ExportFormat.CSV);
        export(world.q2(), ExportKind.ATTENDANCE, ExportFormat.CSV);

        List<java.util.Map<String, Object>> log = world.jdbc.queryForList("select actor, purpose, participant_ids"
                + " from personal_number_access where kind = 'REPORT' order by id desc limit 2");
        assertThat(log).extracting(r -> r.get("PURPOSE")).containsExactly("Närvarorapport till finansiären",
                "Deltagarfil till SCB");
        assertThat(log).extracting(r -> r.get("ACTOR")).containsOnly(world.w.admin);
        assertThat(List.of(((String) log.get(1).get("PARTICIPANT_IDS")).split(","))).containsExactlyInAnyOrder(
                String.valueOf(world.berit.id()), String.valueOf(world.frida.id()), String.valueOf(world.david.id()),
                String.valueOf(world.carl.id()), String.valueOf(world.anna.id()), String.valueOf(world.gustav.id()));
        assertThat(participants.erasureRefusal(world.gustav.id())).contains("participant.erase.refused.exported");
    }

    @Test
    void theActivitiesSummaryCountsRegisteredParticipantsAndHoursByGender() throws IOException {
        world.w.runAs(world.w.admin);
        List<List<String>> rows = xlsx(export(world.q2(), ExportKind.ACTIVITIES, ExportFormat.XLSX));
        assertThat(rows.get(0)).containsExactlyElementsOf(ExportService.ACTIVITY_HEADERS);
        assertThat(rows.get(1)).containsExactly("Svets MIG/MAG", "Svetsskolan", world.w.companyA.name(), rows.get(1).get(3),
                "2026-03-30", "2026-06-12", "2", "2", "23", "7", "30");
        assertThat(rows.get(2)).containsSubsequence("Lean i praktiken", "Lernia", world.w.companyB.name())
                .endsWith("1", "1", "3", "0", "3");
    }

    @Test
    void theIndicatorsCountSmesParticipantsByGenderAndAgeAndCompletedPhases() throws IOException {
        world.w.runAs(world.w.admin);
        List<List<String>> rows = xlsx(export(world.q2(), ExportKind.INDICATORS, ExportFormat.XLSX));
        assertThat(rows).containsExactly(
                List.of("Indikator", "Kvinnor", "Män", "Totalt"),
                List.of("Stödda små och medelstora företag", "", "", "2"),
                List.of("Sysselsatta deltagare", "3", "3", "6"),
                List.of("Sysselsatta deltagare under 30 år", "1", "0", "1"),
                List.of("Sysselsatta deltagare 30–54 år", "2", "2", "4"),
                List.of("Sysselsatta deltagare 55 år och äldre", "0", "1", "1"),
                List.of("Företag som genomfört kartläggning", "", "", "1"),
                List.of("Företag som genomfört coachning", "", "", "1"),
                List.of("Företag som genomfört utbildning", "", "", "0"),
                List.of("Företag som genomfört uppföljning", "", "", "0"));
    }

    @Test
    void noFileButTheParticipantListHoldsAPersonnummer() throws IOException {
        world.w.runAs(world.w.admin);
        for (ExportKind kind : ExportKind.values()) {
            if (kind == ExportKind.PARTICIPANTS) {
                continue;
            }
            for (ExportFormat format : ExportFormat.values()) {
                String text = format == ExportFormat.CSV
                        ? new String(export(world.q2(), kind, format), StandardCharsets.UTF_8)
                        : xlsx(export(world.q2(), kind, format)).toString();
                for (String pnr : numbers()) {
                    assertThat(text).as(kind + " " + format).doesNotContain(pnr).doesNotContain(pnr.replace("-", ""));
                }
            }
        }
    }

    @Test
    void onlyManagersAndAdminsOfTheProjectMayExport() {
        world.w.runAs(world.w.coachA);
        assertThatThrownBy(() -> export(world.q2(), ExportKind.CO_FINANCING, ExportFormat.CSV))
                .isInstanceOf(AccessRefusedException.class);
        world.w.runAs(world.w.managerA);
        assertThatThrownBy(() -> export(world.q2().withSubproject(world.w.subprojectB.id()), ExportKind.PARTICIPANTS,
                ExportFormat.XLSX)).isInstanceOf(AccessRefusedException.class);
        world.w.runAs(world.w.companyUserA);
        assertThatThrownBy(() -> exports.fileName(world.q2(), ExportKind.PARTICIPANTS, ExportFormat.XLSX))
                .isInstanceOf(AccessRefusedException.class);
    }
}
