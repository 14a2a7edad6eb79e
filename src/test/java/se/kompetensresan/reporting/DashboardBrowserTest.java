package se.kompetensresan.reporting;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.kompetensresan.BrowserTest;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager of delprojekt A opens the dashboard for Q2 2026 of the {@link ReportingWorld}, sees the women's share
 * flagged, drills into the women participants, and downloads the participant list and the co-financing summary,
 * both of which open in POI.
 */
class DashboardBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext ctx;

    ReportingWorld world;

    @AfterAll
    void removeTasks() {
        if (world != null) {
            world.removeTasks();
        }
    }

    @Test
    void aManagerDrillsIntoTheWomenAndDownloadsTheParticipantListAndTheCoFinancingSummary() throws Exception {
        world = new ReportingWorld(ctx);
        page.setDefaultTimeout(120_000);
        login(world.w.managerA, "secret");
        // the manager's start page is the dashboard
        page.locator("#dashboard").waitFor();
        page.navigate(url("dashboard?project=" + world.w.project.id() + "&from=2026-04-01&to=2026-06-30"));
        Locator women = page.locator("#dashboard-participants-total-women");
        assertThat(women.textContent()).isEqualTo("2 kvinnor");
        assertThat(page.locator("#dashboard-participants-total-men").textContent()).isEqualTo("2 män");
        assertThat(page.locator("#dashboard-women-flag").isVisible()).isTrue();
        page.locator("#dashboard-hours-chart-canvas").waitFor();
        screenshot("reporting-01-dashboard");

        women.click();
        page.locator("#report-participants-grid").waitFor();
        assertThat(page.locator("#report-participants-count").textContent()).startsWith("2 deltagare (kvinnor, totalt till periodens slut)");
        assertThat(page.locator("#report-participants-grid").textContent()).contains("Anna Andersson", "Berit Berg")
                .doesNotContain("David Dahl", "Frida Falk");
        screenshot("reporting-02-women");

        page.locator("#report-participants-back").click();
        page.locator("#dashboard-exports").click();
        page.locator("#export-PARTICIPANTS-xlsx").click();
        // full personnummer: the manager confirms who they are first (step-up)
        page.locator("#step-up-password input").fill("secret");
        page.locator("#step-up-confirm").click();
        Download list = page.waitForDownload(() -> page.locator("#export-PARTICIPANTS-xlsx-download").click());
        assertThat(list.suggestedFilename()).startsWith("Deltagarforteckning_").endsWith("_2026-04-01_2026-06-30.xlsx");
        Path listFile = list.path();
        try (InputStream in = Files.newInputStream(listFile); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Personnummer");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Anna Andersson");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(world.pnr(world.anna));
            assertThat(sheet.getLastRowNum()).as("company A's four participants of Q2").isEqualTo(4);
        }
        page.locator("#export-CO_FINANCING-xlsx").click();
        Download money = page.waitForDownload(() -> page.locator("#export-CO_FINANCING-xlsx-download").click());
        assertThat(money.suggestedFilename()).startsWith("Sammanstallning_medfinansiering_");
        try (InputStream in = Files.newInputStream(money.path()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nivå");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("2026-04");
            assertThat(sheet.getRow(1).getCell(10).getNumericCellValue()).isEqualTo(6000.0);
        }
        screenshot("reporting-03-exports");
    }
}
