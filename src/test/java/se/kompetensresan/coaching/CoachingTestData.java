package se.kompetensresan.coaching;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import se.kompetensresan.catalogue.CatalogueService;
import se.kompetensresan.catalogue.CourseDelivery;
import se.kompetensresan.catalogue.CourseForm;
import se.kompetensresan.catalogue.TrainingCourseInfo;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.company.CompanyForm;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.security.UserForm;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.Luhn;
import se.kompetensresan.shared.PersonalIdentityNumber;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.core.userdetails.User;

/**
 * A small world of its own for each test: a project (unit cost 500 SEK/h) with two delprojekt, a company in
 * each, and users: a coach, a manager and a company user in delprojekt A, a coach and a company user in B.
 * Names are unique, so tests sharing the Spring context and database do not see each other's data.
 * Coaching and training tests use it.
 */
public class CoachingTestData {

    private static final AtomicInteger SEQ = new AtomicInteger();
    public static final BigDecimal UNIT_COST = new BigDecimal("500.00");

    public final String key;
    public final ProjectInfo project;
    public final SubprojectInfo subprojectA;
    public final SubprojectInfo subprojectB;
    public final CompanyInfo companyA;
    public final CompanyInfo companyB;
    public final String admin;
    public final String coachA;
    public final String managerA;
    public final String companyUserA;
    public final String coachB;
    public final String companyUserB;

    private final UserService users;
    private final CatalogueService catalogue;
    private final List<Long> courses = new ArrayList<>();

    public CoachingTestData(ApplicationContext ctx) {
        users = ctx.getBean(UserService.class);
        catalogue = ctx.getBean(CatalogueService.class);
        ProjectService projects = ctx.getBean(ProjectService.class);
        CompanyService companies = ctx.getBean(CompanyService.class);
        key = "ct" + SEQ.incrementAndGet() + "x" + Long.toString(System.nanoTime(), 36);
        admin = user("admin", Role.ADMIN, null, Set.of());
        runAs(admin);
        project = projects.createProject(new ProjectInfo(0, "Projekt " + key, "2018/00" + key, "Region", LocalDate.of(2018, 9, 1),
                LocalDate.of(2030, 8, 31), new BigDecimal("1000000"), new BigDecimal("750000"), 100, 20, UNIT_COST, 3));
        subprojectA = projects.createSubproject(project.id(), "A " + key, "Kommun A", List.of("1883"), 50);
        subprojectB = projects.createSubproject(project.id(), "B " + key, "Kommun B", List.of("0380"), 50);
        companyA = companies.register(company("Verkstad A " + key, subprojectA.id()));
        companyB = companies.register(company("Verkstad B " + key, subprojectB.id()));
        coachA = user("coach-a", Role.COACH, null, Set.of(subprojectA.id()));
        managerA = user("manager-a", Role.MANAGER, null, Set.of(subprojectA.id()));
        companyUserA = user("company-a", Role.COMPANY, companyA.id(), Set.of());
        coachB = user("coach-b", Role.COACH, null, Set.of(subprojectB.id()));
        companyUserB = user("company-b", Role.COMPANY, companyB.id(), Set.of());
        SecurityContextHolder.clearContext();
    }

    private String user(String prefix, Role role, Long companyId, Set<Long> subprojects) {
        String name = prefix + "-" + key;
        users.create(new UserForm(name, "secret", prefix + " " + key, null, role, companyId, subprojects));
        return name;
    }

    private static CompanyForm company(String name, long subprojectId) {
        return new CompanyForm(organisationNumber(), name, subprojectId, "1883", "Industrigatan 1", "25620", 10, 30,
                "Kontakt", "kontakt@example.se", "0586-123456");
    }

    /** A valid organisationsnummer: 55 + digits 3–4 ≥ 20 + random digits + Luhn check digit. */
    public static String organisationNumber() {
        String nine = "55" + (20 + ThreadLocalRandom.current().nextInt(80)) + String.format("%05d", ThreadLocalRandom.current().nextInt(100000));
        return nine + checkDigit(nine);
    }

    /** A valid personnummer (YYYYMMDD-NNNN) born on the date; odd serial = man, even = woman. */
    public static String personnummer(String yyyymmdd, int serial) {
        String nine = yyyymmdd.substring(2) + String.format("%03d", serial);
        String pnr = yyyymmdd + "-" + String.format("%03d", serial) + checkDigit(nine);
        if (!PersonalIdentityNumber.isValid(pnr)) {
            throw new IllegalStateException("test personnummer not valid: " + pnr);
        }
        return pnr;
    }

