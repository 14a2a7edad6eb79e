package se.kompetensresan.survey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensresan.BrowserTest;
import se.kompetensresan.shared.CompetenceAreas;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Sparat" must mean saved, the whole way of a user: the application runs in a JVM of its own ({@link SurveyNode})
 * on an H2 file database with the application's own JDBC URL; a company user clicks through the competence matrix
 * in Chromium, and the moment the browser shows the round's last "Sparat … (n)" the test kills the application
 * with kill -9 (from a DOM observer's call into the test, a few milliseconds after the reply). The application is
 * started again on the same file, the user signs in again, and every answer whose save was shown must be there.
 * Rounds: {@code -Dsaved-means-saved.rounds=N} (default 2, each a restart of the application; the run without WRITE_DELAY=0 lost the answer at the second).
 */
class SavedMeansSavedBrowserTest {

    static final int ROUNDS = Integer.getInteger("saved-means-saved.rounds", 2);
    static final int SAVES_PER_ROUND = 3;
    /** The kill must follow the shown reply this closely, or the test proves nothing of the 20 ms the issue saw. */
    static final long MOST_MILLIS_FROM_REPLY_TO_KILL = 200;

    private Process node;
    private final List<String> nodeOutput = new CopyOnWriteArrayList<>();

    @AfterEach
    void killTheNode() {
        if (node != null) {
            node.destroyForcibly();
        }
    }

    @Test
    void everyAnswerShownAsSavedIsThereAfterTheApplicationWasKilledRightAfterTheReply(@TempDir Path dir)
            throws Exception {
        String url = CommitDurabilityTest.applicationUrl(dir);
        String[] world = start(url, true);
        String username = world[0];
        long responseId = Long.parseLong(world[1]);
        int port = Integer.parseInt(world[2]);

        Map<String, Integer> shownAsSaved = new LinkedHashMap<>();
        List<Long> replyToKill = new ArrayList<>();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = BrowserTest.chromium(playwright)) {
            for (int round = 0; round < ROUNDS; round++) {
                if (round > 0) {
                    port = Integer.parseInt(start(url, false)[0]);
                }
                Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
                page.setDefaultTimeout(30_000);
                openTheMatrix(page, port, username, responseId);
                shownAsSaved.forEach((area, level) -> assertThat(checkedLevel(page, area))
                        .as("%s after kill %d: the level whose save was shown", area, replyToKill.size())
                        .isEqualTo(level));

                // the page calls the test the moment its "Sparat" counter changes; the round's last save kills
                long[] killedAt = {0};
                int target = SAVES_PER_ROUND;
                page.exposeFunction("savedShown", args -> {
                    int saves = ((Number) args[0]).intValue();
                    if (saves == target && killedAt[0] == 0) {
                        node.destroyForcibly();
                        killedAt[0] = System.currentTimeMillis();
                        replyToKill.add(killedAt[0] - ((Number) args[1]).longValue());
                    }
                    return null;
                });
                page.evaluate("() => { const s = document.getElementById('survey-saved-status');"
                        + " new MutationObserver(() => window.savedShown(Number(s.dataset.saves || 0), Date.now()))"
                        + ".observe(s, {attributes: true, attributeFilter: ['data-saves']}); }");
                for (int save = 1; save <= SAVES_PER_ROUND; save++) {
                    String area = CompetenceAreas.ALL.get(((round * SAVES_PER_ROUND) + save) % CompetenceAreas.ALL.size());
                    int level = shownAsSaved.containsKey(area) ? (shownAsSaved.get(area) + 1) % 4 : (round + save) % 4;
                    page.locator("#survey-current-" + area + " vaadin-radio-button").nth(level).locator("label").click();
                    int expected = save;
                    if (save < SAVES_PER_ROUND) {
                        page.waitForFunction("n => Number(document.getElementById('survey-saved-status').dataset.saves"
                                + " || 0) >= n", expected);
                    } else {
                        // Playwright calls savedShown on this thread while it waits here
                        page.waitForCondition(() -> killedAt[0] != 0);
                    }
                    shownAsSaved.put(area, level);
                }
                assertThat(node.waitFor(30, TimeUnit.SECONDS)).as("the application is dead").isTrue();
                page.context().close();
            }
            // and once more after the last kill
            port = Integer.parseInt(start(url, false)[0]);
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
            openTheMatrix(page, port, username, responseId);
            shownAsSaved.forEach((area, level) -> assertThat(checkedLevel(page, area))
                    .as("%s after the last kill: the level whose save was shown", area).isEqualTo(level));
        }
        System.out.println("SavedMeansSaved: " + replyToKill.size() + " kills, milliseconds from the shown reply to"
                + " kill -9: " + replyToKill + "; " + shownAsSaved.size() + " answers shown as saved, all found");
        assertThat(replyToKill).hasSize(ROUNDS).allSatisfy(ms -> assertThat(ms).isBetween(0L, MOST_MILLIS_FROM_REPLY_TO_KILL));
        assertThat(shownAsSaved).hasSize(ROUNDS * SAVES_PER_ROUND);
    }

    private static void openTheMatrix(Page page, int port, String username, long responseId) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill("secret");
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.locator("#current-user").waitFor();
        page.navigate("http://localhost:" + port + "/survey/" + responseId);
        page.locator("#survey-title").waitFor();
        String first = "#survey-current-" + CompetenceAreas.ALL.get(0);
        if (!page.locator(first).isVisible()) {
            page.locator("#survey-next").click();
        }
        page.locator(first).waitFor();
    }

    /** The index of the checked level of an area's "current level", -1 when none is. */
    private static int checkedLevel(Page page, String area) {
        return ((Number) page.evaluate("id => [...document.querySelectorAll('#' + id + ' vaadin-radio-button')]"
                + ".findIndex(b => b.hasAttribute('checked'))", "survey-current-" + area)).intValue();
    }

    /** Starts the application on the file; returns what it printed: (WORLD's fields and) the port. */
    private String[] start(String url, boolean setup) throws Exception {
        nodeOutput.clear();
        List<String> command = se.kompetensresan.ChildJvm.command(SurveyNode.class, "-Dsurvey-node.setup=" + setup,
                "-Dvaadin.frontend.frontendDirectory=" + System.getProperty("vaadin.frontend.frontendDirectory", "frontend"));
        // the survey here belongs to no journey: no process is needed (and a JVM started from the test's class path
        // finds each model twice, see TwoNodesPostgresTest)
        command.addAll(List.of("--spring.datasource.url=" + url, "--server.port=0", "--logging.level.root=WARN",
                "--camunda.bpm.auto-deployment-enabled=false"));
        node = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<String[]> ready = new CompletableFuture<>();
        Process started = node;
        Thread reader = new Thread(() -> {
            List<String> world = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    nodeOutput.add(line);
                    if (line.startsWith("WORLD ")) {
                        world.addAll(List.of(line.substring(6).split(" ")));
                    } else if (line.startsWith("READY ")) {
                        world.add(line.substring(6).trim());
                        ready.complete(world.toArray(String[]::new));
                    }
                }
            } catch (Exception e) {
                // the stream ends with the kill
            }
            ready.completeExceptionally(new IllegalStateException("the application ended before it was ready: "
                    + String.join("\n", nodeOutput.subList(Math.max(0, nodeOutput.size() - 40), nodeOutput.size()))));
        }, "survey-node-output");
        reader.setDaemon(true);
        reader.start();
        return ready.get(180, TimeUnit.SECONDS);
    }
}
