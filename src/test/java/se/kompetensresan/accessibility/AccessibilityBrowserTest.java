package se.kompetensresan.accessibility;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import org.junit.jupiter.api.Test;
import com.microsoft.playwright.options.Cookie;
import se.kompetensresan.BrowserTest;

import static org.assertj.core.api.Assertions.fail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import se.kompetensresan.company.ApplicationForm;
import se.kompetensresan.company.ApplicationReceipt;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.company.OnboardingService;
import se.kompetensresan.company.TurnoverClass;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.journey.inbox.TaskInbox;
import se.kompetensresan.journey.inbox.TaskInfo;
import se.kompetensresan.mail.TestMailbox;
import se.kompetensresan.participant.MonthStatus;
import se.kompetensresan.participant.ParticipantService;
import se.kompetensresan.participant.SigningService;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.security.UserService;
import se.kompetensresan.survey.SurveyRound;
import se.kompetensresan.survey.SurveyService;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (WCAG 2.0/2.1 A and AA rules) on every view each role can reach from its menu, the start page and the
 * "not found" page, as the company, coach, manager and admin demo users and anonymously (login, onboarding), in
 * Swedish and English; and on the pages behind an id or a token: every kind of task in each role's inbox (read-only
 * for the manager), a company's register entry, case, coaching, plan, survey and result, a participant, an
 * attendance sheet, the dashboard's drill-down lists, and the anonymous signing, confirmation, status and
 * set-password pages. Any violation fails the test, listed by role, language, address, rule and element. Also
 * checks that {@code <html lang>} follows the language and that there is one {@code h1}, on every page.
 * <p>
 * The pages behind an id run in Swedish only (where axe also checks contrast), as the company users whose journeys
 * together have every kind of company task, the coach and the manager (the admin sees the manager's views): the
 * language itself is checked on every menu page in both languages, and the texts come from bundles whose keys
 * {@code MessageBundlesTest} holds equal in both. That keeps the test in the time the README's test command has.
 */
@se.kompetensresan.DemoApp
class AccessibilityBrowserTest extends BrowserTest {

    static final String[] LANGUAGES = {"sv", "en"};

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext demoContext;

    /** The demo journeys walk to their stages after start-up: every test sees them there, whichever runs first. */
    @org.junit.jupiter.api.BeforeAll
    void demoJourneysReady() throws Exception {
        se.kompetensresan.demo.DemoReady.await(demoContext);
    }

    /** Chooses the language the way the login page does (its cookie), then signs in. */
    void loginIn(String language, String username) {
        page.context().addCookies(List.of(new Cookie("kr-lang", language).setDomain("localhost").setPath("/")));
        login(username, "demo");
        idle();
    }

    /** Waits until Vaadin has no request in flight (no sleeping). */
    void idle() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    /** What has the keyboard focus, as "tag#id" or "tag.text", looking into shadow roots. */
    String focused() {
        return (String) page.evaluate("() => { let e = document.activeElement;"
                + " while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }"
                + " return e ? e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') : 'none'; }");
    }

    // ------------------------------------------------------------------------------------------ keyboard

    /** The focused element as the page's active element sees it, looking into shadow roots. */
    private static final String ACTIVE = "(() => { let e = document.activeElement;"
            + " while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; } return e; })()";

    private boolean focusIs(String predicate) {
        return (Boolean) page.evaluate("() => { const e = " + ACTIVE + "; return !!e && !!(" + predicate + "); }");
    }

    /** Presses Tab until the focused element matches (a JavaScript condition on {@code e}); returns the Tabs used. */
    private int tabUntil(String predicate, int most) {
        for (int tabs = 0; tabs <= most; tabs++) {
            if (focusIs(predicate)) {
                return tabs;
            }
            page.keyboard().press("Tab");
        }
        return fail("not reached within " + most + " Tabs: " + predicate + "; focus is on " + focused());
    }

    private void assertFocusOnHeading(String step) {
        idle();
        try { // the app moves the focus right after the new view has rendered
            page.waitForFunction("() => { const e = " + ACTIVE + "; return !!e && /^H[12]$/.test(e.tagName); }", null,
                    new com.microsoft.playwright.Page.WaitForFunctionOptions().setTimeout(5_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            // reported below, with what has the focus instead
        }
        screenshot("keyboard-" + step);
        assertThat(focusIs("/^H[12]$/.test(e.tagName) && !!e.closest('main')"))
                .as(step + ": focus on the view's heading, not " + focused()).isTrue();
    }

    @Test
    void aCompanyUserFillsInTheSurveyByKeyboardOnly() {
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                System.out.println("browser console: " + m.text());
            }
        });
        page.navigate(url("login"));
        page.locator("vaadin-login-form").waitFor();
        idle();
        tabUntil("e.tagName === 'INPUT' && e.name === 'username'", 10);
        page.keyboard().type("kilsta");
        tabUntil("e.tagName === 'INPUT' && e.name === 'password'", 2);
        page.keyboard().type("demo");
        page.keyboard().press("Enter");
        page.locator("#current-user").waitFor();
        assertFocusOnHeading("start");

        // to the inbox: from the start page's heading to its card (or the menu entry) for the inbox
        tabUntil("(e.tagName === 'A' && /inbox$/.test(e.getAttribute('href') || ''))"
                + " || (e.getRootNode().host && e.getRootNode().host.getAttribute('path') === 'inbox')", 25);
        page.keyboard().press("Enter");
        page.waitForURL("**/inbox");
        page.locator("#inbox-grid").waitFor();
        assertFocusOnHeading("inbox");

        // into the task list, to the row's Open button, and open it
        tabUntil("e.tagName === 'TD' && !!e.closest('tbody#items')", 15);
        page.keyboard().press("End");
        page.keyboard().press("Enter");
        // Enter either opens the task (the row's activation) or puts the focus on the row's Open button
        String openButton = "!!e.closest('vaadin-button') || e.tagName === 'VAADIN-BUTTON'";
        page.waitForCondition(() -> !page.url().endsWith("/inbox") || focusIs(openButton));
        idle();
        if (page.url().endsWith("/inbox") && focusIs(openButton)) {
            // the grid's interaction mode put the focus on the Open button; Enter presses it (otherwise the task
            // is opening: the browser shows the new address after the view has rendered and taken the focus)
            page.keyboard().press("Enter");
        }
        page.locator("#survey-page").waitFor();
        idle();
        assertThat(focusIs("e !== document.body")).as("focus after opening the task").isTrue();

        // the first question is one Tab or two away
        int tabs = tabUntil("e.tagName === 'INPUT' && !!e.closest('#survey-page')", 3);
        assertThat(tabs).isLessThanOrEqualTo(3);
        page.keyboard().type("3");

        // next page: the competence matrix
        tabUntil("e.id === 'survey-next' || (e.closest && e.closest('#survey-next'))", 40);
        page.keyboard().press("Enter");
        idle();
        assertThat(focusIs("e !== document.body")).as("focus after Next: " + focused()).isTrue();
        page.locator("[id^='survey-current-']").first().waitFor();

        // answer one row: current and needed level with the arrow keys and Space
        tabUntil("!!e.closest(\"[id^='survey-current-']\")", 25);
        String area = (String) page.evaluate("() => " + ACTIVE + ".closest(\"[id^='survey-current-']\").id.substring('survey-current-'.length)");
        page.keyboard().press("Space");
        tabUntil("!!e.closest('#survey-required-" + area + "')", 3);
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Space");
        idle();
        assertThat(page.locator("#survey-current-" + area + " vaadin-radio-button[checked]").count()).isEqualTo(1);
        assertThat(page.locator("#survey-required-" + area + " vaadin-radio-button[checked]").count()).isEqualTo(1);

        // and back to the first page
        tabUntil("e.id === 'survey-previous' || (e.closest && e.closest('#survey-previous'))", 80);
        page.keyboard().press("Enter");
        idle();
        assertThat(focusIs("e !== document.body")).as("focus after Previous: " + focused()).isTrue();
        screenshot("keyboard-survey-back");
    }

    // ------------------------------------------------------------------------------------------ axe


    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String[] USERS = {"kilsta", "coach", "manager", "admin"};
    /** The WCAG rules whose outcome a page's language can change: its lang attributes, and names made of words. */
    private static final List<String> LANGUAGE_RULES = List.of("html-has-lang", "html-lang-valid", "valid-lang",
            "document-title", "label", "button-name", "link-name", "input-button-name", "select-name", "image-alt",
            "aria-command-name", "aria-input-field-name", "aria-toggle-field-name", "aria-meter-name",
            "aria-progressbar-name", "aria-tooltip-name", "aria-dialog-name", "input-image-alt", "svg-img-alt",
            "summary-name", "frame-title", "object-alt", "role-img-alt", "area-alt");

    /**
     * axe reports only violations (no passes or incomplete lists to build), and runs in the page itself: the app has
     * no frames, so the frame-by-frame mode (which opens a blank page per analysis) would only cost time. A new
     * object per analysis: the builder writes the tags into it.
     */
    private static com.deque.html.axecore.args.AxeRunOptions violationsOnly() {
        var o = new com.deque.html.axecore.args.AxeRunOptions();
        o.setResultTypes(List.of("violations"));
        return o;
    }

    @Autowired
    ApplicationContext ctx;
    @Autowired
    UserService users;
    @Autowired
    TaskInbox inbox;
    @Autowired
    CompanyService companies;
    @Autowired
    SurveyService surveys;
    @Autowired
    se.kompetensresan.survey.SelfAssessmentService selfAssessment;
    @Autowired
    ParticipantService participants;
    @Autowired
    SigningService signing;
    @Autowired
    OnboardingService onboarding;

    private final List<String> violations = new ArrayList<>();

    /** Each test reports its own violations (the instance is shared by the class's tests). */
    @org.junit.jupiter.api.BeforeEach
    void noViolationsYet() {
        violations.clear();
    }
    private int pagesChecked;
    private int pagesFitted;

    private void check(String who, String language) {
        idle();
        String path = page.url().replaceFirst("^https?://[^/]+/", "/");
        String lang = (String) page.evaluate("() => document.documentElement.lang");
        if (!language.equals(lang)) {
            violations.add(who + " " + language + " " + path + ": <html lang=\"" + lang + "\">");
        }

        Number h1s = (Number) page.evaluate("() => document.querySelectorAll('h1').length");
        if (h1s.intValue() != 1) {
            violations.add(who + " " + language + " " + path + ": " + h1s + " h1 elements, not one");
        }
        AxeBuilder axe = new AxeBuilder(page).options(violationsOnly()).setLegacyMode(true);
        if ("sv".equals(language)) {
            axe.withTags(WCAG_AA);
            // per page of a view: ids left out, the query (a survey's page) kept
            if (!contrastMeasured.add(path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27,}", "{uuid}").replaceAll("/[0-9]+(?=$|[/?])", "/{id}"))) {
                axe.disableRules(List.of("color-contrast"));
            }
        } else {
            // the same page in another language has the same structure, theme and components; what a language can
            // break is its lang attributes and the names and labels its words give: those rules run in English
            axe.withRules(LANGUAGE_RULES);
        }
        AxeResults results = axe.analyze();
        for (Rule rule : results.getViolations()) {
            List<String> targets = rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).toList();
            violations.add(who + " " + language + " " + path + ": " + rule.getId() + " " + targets + " – " + rule.getHelp());
        }
        pagesChecked++;
    }

    /**
     * The views checked so far, by route with its ids left out: in Swedish per role, in English per view. In Swedish
     * every role's every view runs every WCAG rule, once: the company users whose journeys together have every kind
     * of company task each bring the views of their tasks, and a second company user's copy of a view the first one
     * showed (their participant, the start page a staff user also reaches from the menu) is the same view with other
     * data. In English a view is checked once, for the first role that reaches it: its structure, theme and
     * components are those of the Swedish page, and the English bundle has every key of the Swedish one
     * (MessageBundlesTest), so what English can break, its lang attributes and the names its words give, shows on
     * any role's copy of the view.
     */
    private final Set<String> viewsChecked = new java.util.HashSet<>();
    private final Map<String, Role> roles = new java.util.HashMap<>();

    private boolean toCheck(String who, String language, String path) {
        String view = viewOf(path);
        return viewsChecked.add("en".equals(language) ? "en " + view : "sv " + roleOf(who) + " " + view);
    }

    /** The route with its ids left out. */
    private static String viewOf(String path) {
        return path.replaceFirst("^/", "").replaceAll("[0-9a-f]{8}-[0-9a-f-]{27,}", "{uuid}")
                .replaceAll("/[^/]*[0-9][^/]*$", "/{id}");
    }

    /**
     * The views whose colour contrast axe has measured (in Swedish). Contrast is the theme's colours on the view's
     * components: another role's copy of a view shows the same components in the same colours (the controls only some
     * roles get are Lumo buttons and badges, whose colours the same and other views show, and ThemeContrastTest holds
     * the theme's own pairs), so color-contrast, axe's costliest rule, runs on the first copy of each view only.
     */
    private final Set<String> contrastMeasured = new java.util.HashSet<>();

    private String roleOf(String who) {
        return "anonymous".equals(who) ? who
                : roles.computeIfAbsent(who, u -> users.findAccount(u).orElseThrow().role()).name();
    }

    /** The menu pages measured at 1280 and 375 px so far, per role (in Swedish only; see {@link #fits}). */
    private final Set<String> viewsFitted = new java.util.HashSet<>();

    private boolean toFit(String who, String language, String path) {
        return "sv".equals(language) && viewsFitted.add(roleOf(who) + " " + path.replaceFirst("^/", ""));
    }

    /**
     * The grids and the page fit the window with the demo's real, long names: at 1280 px nothing scrolls sideways,
     * neither the page nor a grid, and every grid's last column ends inside it; at 375 px (a phone) the page itself
     * does not scroll sideways (a wide grid scrolls inside its own box). Checked on the Swedish menu pages (Swedish
     * words are the longer); the 375 px look for the company user and the manager, whose views the others share.
     */
    private void fits(String who) {
        pagesFitted++;
        String path = page.url().replaceFirst("^https?://[^/]+/", "/");
        List<String> problems = whatDoesNotFit();
        if (!problems.isEmpty()) {
            violations.add(who + " 1280px " + path + ": " + problems);
        }
        if (List.of("kilsta", "manager").contains(who)) {
            page.setViewportSize(375, 800);
            idle();
            Object wide = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1");
            if (!Boolean.TRUE.equals(wide)) {
                screenshot("narrow-" + who + path.replace('/', '-'));
                violations.add(who + " 375px " + path + ": the page scrolls sideways");
            }
            page.setViewportSize(1280, 900);
            idle();
        }
    }

    @Test
    void everyViewOfEveryRoleInBothLanguagesPassesAxe() {
        for (String language : LANGUAGES) {
            newSession();
            page.context().addCookies(List.of(new com.microsoft.playwright.options.Cookie("kr-lang", language)
                    .setDomain("localhost").setPath("/")));
            page.navigate(url("login"));
            page.locator("vaadin-login-form").waitFor();
            check("anonymous", language);
            page.navigate(url("onboarding"));
            check("anonymous", language);

            for (String user : USERS) {
                newSession();
                loginIn(language, user);
                String start = page.url().replaceFirst("^https?://[^/]+/", "/");
                if (toCheck(user, language, start)) {
                    check(user, language);
                }
                if (toFit(user, language, start)) {
                    fits(user);
                }
                Set<String> paths = new LinkedHashSet<>(page.locator("#main-menu vaadin-side-nav-item")
                        .evaluateAll("items => items.map(i => i.getAttribute('path'))")
                        instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of());
                for (String path : paths) {
                    if (path.isEmpty() || "/".equals(path)) {
                        continue;
                    }
                    boolean axe = toCheck(user, language, path);
                    boolean fit = toFit(user, language, path);
                    if (!axe && !fit) {
                        continue;
                    }
                    page.locator("#main-menu vaadin-side-nav-item[path='" + path + "']").click();
                    page.waitForURL("**/" + path.replaceFirst("^/", ""));
                    if (axe) {
                        check(user, language);
                    }
                    if (fit) {
                        fits(user);
                    }
                }
                if (toCheck(user, language, "no-such-page")) {
                    page.navigate(url("no-such-page"));
                    page.locator("#not-found").waitFor();
                    check(user, language);
                }
            }
        }
        assertThat(pagesChecked).isGreaterThan(30);
        assertThat(pagesFitted).as("Swedish menu pages measured at 1280 px").isGreaterThan(20);
        assertThat(violations).as("accessibility violations").isEmpty();
    }

    @Test
    void everyPageBehindAnIdOrATokenPassesAxe() {
        long kilsta = users.findAccount("kilsta").orElseThrow().companyId();
        List<String> anonymous = as("admin", () -> tokenPages(kilsta));
        // the company users whose journeys together have every kind of company task, and their participants
        Map<String, List<String>> pagesOf = new LinkedHashMap<>();
        Set<String> companyTaskKinds = new LinkedHashSet<>();
        for (UserAccount u : as("admin", () -> users.byRole(Role.COMPANY))) {
            List<String> pages = as(u.username(), () -> pagesBehindIds(u.username(), u.companyId(), companyTaskKinds));
            if (!pages.isEmpty()) {
                pagesOf.put(u.username(), pages);
            }
        }
        // the admin's copies of these pages are the manager's (the admin's own pages are menu pages, checked above)
        for (String user : List.of("coach", "manager")) {
            pagesOf.put(user, as(user, () -> pagesBehindIds(user, kilsta, new LinkedHashSet<>())));
        }

        for (String language : LANGUAGES) {
            newSession();
            page.context().addCookies(List.of(new com.microsoft.playwright.options.Cookie("kr-lang", language)
                    .setDomain("localhost").setPath("/")));
            for (String path : anonymous) {
                page.navigate(url(path));
                page.locator("h1").first().waitFor();
                check("anonymous", language);
            }
            pagesOf.forEach((user, all) -> {
                List<String> paths = all.stream().filter(p -> toCheck(user, language, p)).toList();
                if (paths.isEmpty()) {
                    return;
                }
                newSession();
                loginIn(language, user);
                for (String path : paths) {
                    goInTheApp(path);
                    page.locator("#current-user").waitFor();
                    check(user, language);
                }
            });
        }
        // the erasure dialog, over a participant the project office may still erase (registered, no hours reported)
        long erasable = as("admin", () -> users.byRole(Role.COMPANY).stream().map(UserAccount::companyId).distinct()
                .flatMap(c -> participants.ofCompany(c).stream()).map(p -> p.id())
                .filter(id -> participants.erasureRefusal(id).isEmpty()).findFirst()).orElseThrow();
        newSession();
        loginIn("sv", "admin");
        page.navigate(url("participant/" + erasable));
        page.locator("#participant-erase").click();
        page.locator("#participant-erase-reason").waitFor();
        check("admin", "sv");
        // the manager's dialogs: a new course date, and the correction of a company's de minimis declaration (the
        // demo's ESAB is near the cap, so the total shows its warning)
        long nearTheCap = as("admin", () -> companies.visible().stream().filter(c -> c.name().startsWith("ESAB"))
                .findFirst().orElseThrow().id());
        newSession();
        loginIn("sv", "manager");
        goInTheApp("catalogue/dates");
        page.locator("#course-dates-new").click();
        page.locator("#course-date-start").waitFor();
        check("manager", "sv");
        page.keyboard().press("Escape");
        goInTheApp("companies/" + nearTheCap);
        page.locator("#company-deminimis-correct").click();
        page.locator("#company-deminimis-edit-0").waitFor();
        check("manager", "sv");

        // the admin's step-up before a change of another user's role or scope (the dialog asks for the password)
        long kilstaUser = users.findAccount("kilsta").orElseThrow().id();
        newSession();
        loginIn("sv", "admin");
        goInTheApp("admin/users");
        page.locator("#users-edit-" + kilstaUser).click();
        page.locator("#users-edit-save").click();
        page.locator("#step-up-password").waitFor();
        check("admin", "sv");
        page.locator("#step-up-cancel").click();
        // the kartläggning spread over colleagues: the contact's summary with who answers each section, the
        // invitation of a new colleague, the matrix per role group, and the colleague's own view of the survey
        long axelssons = users.findAccount("axelssons").orElseThrow().companyId();
        long response = as("axelssons", () -> surveys.responseIdFor(axelssons, SurveyRound.FIRST).orElseThrow());
        newSession();
        loginIn("sv", "axelssons");
        goInTheApp("survey/" + response + "?page=5");
        page.locator("#survey-summary").waitFor();
        check("axelssons", "sv");
        page.locator("[id^='survey-invite-']").first().click();
        page.locator("#survey-invite-email").waitFor();
        check("axelssons", "sv");
        page.locator("#survey-invite-cancel").click();
        goInTheApp("survey/" + response + "?page=2");
        page.locator("[id^='survey-matrix-mode-'] vaadin-radio-button").nth(1).click();
        page.locator("[id^='survey-matrix-group-']").waitFor();
        idle();
        check("axelssons", "sv");
        page.locator("[id^='survey-matrix-mode-'] vaadin-radio-button").nth(0).click();
        idle();
        newSession();
        loginIn("sv", "axelssons.produktion");
        goInTheApp("survey/" + response);
        page.locator("#survey-section-owner").first().waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        check("axelssons.produktion", "sv");

        assertThat(companyTaskKinds).as("company task kinds visited").hasSizeGreaterThan(2);
        assertThat(pagesOf.values().stream().flatMap(List::stream)).anyMatch(p -> p.startsWith("participant/"))
                .anyMatch(p -> p.startsWith("journey/analysis/")).anyMatch(p -> p.startsWith("training/approve/"));
        assertThat(violations).as("accessibility violations").isEmpty();
    }

    /**
     * Goes to a route the way a link of the application does (Flow's router-link: one round trip in the same UI),
     * not by loading the page and the application again.
     */
    private void goInTheApp(String path) {
        page.evaluate("p => { const a = document.createElement('a'); a.setAttribute('router-link', ''); a.href = p;"
                + " document.body.appendChild(a); a.click(); a.remove(); }", path);
        page.waitForURL("**/" + path);
        idle();
    }

    /** Runs the look-up signed in as the demo user. */
    private <T> T as(String username, Supplier<T> work) {
        JourneyFixtures.signIn(username, users.findAccount(username).orElseThrow().role());
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * One task of every kind in the user's inbox not yet in {@code kindsSeen}, and for staff the pages of the
     * company; for a company user nothing if its inbox has no new kind, else also its first participant.
     */
    private List<String> pagesBehindIds(String user, long company, Set<String> kindsSeen) {
        Set<String> paths = new LinkedHashSet<>();
        for (TaskInfo t : inbox.tasks()) {
            if (kindsSeen.add(t.taskKey()) && !"inbox".equals(t.route())) {
                paths.add(t.route());
            }
        }
        boolean staff = List.of("coach", "manager", "admin").contains(user);
        if (!staff && paths.isEmpty()) {
            return List.of();
        }
        participants.ofCompany(company).stream().findFirst().ifPresent(p -> paths.add("participant/" + p.id()));
        if (staff) {
            surveys.responseIdFor(company, SurveyRound.FIRST).ifPresent(id -> paths.add("survey/" + id));
            paths.addAll(List.of("companies/" + company, "journeys/" + company, "coaching/" + company, "plan/" + company,
                    "survey/result/" + company, "dashboard/participants", "dashboard/companies"));
        }
        if (!"coach".equals(user) && staff) {
            paths.add("reports/progress-report");
        }
        return List.copyOf(paths);
    }

    /** The anonymous pages behind a token or a reference, with fresh ones made the way the product makes them. */
    private List<String> tokenPages(long company) {
        List<String> paths = new ArrayList<>();
        // the monthly signing link of a month that waits for a participant (a fresh link, as the outbox makes it)
        for (int back = 0; back < 3 && paths.isEmpty(); back++) {
            signing.months(YearMonth.now().minusMonths(back), null).stream().filter(m -> m.status() == MonthStatus.SENT)
                    .findFirst().ifPresent(m -> paths.add(signing.newSigningLink(m.id()).replaceFirst("^.*/sign/", "sign/")));
        }
        // an application: its confirmation link and its status page
        SecurityContextHolder.clearContext();
        String email = "axe-" + UUID.randomUUID() + "@verkstad.se";
        ApplicationReceipt r = onboarding.apply(new ApplicationForm(onboarding.openProjects().get(0).id(),
                se.kompetensresan.coaching.CoachingTestData.organisationNumber(), "Axe Verkstad AB", "Bruksgatan 1",
                "69141", "Karlskoga", "1883", "25.620", 4, 21, TurnoverClass.FROM_10_TO_50_MSEK, "Anna Andersson",
                email, "0586-123 45", true, BigDecimal.ZERO, "sv"));
        paths.add("onboarding/confirm/" + TestMailbox.confirmationToken(ctx, email).orElseThrow());
        paths.add("onboarding/status/" + r.reference());
        // a colleague's invitation: the set-password page
        JourneyFixtures.signIn("admin", Role.ADMIN);
        String colleague = "axe-" + UUID.randomUUID() + "@example.se";
        companies.inviteColleague(company, "Kollega Axe", colleague);
        paths.add("set-password/" + TestMailbox.setPasswordToken(ctx, colleague).orElseThrow());
        paths.add("forgot-password");
        // the employees' self-assessment: the company link, made anew by the company's user as the product does (the
        // demo's Cambrex offers it)
        long cambrex = users.findAccount("cambrex").orElseThrow().companyId();
        JourneyFixtures.signIn("cambrex", Role.COMPANY);
        paths.add(selfAssessment.renewLink(cambrex).replaceFirst("^.*/self-assessment/", "self-assessment/"));
        assertThat(paths).anyMatch(p -> p.startsWith("sign/"));
        return paths;
    }
}
