package se.kompetensresan.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.catalogue.CatalogueService;
import se.kompetensresan.catalogue.CourseDelivery;
import se.kompetensresan.catalogue.CourseForm;
import se.kompetensresan.coaching.CoachingService;
import se.kompetensresan.coaching.CoachingSessionForm;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.coaching.PlanStatus;
import se.kompetensresan.coaching.PlannedActivityForm;
import se.kompetensresan.company.ApplicationField;
import se.kompetensresan.company.ApplicationInvalidException;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.ContactDetails;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.journey.JourneyInfo;
import se.kompetensresan.journey.JourneyProcess;
import se.kompetensresan.journey.JourneyService;
import se.kompetensresan.journey.JourneyWalker;
import se.kompetensresan.journey.casefile.CaseFile;
import se.kompetensresan.journey.inbox.InboxFilter;
import se.kompetensresan.journey.inbox.TaskInbox;
import se.kompetensresan.participant.AttendanceService;
import se.kompetensresan.participant.ImportParser;
import se.kompetensresan.participant.ImportReport;
import se.kompetensresan.participant.ImportRow;
import se.kompetensresan.participant.LedgerWorld;
import se.kompetensresan.participant.ParticipantForm;
import se.kompetensresan.participant.ParticipantInfo;
import se.kompetensresan.participant.ParticipantService;
import se.kompetensresan.participant.SigningService;
import se.kompetensresan.project.ProjectForm;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectForm;
import se.kompetensresan.reporting.ProgressHeading;
import se.kompetensresan.reporting.ProgressReportService;
import se.kompetensresan.reporting.ReportFilter;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.DateRules;
import se.kompetensresan.shared.TextRules;
import se.kompetensresan.shared.UserMessageException;
import se.kompetensresan.survey.SurveyForm;
import se.kompetensresan.survey.SurveyRound;
import se.kompetensresan.survey.SurveyService;
import se.kompetensresan.training.TrainingActivityForm;
import se.kompetensresan.training.TrainingService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 point 7, the other half of {@link MalformedInputTest}: the same malformed inputs ({@link MalformedInputTest#NASTY})
 * and wrong numbers and dates typed into the services behind every form of the journey: the survey, the task inbox
 * (saved filter, contact and closing notes, the analysis), withdrawal and case-file comments, coaching sessions, plan,
 * actions and the company's decision, booking, participants (by hand and imported), attendance hours, the signing
 * page, the catalogue, projects and delprojekt, and the lägesrapport. Each input is refused with a message key of
 * the field it was typed into (or the form's own validation result for that field), with no row stored, or accepted
 * and stored exactly as typed (read back from the database); never another exception. The count is printed.
 */
@SpringBootTest
@ActiveProfiles("test")
class MalformedInputAcrossTheJourneyTest extends MalformedInputCheck {

    private static final Integer[] BAD_INTS = {-1, 0, Integer.MIN_VALUE, Integer.MAX_VALUE, 100_001, null};
    private static final LocalDate[] ODD_DATES = {null, LocalDate.MIN, LocalDate.MAX, LocalDate.of(1, 1, 1),
            LocalDate.of(9999, 12, 31)};

    @Autowired
    ApplicationContext ctx;
    @Autowired
    UserService users;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    CoachingService coaching;
    @Autowired
    TrainingService training;
    @Autowired
    SurveyService surveys;
    @Autowired
    TaskInbox inbox;
    @Autowired
    JourneyService journeys;
    @Autowired
    CaseFile caseFile;
    @Autowired
    ParticipantService participants;
    @Autowired
    AttendanceService attendance;
    @Autowired
    SigningService signing;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    ProgressReportService reports;

    private int born;

    /**
     * A typed text: refused with a key starting with {@code keyPrefix} when blank (required) or longer than
     * {@code max} once trimmed; otherwise stored trimmed, as {@code saveAndReadBack} reads it from the database.
     */
    private void text(String what, String table, String bad, int max, boolean required, String keyPrefix,
                      Function<String, String> saveAndReadBack) {
        String clean = TextRules.clean(bad);
        boolean fits = clean == null ? !required : clean.length() <= max;
        attempt(what + "=" + show(bad), table, () -> {
            String kept = saveAndReadBack.apply(bad);
            if (!Objects.equals(kept, clean)) {
                failures.add(what + "=" + show(bad) + ": stored changed as " + (kept == null ? "null" : show(kept)));
            }
        }, k(keyPrefix), fits);
    }

    private static Function<RuntimeException, Boolean> k(String prefix) {
        return e -> key(e).startsWith(prefix);
    }

    private static String key(RuntimeException e) {
        return e instanceof UserMessageException u ? u.messageKey() : "";
    }

    private String string(String sql, Object... args) {
        return jdbc.queryForObject(sql, String.class, args);
    }

    /** A valid personnummer not used before in this test (born on a new day from 1960 on). */
    private String newPnr() {
        String day = LocalDate.of(1960, 1, 1).plusDays(born++).format(DateTimeFormatter.BASIC_ISO_DATE);
        return CoachingTestData.personnummer(day, 238);
    }

    @Test
    void malformedInputsAcrossTheJourneyAreRefusedAtTheirFieldOrStoredAsTyped() {
        CoachingTestData w = new CoachingTestData(ctx);
        LedgerWorld lw = new LedgerWorld(ctx);
        JourneyFixtures fx = new JourneyFixtures(users, projects, companies);
        JourneyWalker walker = new JourneyWalker(ctx);
        try {
            coachingForms(w);
            booking(w);
            survey(w);
            companyContact(w);
            inboxAndCaseFile(w, fx, walker);
            participantForms(lw);
            attendanceHours(lw);
            signingPage(lw);
            catalogueForm(w);
            projectForms(w);
            progressReport(w);
        } finally {
            w.deactivateCourses();
        }

        System.out.println("malformed inputs across the journey: " + count + ", " + failures.size() + " problems");
        failures.forEach(f -> System.out.println("  " + f));
        assertThat(count).isGreaterThanOrEqualTo(500);
        assertThat(failures).isEmpty();
    }

    // ---------------------------------------------------------------- coaching (company B of w, coach B)

    private void coachingForms(CoachingTestData w) {
        long company = w.companyB.id();
        w.runAs(w.coachB);
        LocalDate today = LocalDate.now();
        for (String bad : NASTY) {
            text("session notes", "coaching_session", bad, 4000, true, "coaching.error.session.notes.", v -> {
                long id = coaching.logSession(company, new CoachingSessionForm(today, 60, null, v, null)).id();
                return string("select notes from coaching_session where id = ?", id);
            });
            text("session participants", "coaching_session", bad, 1000, false, "coaching.error.session.participants.", v -> {
                long id = coaching.logSession(company, new CoachingSessionForm(today, 60, v, "Anteckning", null)).id();
                return string("select participants from coaching_session where id = ?", id);
            });
            text("session next steps", "coaching_session", bad, 2000, false, "coaching.error.session.nextsteps.", v -> {
                long id = coaching.logSession(company, new CoachingSessionForm(today, 60, null, "Anteckning", v)).id();
                return string("select next_steps from coaching_session where id = ?", id);
            });
        }
        for (Integer n : new Integer[]{-1, 0, 14, 481, Integer.MIN_VALUE, Integer.MAX_VALUE, null}) {
            attempt("session duration=" + n, "coaching_session", () -> coaching.logSession(company,
                    new CoachingSessionForm(today, n, null, "Anteckning", null)), k("coaching.error.session.duration."), false);
        }
        for (LocalDate d : new LocalDate[]{null, today.plusDays(1), LocalDate.MAX, LocalDate.MIN, LocalDate.of(1, 1, 1),
                LocalDate.of(1899, 12, 31), DateRules.EARLIEST}) {
            attempt("session date=" + d, "coaching_session", () -> {
                long id = coaching.logSession(company, new CoachingSessionForm(d, 60, null, "Anteckning", null)).id();
                LocalDate kept = jdbc.queryForObject("select held_on from coaching_session where id = ?", LocalDate.class, id);
                if (!Objects.equals(kept, d)) {
                    failures.add("session date=" + d + ": stored changed as " + kept);
                }
            }, k("coaching.error.session.date."), d != null && !d.isAfter(today) && DateRules.inRange(d));
        }

        // the plan: summary and actions
        for (String bad : NASTY) {
            text("plan summary", "development_plan", bad, 4000, false, "coaching.error.plan.summary.", v -> {
                long id = coaching.updatePlan(company, v).id();
                return string("select summary from development_plan where id = ?", id);
            });
            text("action title", "planned_activity", bad, 200, true, "coaching.error.activity.title.", v -> {
                long id = coaching.saveActivity(company, action(v, null, CompetenceAreas.WELDING, 5, 10, null, null)).id();
                return string("select title from planned_activity where id = ?", id);
            });
            text("action target group", "planned_activity", bad, 200, false, "coaching.error.activity.targetgroup.", v -> {
                long id = coaching.saveActivity(company, action("Svets", v, CompetenceAreas.WELDING, 5, 10, null, null)).id();
                return string("select target_group from planned_activity where id = ?", id);
            });
            attempt("action area=" + show(bad), "planned_activity", () -> coaching.saveActivity(company,
                    action("Svets", null, bad, 5, 10, null, null)), k("coaching.error.activity.area."), false);
        }
        for (Integer n : BAD_INTS) {
            attempt("action participants=" + n, "planned_activity", () -> coaching.saveActivity(company,
                    action("Svets", null, CompetenceAreas.WELDING, n, 10, null, null)), k("coaching.error.activity.participants."), false);
            attempt("action hours=" + n, "planned_activity", () -> coaching.saveActivity(company,
                    action("Svets", null, CompetenceAreas.WELDING, 5, n, null, null)), k("coaching.error.activity.hours."), false);
        }
        for (String c : new String[]{"-0.01", "-1e10", "1e30", "99999999999999999999999", "100.005", "1E-7"}) {
            BigDecimal cost = new BigDecimal(c);
            attempt("action cost=" + c, "planned_activity", () -> {
                long id = coaching.saveActivity(company, action("Svets", null, CompetenceAreas.WELDING, 5, 10, null, cost)).id();
                BigDecimal kept = jdbc.queryForObject("select estimated_cost from planned_activity where id = ?", BigDecimal.class, id);
                if (kept == null || kept.compareTo(cost) != 0) {
                    failures.add("action cost=" + c + ": stored changed as " + kept);
                }
            }, k("coaching.error.activity.cost."), false);
        }
        for (LocalDate d : ODD_DATES) {
            attempt("action planned start=" + d, "planned_activity", () -> {
                long id = coaching.saveActivity(company, action("Svets", null, CompetenceAreas.WELDING, 5, 10, d, null)).id();
                LocalDate kept = jdbc.queryForObject("select planned_start from planned_activity where id = ?", LocalDate.class, id);
                if (!Objects.equals(kept, d)) {
                    failures.add("action planned start=" + d + ": stored changed as " + kept);
                }
            }, k("coaching.error.activity.start"), DateRules.inRange(d));
        }
        for (Long course : new Long[]{-1L, 0L, Long.MAX_VALUE}) {
            attempt("action course=" + course, "planned_activity", () -> coaching.saveActivity(company, new PlannedActivityForm(null,
                    CompetenceAreas.WELDING, "Svets", null, 5, 10, null, null, course)), k("coaching.error.activity.course."), false);
        }

        // the company's decision: a comment asking for changes
        coaching.logSession(company, new CoachingSessionForm(today, 60, null, "Planering", null));
        coaching.saveActivity(company, action("Svets", null, CompetenceAreas.WELDING, 5, 10, null, null));
        for (String bad : NASTY) {
            w.runAs(w.coachB);
            if (coaching.currentPlan(company).orElseThrow().status() == PlanStatus.DRAFT) {
                coaching.submitPlan(company);
            }
            w.runAs(w.companyUserB);
            text("plan rejection comment", "plan_version where status = 'REJECTED'", bad, 2000, true,
                    "coaching.error.plan.comment.", v -> {
                        long id = coaching.rejectPlan(company, v).id();
                        return string("select company_comment from development_plan where id = ?", id);
                    });
        }
        SecurityContextHolder.clearContext();
    }

    private static PlannedActivityForm action(String title, String targetGroup, String area, Integer participants, Integer hours,
                                              LocalDate start, BigDecimal cost) {
        return new PlannedActivityForm(null, area, title, targetGroup, participants, hours, start, cost);
    }

    // ---------------------------------------------------------------- booking (company A of w)

    private void booking(CoachingTestData w) {
        long company = w.companyA.id();
        w.runAs(w.coachA);
        for (int i = 0; i < 110; i++) {
            coaching.saveActivity(company, action("Insats " + i, null, CompetenceAreas.ALL.get(i % CompetenceAreas.ALL.size()),
                    5, 10, null, null));
        }
        coaching.logSession(company, new CoachingSessionForm(LocalDate.now(), 60, null, "Planering", null));
        coaching.submitPlan(company);
        w.runAs(w.companyUserA);
        long planId = coaching.approvePlan(company).id();
        List<Long> actions = coaching.plannedActivityIds(planId);
        int[] next = {0};
        w.runAs(w.coachA);
        LocalDate start = LocalDate.now().plusDays(7);
        Function<TrainingActivityForm, String> book = f -> {
            long id = training.bookActivity(actions.get(next[0]), f).id();
            next[0]++;
            return String.valueOf(id);
        };
        for (String bad : NASTY) {
            text("booking course", "training_activity", bad, 200, true, "training.error.course.", v -> string(
                    "select course_name from training_activity where id = ?", Long.parseLong(book.apply(
                            new TrainingActivityForm(v, "Lernia", "Karlskoga", start, start.plusDays(2), 16)))));
            text("booking provider", "training_activity", bad, 200, false, "training.error.provider.", v -> string(
                    "select provider from training_activity where id = ?", Long.parseLong(book.apply(
                            new TrainingActivityForm("Svets", v, "Karlskoga", start, start.plusDays(2), 16)))));
            text("booking location", "training_activity", bad, 200, false, "training.error.location.", v -> string(
                    "select location from training_activity where id = ?", Long.parseLong(book.apply(
                            new TrainingActivityForm("Svets", "Lernia", v, start, start.plusDays(2), 16)))));
        }
        for (Integer n : BAD_INTS) {
            attempt("booking hours=" + n, "training_activity", () -> book.apply(new TrainingActivityForm("Svets", "Lernia",
                    "Karlskoga", start, start.plusDays(2), n)), k("training.error.hours."), false);
        }
        LocalDate[][] periods = {{null, start}, {start, null}, {start, start.minusDays(1)}, {LocalDate.MIN, start},
                {start, LocalDate.MAX}, {LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)}, {start, DateRules.LATEST},
                {start, DateRules.LATEST.plusDays(1)}};
        for (LocalDate[] p : periods) {
            attempt("booking period=" + Arrays.toString(p), "training_activity", () -> {
                long id = Long.parseLong(book.apply(new TrainingActivityForm("Svets", "Lernia", "Karlskoga", p[0], p[1], 16)));
                LocalDate from = jdbc.queryForObject("select start_date from training_activity where id = ?", LocalDate.class, id);
                LocalDate to = jdbc.queryForObject("select end_date from training_activity where id = ?", LocalDate.class, id);
                if (!p[0].equals(from) || !p[1].equals(to)) {
                    failures.add("booking period=" + Arrays.toString(p) + ": stored changed as " + from + "–" + to);
                }
            }, e -> key(e).startsWith("training.error.start.") || key(e).startsWith("training.error.end."),
                    p[0] != null && p[1] != null && !p[1].isBefore(p[0]) && DateRules.inRange(p[0]) && DateRules.inRange(p[1]));
        }
        SecurityContextHolder.clearContext();
    }

    // ---------------------------------------------------------------- survey (company A of w)

    private void survey(CoachingTestData w) {
        long response = surveys.open(w.companyA.id(), SurveyRound.FIRST);
        w.runAs(w.companyUserA);
        Function<String, String> value = q -> surveys.load(response).values().value(q);
        for (String bad : NASTY) {
            text("survey hardestRoles", "survey_value", bad, 2000, false, "survey.error.text.", v -> {
                surveys.saveValue(response, null, "hardestRoles", v);
                return value.apply("hardestRoles");
            });
            text("survey otherComments", "survey_value", bad, 4000, false, "survey.error.text.", v -> {
                surveys.saveValue(response, null, "otherComments", v);
                return value.apply("otherComments");
            });
            number(response, value, "recruitmentCount", bad, 0, 10_000);
            number(response, value, "strategyLinked", bad, 1, 5);
            attempt("survey genderGoals=" + show(bad), "survey_value", () -> {
                surveys.saveValue(response, null, "genderGoals", bad);
                if (value.apply("genderGoals") != null) {
                    failures.add("survey genderGoals=" + show(bad) + ": stored " + value.apply("genderGoals"));
                }
            }, k("survey.error.option"), bad.isBlank());
            attempt("survey area=" + show(bad), "survey_value", () -> surveys.saveAnswer(response, bad, 2, 3, 4),
                    k("survey.error.area"), false);
        }
        for (String bad : NASTY) {
            attempt("survey learningFormats=" + show(bad), "survey_value", () -> surveys.saveChoices(response, null, "learningFormats",
                    List.of("onthejob", bad)), k("survey.error.option"), false);
        }
        for (String n : new String[]{"12", "10001", "1.5", "1e3", "+7", "0x10", "٣"}) {
            number(response, value, "recruitmentCount", n, 0, 10_000);
        }
        for (Integer n : new Integer[]{-1, 0, 5, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            attempt("survey current level=" + n, "survey_value", () -> surveys.saveAnswer(response, CompetenceAreas.WELDING, n, 3, 4),
                    k("survey.error.level"), false);
            attempt("survey required level=" + n, "survey_value", () -> surveys.saveAnswer(response, CompetenceAreas.WELDING, 2, n, 4),
                    k("survey.error.level"), false);
        }
        for (Integer n : new Integer[]{-1, 0, 100_000, 100_001, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            attempt("survey employees=" + n, "survey_value", () -> {
                surveys.saveAnswer(response, CompetenceAreas.CNC, 2, 3, n);
                SurveyForm.AreaAnswer a = surveys.load(response).answers().stream()
                        .filter(x -> x.areaCode().equals(CompetenceAreas.CNC)).findFirst().orElseThrow();
                if (!Objects.equals(a.employeesConcerned(), n)) {
                    failures.add("survey employees=" + n + ": stored changed as " + a.employeesConcerned());
                }
            }, k("survey.error.employees"), n >= 0 && n <= 100_000);
        }
        SecurityContextHolder.clearContext();
    }

    private void number(long response, Function<String, String> value, String question, String bad, long min, long max) {
        Long n;
        try {
            n = Long.parseLong(bad.strip());
        } catch (NumberFormatException e) {
            n = null;
        }
        Long parsed = n;
        boolean fits = bad.isBlank() || (parsed != null && parsed >= min && parsed <= max);
        attempt("survey " + question + "=" + show(bad), "survey_value", () -> {
            surveys.saveValue(response, null, question, bad);
            String kept = value.apply(question);
            String expected = bad.isBlank() ? null : String.valueOf(parsed);
            if (!Objects.equals(kept, expected)) {
                failures.add("survey " + question + "=" + show(bad) + ": stored changed as " + kept);
            }
        }, e -> key(e).equals("survey.error.number") || key(e).equals("survey.error.range"), fits);
    }

    // ---------------------------------------------------------------- "Vårt företag": the company's contact data

    private void companyContact(CoachingTestData w) {
        long company = w.companyA.id();
        w.runAs(w.companyUserA);
        ApplicationField[] fields = {ApplicationField.CONTACT_NAME, ApplicationField.CONTACT_EMAIL, ApplicationField.CONTACT_PHONE,
                ApplicationField.VISITING_ADDRESS};
        for (String bad : NASTY) {
            for (int f = 0; f < fields.length; f++) {
                String[] v = {"Kontakt", "kontakt@example.se", "0586-123456", "Industrigatan 1"};
                v[f] = bad;
                ApplicationField field = fields[f];
                String clean = bad.strip();
                boolean plainText = !bad.isBlank() && bad.codePoints().noneMatch(c -> Character.isISOControl(c)
                        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0xFEFF);
                boolean fits = switch (field) {
                    case CONTACT_NAME -> plainText && clean.length() <= 200;
                    case VISITING_ADDRESS -> plainText && clean.length() <= 300;
                    case CONTACT_PHONE -> clean.matches("\\+?[0-9][0-9 \\-]*[0-9]") && clean.chars().filter(Character::isDigit).count() >= 7
                            && clean.chars().filter(Character::isDigit).count() <= 15;
                    default -> false;
                };
                attempt("contact " + field + "=" + show(bad), "company_change", () -> {
                    companies.updateContact(company, new ContactDetails(v[0], v[1], v[2], v[3]));
                    CompanyInfo c = companies.get(company);
                    String kept = switch (field) {
                        case CONTACT_NAME -> c.contactName();
                        case CONTACT_EMAIL -> c.contactEmail();
                        case CONTACT_PHONE -> c.contactPhone();
                        default -> c.visitingAddress();
                    };
                    if (!clean.equals(kept)) {
                        failures.add("contact " + field + "=" + show(bad) + ": stored changed as " + show(kept));
                    }
                }, e -> e instanceof ApplicationInvalidException a && a.errors().stream().anyMatch(x -> x.field() == field), fits);
            }
        }
        SecurityContextHolder.clearContext();
    }

    // ---------------------------------------------------------------- inbox and case file

    private void inboxAndCaseFile(CoachingTestData w, JourneyFixtures fx, JourneyWalker walker) {
        // the saved filter's name
        w.runAs(w.coachA);
        for (String bad : NASTY) {
            String clean = bad.strip();
            attempt("inbox filter name=" + show(bad), "journey_saved_filter", () -> {
                inbox.saveFilter(bad, InboxFilter.NONE);
                if (!inbox.savedFilters().containsKey(clean)) {
                    failures.add("inbox filter name=" + show(bad) + ": not stored as typed");
                }
            }, k("journey.inbox.error.filterName"), !bad.isBlank() && clean.length() <= 60);
        }

        // notes of Kontakta företaget and Avsluta kompetensresa, the analysis: a task of a fresh journey each time one is used
        Supplier<String[]> contact = () -> waitingTask(w, fx, walker, JourneyProcess.TASK_CONTACT_COMPANY);
        Supplier<String[]> close = () -> waitingTask(w, fx, walker, JourneyProcess.TASK_CLOSE_JOURNEY);
        String[][] task = {contact.get(), close.get()};
        for (String bad : NASTY) {
            w.runAs(w.coachA);
            String[] t = task[0];
            text("contact note", "journey_event where type = 'COMPANY_CONTACTED'", bad, 2000, true, "journey.error.note", v -> {
                inbox.completeContact(t[0], v);
                task[0] = contact.get();
                return string("select detail from journey_event where journey_id = ? and type = 'COMPANY_CONTACTED'", Long.parseLong(t[1]));
            });
            w.runAs(w.coachA);
            String[] c = task[1];
            text("closing note", "journey_event where type = 'CLOSED'", bad, 2000, false, "journey.error.note", v -> {
                inbox.completeClose(c[0], v);
                task[1] = close.get();
                return string("select detail from journey_event where journey_id = ? and type = 'CLOSED'", Long.parseLong(c[1]));
            });
        }
        String[] analysis = waitingTask(w, fx, walker, JourneyProcess.TASK_ANALYSE_SURVEY);
        w.runAs(w.coachA);
        for (String bad : NASTY) {
            attempt("analysis track=" + show(bad), "journey_event where type = 'ANALYSIS_CONFIRMED'",
                    () -> inbox.completeAnalysis(analysis[0], bad, List.of(CompetenceAreas.LEAN)), k("journey.analysis.error.track"), false);
            attempt("analysis area=" + show(bad), "journey_event where type = 'ANALYSIS_CONFIRMED'",
                    () -> inbox.completeAnalysis(analysis[0], "BAS", List.of(CompetenceAreas.LEAN, bad)), k("journey.analysis.error.areas"), false);
        }

        // the withdrawal reason (a manager; a fresh journey for each accepted one) and case-file comments
        long[] active = {freshJourney(w, fx)};
        for (String bad : NASTY) {
            w.runAs(w.managerA);
            long companyId = active[0];
            text("withdraw reason", "journey_event where type = 'WITHDRAWAL_REQUESTED'", bad, 2000, true, "journey.error.reason", v -> {
                journeys.withdraw(companyId, v);
                active[0] = freshJourney(w, fx);
                return string("select e.detail from journey_event e join journey j on j.id = e.journey_id"
                        + " where j.company_id = ? and e.type = 'WITHDRAWAL_REQUESTED'", companyId);
            });
        }
        long commented = freshJourney(w, fx);
        w.runAs(w.coachA);
        int i = 0;
        for (String bad : NASTY) {
            boolean internal = i++ % 2 == 0;
            text("case-file comment", "journey_comment", bad, 4000, true, "journey.comment.error.", v -> {
                long id = caseFile.addComment(commented, v, internal).id();
                return string("select body from journey_comment where id = ?", id);
            });
        }
        // an attachment's file name comes from the browser with the file: it is kept, except what a file name may not
        // hold (path and control characters, direction overrides), and it gets the extension of the content; a name
        // over 200 characters is refused beside the upload, never cut
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (String bad : NASTY) {
            attempt("attachment file name=" + show(bad), "journey_attachment", () -> {
                String kept = string("select file_name from journey_attachment where id = ?", caseFile.addAttachment(commented, bad, pdf).id());
                boolean plain = !bad.isBlank() && bad.strip().length() <= 200 && bad.strip().codePoints().noneMatch(c -> Character.isISOControl(c)
                        || (c >= 0x200E && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF
                        || "\\/:*?\"<>|".indexOf(c) >= 0);
                boolean safe = kept.endsWith(".pdf") && kept.length() <= 255 && kept.codePoints().noneMatch(c -> Character.isISOControl(c)
                        || (c >= 0x200E && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF
                        || "\\/:*?\"<>|".indexOf(c) >= 0);
                if (!safe || (plain && !kept.equals(bad.strip() + (bad.strip().toLowerCase().endsWith(".pdf") ? "" : ".pdf")))) {
                    failures.add("attachment file name=" + show(bad) + ": stored as " + show(kept));
                }
                if (bad.strip().length() > 200) {
                    failures.add("attachment file name=" + show(bad) + ": over 200 characters, accepted as " + show(kept));
                }
            }, e -> key(e).equals("journey.attachment.error.name") && bad.strip().length() > 200, true);
        }
        SecurityContextHolder.clearContext();
    }

    /** A new company of delprojekt A whose journey waits at the task: {task id, journey id}. */
    private String[] waitingTask(CoachingTestData w, JourneyFixtures fx, JourneyWalker walker, String taskKey) {
        CompanyInfo c = fx.company(w.subprojectA.id(), 10);
        JourneyInfo j = walker.startAt(fx, c, Map.of(), taskKey);
        return new String[]{walker.taskId(walker.processInstance(j), taskKey), String.valueOf(j.id())};
    }

    /** A new company of delprojekt A with an active journey. */
    private long freshJourney(CoachingTestData w, JourneyFixtures fx) {
        CompanyInfo c = fx.company(w.subprojectA.id(), 10);
        journeys.startAsSystem(c.id());
        return c.id();
    }

    // ---------------------------------------------------------------- participants (company A of the ledger world)

    private void participantForms(LedgerWorld lw) {
        long company = lw.w.companyA.id();
        lw.w.runAs(lw.w.companyUserA);
        LocalDate start = lw.earlier.atDay(1);
        for (String bad : NASTY) {
            text("participant name", "participant", bad, 200, true, "participant.error.name.", v -> participants.get(participants
                    .add(company, new ParticipantForm(v, newPnr(), false, null, "p@example.se", start, "sv")).id()).name());
            attempt("participant email=" + show(bad), "participant", () -> participants.add(company,
                    new ParticipantForm("Kim", newPnr(), false, null, bad, start, "sv")), k("participant.error.email."), false);
            attempt("participant personnummer=" + show(bad), "participant", () -> participants.add(company,
                    new ParticipantForm("Kim", bad, false, null, "p@example.se", start, "sv")), k("participant.error.pnr."), false);
        }
        for (String pnr : new String[]{"19991399-1234", "20250230-0000", "000000-0000", "99999999-9999", "1985-03-15-1234",
                "١٩٨٥٠٣١٥١٢٣٤", "１９８５０３１５-１２３４", "19850315\u202E1234", "18000101-0008", "850315 1234"}) {
            attempt("participant personnummer=" + show(pnr), "participant", () -> {
                long id = participants.add(company, new ParticipantForm("Kim", pnr, false, null, "p@example.se", start, "sv")).id();
                if (participants.findByNumber(company, pnr).map(ParticipantInfo::id).orElse(-1L) != id) {
                    failures.add("participant personnummer=" + show(pnr) + ": not found by the number typed");
                }
            }, k("participant.error.pnr."), se.kompetensresan.shared.PersonalIdentityNumber.isValid(pnr));
        }
        for (String email : new String[]{"a@b.se\u202E", "a\u0000@b.se", "kim@exempel.se\r\nBcc: x@y.se", "😀@😀.se",
                "a".repeat(250) + "@b.se", "\"kim\"@b.se"}) {
            String clean = email.strip();
            attempt("participant email=" + show(email), "participant", () -> {
                String kept = participants.get(participants.add(company, new ParticipantForm("Kim", newPnr(), false, null, email,
                        start, "sv")).id()).email();
                if (!clean.equals(kept)) {
                    failures.add("participant email=" + show(email) + ": stored changed as " + show(kept));
                }
            }, k("participant.error.email."), clean.length() <= 254 && clean.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"));
        }
        for (LocalDate d : ODD_DATES) {
            attempt("participant start=" + d, "participant", () -> {
                LocalDate kept = participants.get(participants.add(company, new ParticipantForm("Kim", newPnr(), false, null,
                        "p@example.se", d, "sv")).id()).startDate();
                if (!Objects.equals(kept, d)) {
                    failures.add("participant start=" + d + ": stored changed as " + kept);
                }
            }, k("participant.error.start."), d != null && DateRules.inRange(d));
        }
        long edited = participants.add(company, new ParticipantForm("Kim Redigerad", newPnr(), false, null, "kim@example.se",
                start, "sv")).id();
        for (String bad : NASTY) {
            text("participant update name", "participant", bad, 200, true, "participant.error.name.", v -> participants.get(
                    participants.update(edited, new ParticipantForm(v, null, false, null, "kim@example.se", start, "sv")).id()).name());
            attempt("participant update email=" + show(bad), "participant", () -> participants.update(edited,
                    new ParticipantForm("Kim", null, false, null, bad, start, "sv")), k("participant.error.email."), false);
        }

        // the end of a participation
        long ending = participants.add(company, new ParticipantForm("Kim Slutar", newPnr(), false, null, "kim@example.se",
                start, "sv")).id();
        for (LocalDate d : new LocalDate[]{null, LocalDate.MIN, LocalDate.MAX, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31),
                start.minusDays(1), DateRules.LATEST}) {
            attempt("participant end=" + d, "participant where end_date is not null", () -> {
                LocalDate kept = participants.get(participants.end(ending, d, se.kompetensresan.participant.EndReason.LEFT_COMPANY)
                        .id()).endDate();
                if (!Objects.equals(kept, d)) {
                    failures.add("participant end=" + d + ": stored changed as " + kept);
                }
            }, e -> key(e).startsWith("participant.error.end."), d != null && DateRules.inRange(d) && !d.isBefore(start));
        }
        ParticipantInfo[] erasable = {lw.participant("Radera Mig", true)};
        for (String bad : NASTY) {
            lw.w.runAs(lw.w.managerA);
            se.kompetensresan.security.StepUps.confirmed();
            ParticipantInfo p = erasable[0];
            text("erasure reason", "participant_erasure", bad, 1000, true, "participant.error.erase.reason.", v -> {
                participants.erase(p.id(), v);
                erasable[0] = lw.participant("Radera Mig", true);
                return string("select reason from participant_erasure where participant_id = ?", p.id());
            });
        }
        lw.w.runAs(lw.w.companyUserA);

        // the imported list: a nasty cell in each column, quoted as a spreadsheet writes it
        String[] prefixes = {"participant.error.name.", "participant.error.pnr.", "participant.error.email.", "participant.error.start."};
        for (String bad : NASTY) {
            for (int col = 0; col < 4; col++) {
                String[] cells = {"Import Person", newPnr(), "import@example.se", start.toString()};
                cells[col] = bad;
                String line = String.join(";", Arrays.stream(cells).map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList());
                int column = col;
                String clean = TextRules.clean(bad);
                boolean fits = column == 0 && clean != null && clean.length() <= 200
                        || column == 3 && clean == null;
                attempt("import column " + col + "=" + show(bad), "participant", () -> {
                    List<ImportRow> rows = ImportParser.parseText("Namn;Personnummer;E-post;Startdatum\n" + line + "\n");
                    ImportReport r = participants.importRows(company, rows);
                    if (r.lines().size() != 1) {
                        failures.add("import column " + column + "=" + show(bad) + ": " + r.lines().size() + " lines");
                        return;
                    }
                    ImportReport.Line l = r.lines().get(0);
                    if (l.messageKey() != null) {
                        throw new UserMessageException(l.messageKey()); // the import's own result for the row
                    }
                    ParticipantInfo p = participants.get(l.participantId());
                    if (column == 0 && !p.name().equals(clean)) {
                        failures.add("import column 0=" + show(bad) + ": stored changed as " + show(p.name()));
                    }
                }, k(prefixes[col]), fits);
            }
        }
        SecurityContextHolder.clearContext();
    }

    // ---------------------------------------------------------------- attendance hours

    private void attendanceHours(LedgerWorld lw) {
        ParticipantInfo p = lw.participant("Närvaro Person", true);
        lw.w.runAs(lw.w.companyUserA);
        attendance.register(lw.activity1, p.id());
        LocalDate day = lw.day(9);
        List<String> hours = new ArrayList<>(NASTY);
        hours.addAll(List.of("4O", "-1", "1e309", "13,5", "4", "13", "14", "0.5", "1,0", "+3", "1e1", "0x10", "1_0", "7.00",
                "٤", "1e-5", "1e999999999999", "--1", "4 h"));
        for (String h : hours) {
            Integer expected;
            try {
                BigDecimal d = new BigDecimal(h.strip().replace(',', '.'));
                expected = d.signum() >= 0 && d.compareTo(BigDecimal.valueOf(13)) <= 0 && d.stripTrailingZeros().scale() <= 0
                        ? d.intValueExact() : null;
            } catch (NumberFormatException | ArithmeticException e) {
                expected = h.isBlank() ? Integer.valueOf(0) : null;
            }
            Integer exp = expected;
            attempt("attendance hours=" + show(h), "attendance_day", () -> {
                int stored = attendance.record(lw.activity1, p.id(), day, h);
                Integer kept = jdbc.query("select hours from attendance_day where activity_id = ? and participant_id = ? and attendance_date = ?",
                        rs -> rs.next() ? rs.getInt(1) : 0, lw.activity1, p.id(), day);
                if (!Objects.equals(kept, exp) || stored != kept) {
                    failures.add("attendance hours=" + show(h) + ": stored " + kept + " (returned " + stored + ")");
                }
            }, k("participant.error.hours."), exp != null);
        }
        for (LocalDate d : new LocalDate[]{null, LocalDate.MIN, LocalDate.MAX, lw.month.atDay(1).minusDays(1),
                LocalDate.now().plusDays(1), LocalDate.of(1, 1, 1)}) {
            attempt("attendance day=" + d, "attendance_day", () -> attendance.record(lw.activity1, p.id(), d, "4"),
                    k("participant.error.day."), false);
        }
        SecurityContextHolder.clearContext();
    }

    // ---------------------------------------------------------------- the signing page

    private void signingPage(LedgerWorld lw) {
        List<ParticipantInfo> signers = new ArrayList<>();
        for (int i = 0; i < 2 * NASTY.size(); i++) {
            ParticipantInfo p = lw.participant("Signerare " + i, i % 2 == 0);
            lw.hours(lw.activity2, p, lw.day(10), "3");
            signers.add(p);
        }
        signing.createMonthlyRequests(lw.month);
        int[] next = {0};
        for (String bad : NASTY) {
            ParticipantInfo p = signers.get(next[0]);
            String token = lw.latestToken(p);
            text("dispute comment", "participant_month where status = 'DISPUTED'", bad, 1000, true, "participant.error.dispute.", v -> {
                signing.dispute(token, p.email(), v);
                next[0]++;
                return string("select dispute_comment from participant_month where participant_id = ? and dispute_comment is not null",
                        p.id());
            });
        }
        // the company reopens a sent month (the signers not used above), and sends a disputed one again with a reason
        List<ParticipantInfo> sent = signers.subList(next[0], signers.size());
        List<ParticipantInfo> disputed = signers.subList(0, next[0]);
        int[] reopened = {0};
        int[] resent = {0};
        for (String bad : NASTY) {
            lw.w.runAs(lw.w.companyUserA);
            long month = signing.monthsOf(sent.get(reopened[0]).id()).stream().filter(m -> m.month().equals(lw.month))
                    .findFirst().orElseThrow().id();
            text("reopen reason", "participant_month_event where type = 'REOPENED'", bad, 1000, true, "participant.error.reason.", v -> {
                signing.reopen(month, v);
                reopened[0]++;
                return string("select comment from participant_month_event where participant_month_id = ? and type = 'REOPENED'", month);
            });
            if (resent[0] < disputed.size()) {
                long again = signing.monthsOf(disputed.get(resent[0]).id()).stream().filter(m -> m.month().equals(lw.month))
                        .findFirst().orElseThrow().id();
                text("resend reason", "participant_month_event where type = 'CORRECTED'", bad, 1000, true, "participant.error.reason.", v -> {
                    signing.resend(again, v);
                    resent[0]++;
                    return string("select comment from participant_month_event where participant_month_id = ? and type = 'CORRECTED'", again);
                });
            }
        }
        SecurityContextHolder.clearContext();
        for (String bad : NASTY) {
            attempt("signing link=" + show(bad), "participant_month where status = 'DISPUTED'",
                    () -> signing.dispute(bad, "kim@example.se", "Timmarna stämmer inte"), k("participant.sign.invalid"), false);
            attempt("signing page=" + show(bad), "participant_month where status = 'DISPUTED'",
                    () -> assertThat(signing.open(bad, bad)).isEmpty(), e -> false, true);
        }
    }

    // ---------------------------------------------------------------- catalogue

    private void catalogueForm(CoachingTestData w) {
        w.runAs(w.admin);
        int[] seq = {0};
        Function<CourseForm, Long> save = f -> {
            long id = catalogue.save(f).id();
            catalogue.setActive(id, false); // no other test's plan is proposed these courses
            return id;
        };
        Supplier<String> provider = () -> "Skolan " + w.key + "-" + seq[0]++;
        BigDecimal price = new BigDecimal("1000");
        for (String bad : NASTY) {
            text("course name", "training_course", bad, 200, true, "catalogue.error.name.", v -> string(
                    "select name from training_course where id = ?", save.apply(new CourseForm(null, v, provider.get(),
                            CompetenceAreas.CNC, null, 8, price, CourseDelivery.CLASSROOM))));
            text("course provider", "training_course", bad, 200, true, "catalogue.error.provider.", v -> string(
                    "select provider from training_course where id = ?", save.apply(new CourseForm(null, "Kurs " + seq[0]++, v,
                            CompetenceAreas.CNC, null, 8, price, CourseDelivery.CLASSROOM))));
            text("course description", "training_course", bad, 2000, false, "catalogue.error.description.", v -> string(
                    "select description from training_course where id = ?", save.apply(new CourseForm(null, "Kurs", provider.get(),
                            CompetenceAreas.CNC, v, 8, price, CourseDelivery.CLASSROOM))));
            attempt("course area=" + show(bad), "training_course", () -> save.apply(new CourseForm(null, "Kurs", provider.get(),
                    bad, null, 8, price, CourseDelivery.CLASSROOM)), k("catalogue.error.area."), false);
        }
        for (Integer n : BAD_INTS) {
            attempt("course hours=" + n, "training_course", () -> save.apply(new CourseForm(null, "Kurs", provider.get(),
                    CompetenceAreas.CNC, null, n, price, CourseDelivery.CLASSROOM)), k("catalogue.error.hours."), false);
        }
        for (String p : new String[]{"-0.01", "-1e10", "1e30", "1000000.01", "0.001", "1E-30", null}) {
            BigDecimal value = p == null ? null : new BigDecimal(p);
            attempt("course price=" + p, "training_course", () -> save.apply(new CourseForm(null, "Kurs", provider.get(),
                    CompetenceAreas.CNC, null, 8, value, CourseDelivery.CLASSROOM)), k("catalogue.error.price."), false);
        }
        attempt("course delivery=null", "training_course", () -> save.apply(new CourseForm(null, "Kurs", provider.get(),
                CompetenceAreas.CNC, null, 8, price, null)), k("catalogue.error.delivery."), false);
        SecurityContextHolder.clearContext();
    }

    // ---------------------------------------------------------------- projects and delprojekt

    private record P(String name, String caseNumber, String owner, LocalDate start, LocalDate end, BigDecimal budget,
                     BigDecimal support, Integer coFinancing, Integer participants, Integer women, Integer followUp,
                     Map<Integer, BigDecimal> unitCosts, String sectors) {
        static P valid() {
            return new P("Projekt", "2026/01", "Region", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
                    new BigDecimal("1000000"), new BigDecimal("500000"), 50, 100, 20, 3, Map.of(2026, new BigDecimal("500")), "");
        }

        ProjectForm form() {
            return new ProjectForm(null, name, caseNumber, owner, start, end, budget, support, coFinancing, participants, women,
                    followUp, unitCosts, sectors);
        }
    }

    private void project(String what, String field, P p, boolean mayBeAccepted) {
        ProjectForm f = p.form();
        attempt("project " + what, "project", () -> {
            ProjectForm kept = projects.form(projects.save(f).id());
            boolean same = Objects.equals(kept.name(), f.name().strip()) && Objects.equals(kept.caseNumber(), TextRules.clean(f.caseNumber()))
                    && Objects.equals(kept.ownerOrganisation(), f.ownerOrganisation().strip())
                    && kept.budget().compareTo(f.budget()) == 0 && kept.esfSupport().compareTo(f.esfSupport()) == 0
                    && kept.startDate().equals(f.startDate()) && kept.endDate().equals(f.endDate())
                    && kept.unitCosts().keySet().equals(f.unitCosts().keySet())
                    && f.unitCosts().entrySet().stream().allMatch(c -> kept.unitCosts().get(c.getKey()).compareTo(c.getValue()) == 0)
                    && ProjectService.parseSectors(kept.extraSectors()).equals(ProjectService.parseSectors(f.extraSectors()));
            if (!same) {
                failures.add("project " + what + ": stored changed as " + kept);
            }
        }, e -> firstProblemAt(projects.validate(f), field, e), mayBeAccepted);
    }

    /** The form's first problem (the one save refuses with) is at the field, with the key save refused with. */
    private static boolean firstProblemAt(Map<String, String> problems, String field, RuntimeException e) {
        return !problems.isEmpty() && problems.keySet().iterator().next().equals(field) && key(e).equals(problems.get(field));
    }

    private void projectForms(CoachingTestData w) {
        w.runAs(w.admin);
        for (String bad : NASTY) {
            P v = P.valid();
            boolean blank = bad.isBlank();
            project("name=" + show(bad), "name", new P(bad, v.caseNumber, v.owner, v.start, v.end, v.budget, v.support,
                    v.coFinancing, v.participants, v.women, v.followUp, v.unitCosts, v.sectors), !blank && bad.length() <= 200);
            project("case number=" + show(bad), "caseNumber", new P(v.name, bad, v.owner, v.start, v.end, v.budget, v.support,
                    v.coFinancing, v.participants, v.women, v.followUp, v.unitCosts, v.sectors), bad.length() <= 50);
            project("owner=" + show(bad), "ownerOrganisation", new P(v.name, v.caseNumber, bad, v.start, v.end, v.budget, v.support,
                    v.coFinancing, v.participants, v.women, v.followUp, v.unitCosts, v.sectors), !blank && bad.strip().length() <= 200);
            project("extra sectors=" + show(bad), "extraSectors", new P(v.name, v.caseNumber, v.owner, v.start, v.end, v.budget,
                    v.support, v.coFinancing, v.participants, v.women, v.followUp, v.unitCosts, bad), blank);
        }
        P v = P.valid();
        for (String b : new String[]{"-1", "1e30", "99999999999999999999999", "0.001", "10000000000000"}) {
            BigDecimal d = new BigDecimal(b);
            project("budget=" + b, "budget", new P(v.name, v.caseNumber, v.owner, v.start, v.end, d, BigDecimal.ZERO,
                    v.coFinancing, v.participants, v.women, v.followUp, v.unitCosts, v.sectors), false);
            project("support=" + b, "esfSupport", new P(v.name, v.caseNumber, v.owner, v.start, v.end, v.budget, d,
                    v.coFinancing, v.participants, v.women, v.followUp, v.unitCosts, v.sectors), false);
            project("unit cost=" + b, "unitCosts", new P(v.name, v.caseNumber, v.owner, v.start, v.end, v.budget, v.support,
                    v.coFinancing, v.participants, v.women, v.followUp, Map.of(2026, d), v.sectors), false);
        }
        project("unit cost year=1900", "unitCosts", new P(v.name, v.caseNumber, v.owner, v.start, v.end, v.budget, v.support,
                v.coFinancing, v.participants, v.women, v.followUp, Map.of(1900, BigDecimal.TEN), v.sectors), false);
        project("no unit cost", "unitCosts", new P(v.name, v.caseNumber, v.owner, v.start, v.end, v.budget, v.support,
                v.coFinancing, v.participants, v.women, v.followUp, Map.of(), v.sectors), false);
        for (Integer n : new Integer[]{-1, 101, Integer.MIN_VALUE, Integer.MAX_VALUE, null}) {
            project("co-financing=" + n, "coFinancingPercent", new P(v.name, v.caseNumber, v.owner, v.start, v.end, v.budget,
                    v.support, n, v.participants, v.women, v.followUp, v.unitCosts, v.sectors), false);
            project("women=" + n, "plannedWomenPercent", new P(v.name, v.caseNumber, v.owner, v.start, v.end, v.budget,
                    v.support, v.coFinancing, v.participants, n, v.followUp, v.unitCosts, v.sectors), false);
            project("follow-up months=" + n, "followUpMonths", new P(v.name, v.caseNumber, v.owner, v.start, v.end, v.budget,
                    v.support, v.coFinancing, v.participants, v.women, n, v.unitCosts, v.sectors), false);
        }
        for (Integer n : new Integer[]{-1, Integer.MIN_VALUE, null}) {
            project("participants=" + n, "plannedParticipants", new P(v.name, v.caseNumber, v.owner, v.start, v.end, v.budget,
                    v.support, v.coFinancing, n, v.women, v.followUp, v.unitCosts, v.sectors), false);
        }
        project("start=null", "startDate", new P(v.name, v.caseNumber, v.owner, null, v.end, v.budget, v.support,
                v.coFinancing, v.participants, v.women, v.followUp, v.unitCosts, v.sectors), false);
        project("end=null", "endDate", new P(v.name, v.caseNumber, v.owner, v.start, null, v.budget, v.support,
                v.coFinancing, v.participants, v.women, v.followUp, v.unitCosts, v.sectors), false);
        project("end before start", "endDate", new P(v.name, v.caseNumber, v.owner, v.start, v.start.minusDays(1), v.budget,
                v.support, v.coFinancing, v.participants, v.women, v.followUp, v.unitCosts, v.sectors), false);
        project("start=MIN", "startDate", new P(v.name, v.caseNumber, v.owner, LocalDate.MIN, v.end, v.budget, v.support,
                v.coFinancing, v.participants, v.women, v.followUp, v.unitCosts, v.sectors), false);
        project("end=MAX", "endDate", new P(v.name, v.caseNumber, v.owner, v.start, LocalDate.MAX, v.budget, v.support,
                v.coFinancing, v.participants, v.women, v.followUp, v.unitCosts, v.sectors), false);

        // delprojekt
        long projectId = w.project.id();
        for (String bad : NASTY) {
            boolean blank = bad.isBlank();
            subproject("name=" + show(bad), "name", new SubprojectForm(null, projectId, bad, "Kommun", List.of("1883"), 10, 20,
                    Set.of(), Set.of()), !blank && bad.length() <= 200);
            subproject("owner=" + show(bad), "ownerOrganisation", new SubprojectForm(null, projectId, "Del", bad, List.of("1883"),
                    10, 20, Set.of(), Set.of()), blank || bad.strip().length() <= 200);
            subproject("municipality=" + show(bad), "municipalities", new SubprojectForm(null, projectId, "Del", "Kommun",
                    List.of(bad), 10, 20, Set.of(), Set.of()), false);
        }
        for (Integer n : new Integer[]{-1, Integer.MIN_VALUE, null}) {
            subproject("participants=" + n, "plannedParticipants", new SubprojectForm(null, projectId, "Del", "Kommun",
                    List.of("1883"), n, 20, Set.of(), Set.of()), false);
            subproject("women=" + n, "plannedWomenPercent", new SubprojectForm(null, projectId, "Del", "Kommun",
                    List.of("1883"), 10, n, Set.of(), Set.of()), false);
        }
        SecurityContextHolder.clearContext();
    }

    private void subproject(String what, String field, SubprojectForm f, boolean mayBeAccepted) {
        attempt("delprojekt " + what, "subproject", () -> {
            var kept = projects.subproject(projects.saveSubproject(f).id()).orElseThrow();
            if (!kept.name().equals(f.name().strip()) || !Objects.equals(kept.ownerOrganisation(), TextRules.clean(f.ownerOrganisation()))) {
                failures.add("delprojekt " + what + ": stored changed as " + show(kept.name()) + " / " + show(kept.ownerOrganisation()));
            }
        }, e -> firstProblemAt(projects.validate(f), field, e), mayBeAccepted);
    }

    // ---------------------------------------------------------------- lägesrapport

    private void progressReport(CoachingTestData w) {
        w.runAs(w.managerA);
        LocalDate from = LocalDate.now().withDayOfMonth(1);
        ReportFilter f = new ReportFilter(w.project.id(), w.subprojectA.id(), null, from, from.plusMonths(1).minusDays(1));
        for (ProgressHeading h : new ProgressHeading[]{ProgressHeading.DEVIATIONS, ProgressHeading.ACTIVITIES}) {
            for (String bad : NASTY) {
                attempt("lägesrapport " + h + "=" + show(bad), "progress_report_version", () -> {
                    Map<ProgressHeading, String> texts = new EnumMap<>(reports.draft(f).narratives());
                    texts.put(h, bad);
                    reports.save(f, texts);
                    String kept = reports.draft(f).narratives().get(h);
                    if (!bad.strip().equals(kept)) {
                        failures.add("lägesrapport " + h + "=" + show(bad) + ": stored changed as " + show(kept));
                    }
                }, k("reporting.progress.error.length." + h.name()), bad.length() <= 8000);
            }
        }
        for (String bad : NASTY) {
            attempt("lägesrapport county=" + show(bad), "progress_report_version", () -> reports.draft(new ReportFilter(w.project.id(),
                    null, bad, from, from.plusMonths(1))), k("reporting.error.county"), bad.isBlank());
        }
        SecurityContextHolder.clearContext();
    }
}