    private static int checkDigit(String digits) {
        for (int d = 0; d <= 9; d++) {
            if (Luhn.valid(digits + d)) {
                return d;
            }
        }
        throw new IllegalStateException();
    }

    /**
     * Prepares, submits (as coach A) and approves (as company A) a plan for company A with actions in the
     * given areas; returns the planned activity ids. Leaves the security context empty.
     */
    public List<Long> approvedPlanOfCompanyA(CoachingService coaching, String... areaCodes) {
        long planId = coaching.preparePlan(companyA.id(), "Bred", List.of(areaCodes));
        runAs(coachA);
        coaching.logSession(companyA.id(), new CoachingSessionForm(LocalDate.now(), 60, null, "Planering", null));
        coaching.submitPlan(companyA.id());
        runAs(companyUserA);
        coaching.approvePlan(companyA.id());
        SecurityContextHolder.clearContext();
        return coaching.plannedActivityIds(planId);
    }

    /**
     * Adds an active catalogue course (as the admin; leaves the security context empty). The catalogue is shared
     * by every test: call {@link #deactivateCourses()} after the test, so that other tests' plans are not
     * proposed this course.
     */
    public TrainingCourseInfo course(String areaCode, String name, int hours, String price) {
        runAs(admin);
        TrainingCourseInfo c = catalogue.save(new CourseForm(null, name + " " + key, "Lärcentrum " + key, areaCode,
                "Testkurs", hours, new BigDecimal(price), CourseDelivery.CLASSROOM));
        courses.add(c.id());
        SecurityContextHolder.clearContext();
        return c;
    }

    /**
     * Adds an active open course (öppen kurs) shared by every project, procured under a framework agreement (as the
     * admin; leaves the security context empty). Deactivate it with {@link #deactivateCourses()}.
     */
    public TrainingCourseInfo openCourse(String areaCode, String name, int hours) {
        runAs(admin);
        TrainingCourseInfo c = catalogue.save(new CourseForm(null, name + " " + key, "Lärcentrum " + key, areaCode,
                "Öppen testkurs", hours, new BigDecimal("2500"), CourseDelivery.CLASSROOM,
                se.kompetensresan.catalogue.CourseKind.OPEN_COURSE,
                se.kompetensresan.catalogue.ProcurementStatus.FRAMEWORK_AGREEMENT, "Ramavtalsleverantören " + key,
                Set.of()));
        courses.add(c.id());
        SecurityContextHolder.clearContext();
        return c;
    }

    /**
     * An approved plan of the company with one action, the catalogue course for {@code participants} planned
     * participants (the coach prepares and submits, the company user approves); returns the action's id. Leaves the
     * security context empty.
     */
    public long approvedPlanWithCourse(CoachingService coaching, CompanyInfo company, String coach, String companyUser,
                                       long courseId, int participants) {
        long planId = coaching.preparePlan(company.id(), "Bred", List.of());
        runAs(coach);
        coaching.saveActivity(company.id(), new PlannedActivityForm(null, catalogue.find(courseId).orElseThrow().areaCode(),
                "Kurs", "Operatörer", participants, 8, LocalDate.now().plusDays(30), null, courseId));
        coaching.logSession(company.id(), new CoachingSessionForm(LocalDate.now(), 60, null, "Planering", null));
        coaching.submitPlan(company.id());
        runAs(companyUser);
        coaching.approvePlan(company.id());
        SecurityContextHolder.clearContext();
        return coaching.plannedActivityIds(planId).get(0);
    }

    /** Deactivates the courses this world added (as the admin; leaves the security context empty). */
    public void deactivateCourses() {
        if (courses.isEmpty()) {
            return;
        }
        runAs(admin);
        courses.forEach(id -> catalogue.setActive(id, false));
        courses.clear();
        SecurityContextHolder.clearContext();
    }

    /** Signs in (SecurityContext only) as an existing user, with the role from the database. */
    public void runAs(String username) {
        var account = users.findAccount(username).orElseThrow();
        var authorities = List.of(new SimpleGrantedAuthority(account.role().authority()));
        var details = new User(username, "x", authorities);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(details, null, authorities));
    }
}
