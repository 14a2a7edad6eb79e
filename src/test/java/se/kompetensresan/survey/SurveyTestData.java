package se.kompetensresan.survey;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.company.CompanyForm;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.UserForm;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.Luhn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.userdetails.User;
import se.kompetensresan.shared.CompetenceAreas;

/**
 * Test data for the survey tests: a project with two delprojekt, a company in each, a company user per
 * company and a coach per delprojekt, all with unique names (the database is shared between test classes).
 */
public final class SurveyTestData {

    private static final AtomicInteger SEQ = new AtomicInteger(ThreadLocalRandom.current().nextInt(50_000));

    /** Usernames and ids of one freshly created world. */
    public record World(long subprojectA, long subprojectB, long companyA, long companyB, String admin,
                        String companyUserA, String companyUserB, String coachA, String coachB, String managerA) {
    }

    private SurveyTestData() {
    }

    /** A valid organisationsnummer (digits 3–4 ≥ 20, Luhn check digit), different on every call. */
    public static String organisationNumber() {
        String body = "5590" + String.format("%05d", SEQ.incrementAndGet() % 100_000);
        for (int check = 0; check <= 9; check++) {
            if (Luhn.valid(body + check)) {
                return body + check;
            }
        }
        throw new IllegalStateException("no check digit for " + body);
    }

    /** Signs in (in the SecurityContext only) as the existing user, with the role from the database. */
    public static void runAs(UserService users, String username) {
        var account = users.findAccount(username).orElseThrow();
        var authorities = List.of(new SimpleGrantedAuthority(account.role().authority()));
        var principal = new User(username, "x", authorities);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, authorities));
    }

    /**
     * Answers every area of the response as the company user (levels 3/3, no employees, unless the given
     * answers say otherwise: area code -> {current, required, employees}) and submits it.
     */
    public static void answerAndSubmit(SurveyService surveys, UserService users, String companyUser, long responseId,
                                       Map<String, int[]> answers) {
        runAs(users, companyUser);
        for (String area : CompetenceAreas.ALL) {
            int[] a = answers.getOrDefault(area, new int[]{3, 3, 0});
            surveys.saveAnswer(responseId, area, a[0], a[1], a[2]);
        }
        answerCompanyQuestions(surveys, responseId);
        surveys.submit(responseId);
    }

    /** The required non-matrix answers of the default questionnaire (as the signed-in company user). */
    public static final Map<String, String> REQUIRED_ANSWERS = new LinkedHashMap<>();

    static {
        REQUIRED_ANSWERS.put("recruitmentCount", "3");
        REQUIRED_ANSWERS.put("genderGoals", "no");
        REQUIRED_ANSWERS.put("trainingBudget", "lt50k");
        REQUIRED_ANSWERS.put("competencePlanning", "yearly");
        REQUIRED_ANSWERS.put("strategyLinked", "3");
        REQUIRED_ANSWERS.put("leadersSupport", "4");
        REQUIRED_ANSWERS.put("learningCulture", "2");
    }

    /** Answers every required non-matrix question of the default questionnaire. */
    public static void answerCompanyQuestions(SurveyService surveys, long responseId) {
        REQUIRED_ANSWERS.forEach((k, v) -> surveys.saveValue(responseId, null, k, v));
    }

    public static World create(UserService users, ProjectService projects, CompanyService companies) {
        String p = "sv" + UUID.randomUUID().toString().substring(0, 8);
        String admin = p + "-admin";
        users.create(new UserForm(admin, "secret", "Admin " + p, null, Role.ADMIN, null, Set.of()));
        runAs(users, admin);
        ProjectInfo project = projects.createProject(new ProjectInfo(0, "Projekt " + p, null, "Region Test",
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), new BigDecimal("1000000"),
                new BigDecimal("500000"), 100, 20, new BigDecimal("300"), 3));
        long spA = projects.createSubproject(project.id(), "Delprojekt A " + p, "Karlskoga kommun", List.of("1883"), 50).id();
        long spB = projects.createSubproject(project.id(), "Delprojekt B " + p, "Region Uppsala", List.of("0380"), 50).id();
        long cA = companies.register(new CompanyForm(organisationNumber(), "Verkstad A " + p, spA, "1883", null,
                "25620", 5, 20, "Anna Andersson", "anna@example.se", null)).id();
        long cB = companies.register(new CompanyForm(organisationNumber(), "Verkstad B " + p, spB, "0380", null,
                "28410", 3, 12, "Bo Berg", "bo@example.se", null)).id();
        users.create(new UserForm(p + "-ca", "secret", "Anna Andersson", null, Role.COMPANY, cA, Set.of()));
        users.create(new UserForm(p + "-cb", "secret", "Bo Berg", null, Role.COMPANY, cB, Set.of()));
        users.create(new UserForm(p + "-coach-a", "secret", "Coach A", null, Role.COACH, null, Set.of(spA)));
        users.create(new UserForm(p + "-coach-b", "secret", "Coach B", null, Role.COACH, null, Set.of(spB)));
        users.create(new UserForm(p + "-manager-a", "secret", "Manager A", null, Role.MANAGER, null, Set.of(spA)));
        return new World(spA, spB, cA, cB, admin, p + "-ca", p + "-cb", p + "-coach-a", p + "-coach-b",
                p + "-manager-a");
    }
}
