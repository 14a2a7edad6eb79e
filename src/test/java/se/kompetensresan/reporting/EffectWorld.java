package se.kompetensresan.reporting;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.participant.ParticipantForm;
import se.kompetensresan.participant.ParticipantInfo;
import se.kompetensresan.participant.ParticipantService;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A hand-counted fixture for effect measurement and demand, on {@link CoachingTestData}'s project (delprojekt A in
 * Karlskoga 1883, county 18; B in Uppsala 0380, county 03). The period is Q2 2026. Levels are current/required
 * (employees concerned); "plan" is an approved development plan's planned activity.
 * <pre>
 * company   dp  kartläggning (FIRST)                     uppföljning (FOLLOW_UP)            plan
 * A         A   2026-03-01 WELDING 1/3 (4), LEAN 2/3 (2)  2026-05-15 WELDING 3/3, LEAN 2/3    WELDING (3 people, 12 000)
 *               (both rounds and the plan on journey 1 of A)
 * B "=HYP…" B   2026-03-02 WELDING 2/2 (5), LEAN 1/4 (6)  2026-05-20 WELDING 3/4, LEAN 2/4    LEAN (2 people, 8 000)
 * A2        A   2026-03-03 WELDING 1/4 (3)                2026-07-10 (after the period)       –
 * A3        A   2026-03-04 WELDING 2/4 (2)                draft                                submitted only: WELDING 5 000
 * A4        A   2026-03-05 WELDING 1/3 (1), AUTOMATION 3/4 (7)   –                             –
 * A5        A   2026-03-06 WELDING 2/4 (no number)        –                                    –
 * A6        A   2026-08-01 WELDING 1/4 (9) (after the period)    –                             –
 * training: A's WELDING activity: Anna (W), Carl (M); B's LEAN activity: Berit (W)
 * </pre>
 * Effect (Q2, whole project): 2 companies, both with stegförflyttning. WELDING: before 1+2, after 3+3, 2 stepped;
 * plan's areas gap 2→0 (A), others 0→1 (B). LEAN: before 2+1, after 2+2, 1 stepped (B); plan's gap 3→2 (B), others
 * 1→1 (A). Together: plan's areas 2 answers 5→2, the others 2 answers 1→2.
 * <br>Demand (Q2, whole project, rule ≥ 5 companies with gap ≥ 2): 6 companies. WELDING gap ≥ 1: A, A2, A3, A4, A5;
 * gap ≥ 2: the same 5 → open course; employees 4+3+2+1+0 = 10; gaps 2+3+2+2+2 = 11. LEAN: gap A 1, B 3 → 1 with
 * need → company-specific; employees 8, of the need 6. AUTOMATION: A4 gap 1 → none; employees 7.
 */
public class EffectWorld {

    public static final String INJECTION = "=HYPERLINK(\"http://evil.example\",\"klicka\")";
    static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    static final LocalDate TO = LocalDate.of(2026, 6, 30);

    public final CoachingTestData w;
    final JdbcTemplate jdbc;
    final long a2, a3, a4, a5, a6;
    final long journeyOfA;
    public final String injectionName;

    public EffectWorld(ApplicationContext ctx) {
        w = new CoachingTestData(ctx);
        jdbc = ctx.getBean(JdbcTemplate.class);
        long a = w.companyA.id();
        long b = w.companyB.id();
        injectionName = INJECTION + " " + w.key;
        jdbc.update("update company set municipality_code = '0380', name = ? where id = ?", injectionName, b);
        a2 = company("A2");
        a3 = company("A3");
        a4 = company("A4");
        a5 = company("A5");
        a6 = company("A6");
        journeyOfA = 9_000_000_000L + a;

        long aBefore = response(a, journeyOfA, "FIRST", "SUBMITTED", "2026-03-01T10:00:00");
        matrix(aBefore, "WELDING", 1, 3, 4);
        matrix(aBefore, "LEAN", 2, 3, 2);
        long aAfter = response(a, journeyOfA, "FOLLOW_UP", "SUBMITTED", "2026-05-15T10:00:00");
        matrix(aAfter, "WELDING", 3, 3, 4);
        matrix(aAfter, "LEAN", 2, 3, 2);
        long planA = plan(a, journeyOfA, "APPROVED");
        long weldingOfA = activity(planA, "WELDING", 3, "12000");

        long bBefore = response(b, null, "FIRST", "SUBMITTED", "2026-03-02T10:00:00");
        matrix(bBefore, "WELDING", 2, 2, 5);
        matrix(bBefore, "LEAN", 1, 4, 6);
        long bAfter = response(b, null, "FOLLOW_UP", "SUBMITTED", "2026-05-20T10:00:00");
        matrix(bAfter, "WELDING", 3, 4, 5);
        matrix(bAfter, "LEAN", 2, 4, 6);
        long planB = plan(b, null, "APPROVED");
        long leanOfB = activity(planB, "LEAN", 2, "8000");

        long a2Before = response(a2, null, "FIRST", "SUBMITTED", "2026-03-03T10:00:00");
        matrix(a2Before, "WELDING", 1, 4, 3);
        long a2After = response(a2, null, "FOLLOW_UP", "SUBMITTED", "2026-07-10T10:00:00");
        matrix(a2After, "WELDING", 4, 4, 3);

        long a3Before = response(a3, null, "FIRST", "SUBMITTED", "2026-03-04T10:00:00");
        matrix(a3Before, "WELDING", 2, 4, 2);
        long a3After = response(a3, null, "FOLLOW_UP", "DRAFT", null);
        matrix(a3After, "WELDING", 4, 4, 2);
        activity(plan(a3, null, "SUBMITTED"), "WELDING", 4, "5000");

        long a4Before = response(a4, null, "FIRST", "SUBMITTED", "2026-03-05T10:00:00");
        matrix(a4Before, "WELDING", 1, 3, 1);
        matrix(a4Before, "AUTOMATION", 3, 4, 7);
        long a5Before = response(a5, null, "FIRST", "SUBMITTED", "2026-03-06T10:00:00");
        matrix(a5Before, "WELDING", 2, 4, null);
        long a6Before = response(a6, null, "FIRST", "SUBMITTED", "2026-08-01T10:00:00");
        matrix(a6Before, "WELDING", 1, 4, 9);

        ParticipantService participants = ctx.getBean(ParticipantService.class);
        w.runAs(w.companyUserA);
        ParticipantInfo anna = add(participants, a, "Anna Andersson", "19850315", 22);
        ParticipantInfo carl = add(participants, a, "Carl Carlsson", "19600606", 11);
        w.runAs(w.companyUserB);
        ParticipantInfo berit = add(participants, b, "Berit Berg", "20000202", 42);
        SecurityContextHolder.clearContext();
        register(training(weldingOfA, a), anna, carl);
        register(training(leanOfB, b), berit);
    }

    public ReportFilter q2() {
        return new ReportFilter(w.project.id(), null, null, FROM, TO);
    }

    private long company(String suffix) {
        String name = "Verkstad " + suffix + " " + w.key;
        jdbc.update("insert into company (organisation_number, name, subproject_id, municipality_code, created_at)"
                + " values (?, ?, ?, '1883', current_timestamp)", CoachingTestData.organisationNumber(), name, w.subprojectA.id());
        return jdbc.queryForObject("select id from company where name = ?", Long.class, name);
    }

    private long response(long companyId, Long journeyId, String round, String status, String submitted) {
        jdbc.update("insert into survey_response (company_id, journey_id, survey_round, status, questionnaire_version, version,"
                + " created_at, updated_at, submitted_at) values (?, ?, ?, ?, 'v1', 0, current_timestamp, current_timestamp, ?)",
                companyId, journeyId, round, status, submitted == null ? null : Timestamp.valueOf(LocalDateTime.parse(submitted)));
        long id = jdbc.queryForObject("select max(id) from survey_response where company_id = ?", Long.class, companyId);
        // a plain answer beside the matrix (not a level)
        jdbc.update("insert into survey_value (response_id, question_key, row_code, value_part, answer_value)"
                + " values (?, 'recruitmentCount', '', '', '3')", id);
        return id;
    }

    private void matrix(long responseId, String area, int current, int required, Integer employees) {
        value(responseId, area, "current", current);
        value(responseId, area, "required", required);
        if (employees != null) {
            value(responseId, area, "employees", employees);
        }
        value(responseId, area, "priority", null);
    }

    private void value(long responseId, String area, String part, Integer v) {
        jdbc.update("insert into survey_value (response_id, question_key, row_code, value_part, answer_value)"
                + " values (?, 'matrix', ?, ?, ?)", responseId, area, part, v == null ? "HIGH" : String.valueOf(v));
    }

    private long plan(long companyId, Long journeyId, String status) {
        jdbc.update("insert into development_plan (company_id, journey_id, version, status) values (?, ?, 1, ?)",
                companyId, journeyId, status);
        return jdbc.queryForObject("select max(id) from development_plan where company_id = ?", Long.class, companyId);
    }

    private long activity(long planId, String area, int people, String cost) {
        jdbc.update("insert into planned_activity (plan_id, area_code, title, participants, hours_per_participant,"
                + " estimated_cost) values (?, ?, ?, ?, 16, ?)", planId, area, "Kurs " + area, people, new BigDecimal(cost));
        return jdbc.queryForObject("select max(id) from planned_activity where plan_id = ?", Long.class, planId);
    }

    private long training(long plannedActivityId, long companyId) {
        jdbc.update("insert into training_activity (planned_activity_id, company_id, course_name, provider, location,"
                + " start_date, end_date, hours_per_participant, status, booked_by) values (?, ?, 'Kurs', 'Lernia',"
                + " 'Karlskoga', ?, ?, 16, 'BOOKED', 'test')", plannedActivityId, companyId, LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 4, 30));
        return jdbc.queryForObject("select id from training_activity where planned_activity_id = ?", Long.class, plannedActivityId);
    }

    private void register(long activityId, ParticipantInfo... people) {
        for (ParticipantInfo p : people) {
            jdbc.update("insert into activity_registration (activity_id, participant_id, registered_by, registered_at)"
                    + " values (?, ?, 'test', current_timestamp)", activityId, p.id());
        }
    }

    private ParticipantInfo add(ParticipantService participants, long companyId, String name, String born, int serial) {
        return participants.add(companyId, new ParticipantForm(name, CoachingTestData.personnummer(born, serial), false,
                null, "e" + serial + "." + w.key + "@example.se", LocalDate.of(2026, 4, 1), "sv"));
    }
}
