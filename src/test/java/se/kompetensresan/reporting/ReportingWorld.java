package se.kompetensresan.reporting;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.participant.ParticipantForm;
import se.kompetensresan.participant.ParticipantInfo;
import se.kompetensresan.participant.ParticipantService;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-counted fixture for the reporting tests, on {@link CoachingTestData}'s project (100 planned participants,
 * 20 % women, unit cost 500; delprojekt A and B with 50 each). The period is Q2 2026.
 * <pre>
 * company A (delprojekt A, Karlskoga 1883, county 18)      company B (delprojekt B, Uppsala 0380, county 03)
 *  Anna   W 1985  start 2026-01-15                           Frida  W 1980  start 2026-04-01
 *  Berit  W 2000  start 2026-04-10                           Gustav M 1975  start 2026-06-30
 *  Carl   M 1960  start 2025-11-01  end 2026-05-20
 *  David  M 1990  start 2026-05-01
 *  Erik   M 1995  start 2026-07-01 (after the period)
 *  "=HYPERLINK(...)" W 1988 start 2026-08-01 (a formula-injection attempt, after the period)
 * attendance: Anna 03-31 5h, 04-02 6h, 04-03 4h, 05-05 8h; David 05-06 7h; Frida 06-10 3h
 * months: Carl 2025-12 SIGNED 4; Anna 2026-03 SIGNED 5, 2026-04 SIGNED 10, 2026-05 DISPUTED 8;
 *         David 2026-05 LOCKED 7; Frida 2026-06 SENT 3.   unit cost 2026 = 600 (2025 = 500)
 * journeys: A TRAINING since 2026-02-01, B SURVEY since 2026-06-15, C (delprojekt A) SURVEY since 2026-08-01
 * first survey: A submitted 2026-03-01, B draft.   target: 10 companies.   co-financing rate 40 %.
 * plans: A 12 000 + 3 000, B 5 000 estimated.   open tasks: A one overdue, one not yet due.
 * </pre>
 */
class ReportingWorld {

    final CoachingTestData w;
    final JdbcTemplate jdbc;
    final ParticipantInfo anna, berit, carl, david, erik, frida, gustav, injection;
    final long companyC;
    final List<String> taskIds = new ArrayList<>();
    final List<String> executionIds = new ArrayList<>();
    static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    static final LocalDate TO = LocalDate.of(2026, 6, 30);
    static final String INJECTION = "=HYPERLINK(\"http://evil.example\",\"klicka\")";

    ReportingWorld(ApplicationContext ctx) {
        w = new CoachingTestData(ctx);
        jdbc = ctx.getBean(JdbcTemplate.class);
        ParticipantService participants = ctx.getBean(ParticipantService.class);
        w.runAs(w.companyUserA);
        anna = add(participants, w.companyA.id(), "Anna Andersson", "19850315", 22, LocalDate.of(2026, 1, 15));
        berit = add(participants, w.companyA.id(), "Berit Berg", "20000202", 42, LocalDate.of(2026, 4, 10));
        carl = add(participants, w.companyA.id(), "Carl Carlsson", "19600606", 11, LocalDate.of(2025, 11, 1));
        david = add(participants, w.companyA.id(), "David Dahl", "19900909", 31, LocalDate.of(2026, 5, 1));
        erik = add(participants, w.companyA.id(), "Erik Ek", "19950505", 51, LocalDate.of(2026, 7, 1));
        injection = add(participants, w.companyA.id(), INJECTION, "19880808", 62, LocalDate.of(2026, 8, 1));
        w.runAs(w.companyUserB);
        frida = add(participants, w.companyB.id(), "Frida Falk", "19800101", 82, LocalDate.of(2026, 4, 1));
        gustav = add(participants, w.companyB.id(), "Gustav Gran", "19750707", 71, LocalDate.of(2026, 6, 30));
        SecurityContextHolder.clearContext();
        long project = w.project.id();
        // registered on their start day, Anna late (in May, for a January start: a correction in May's SCB file)
        jdbc.update("update participant set created_at = start_date where company_id in (?, ?)", w.companyA.id(), w.companyB.id());
        jdbc.update("update participant set created_at = ? where id = ?", Timestamp.valueOf(LocalDateTime.of(2026, 5, 10, 9, 0)), anna.id());
        jdbc.update("update participant set end_date = ?, end_reason = 'COMPLETED' where id = ?", LocalDate.of(2026, 5, 20), carl.id());
        jdbc.update("update company set municipality_code = '0380' where id = ?", w.companyB.id());
        jdbc.update("update project set co_financing_percent = 40 where id = ?", project);
        jdbc.update("update project_unit_cost set cost_per_hour = 600 where project_id = ? and cost_year = 2026", project);
        jdbc.update("insert into report_company_target (project_id, subproject_id, planned_companies) values (?, null, 10)", project);
        day(anna, w.companyA.id(), "2026-03-31", 5);
        day(anna, w.companyA.id(), "2026-04-02", 6);
        day(anna, w.companyA.id(), "2026-04-03", 4);
        day(anna, w.companyA.id(), "2026-05-05", 8);
        day(david, w.companyA.id(), "2026-05-06", 7);
        day(frida, w.companyB.id(), "2026-06-10", 3);
        month(carl, w.companyA.id(), "2025-12", "SIGNED", 4, 4);
        month(anna, w.companyA.id(), "2026-03", "SIGNED", 5, 5);
        month(anna, w.companyA.id(), "2026-04", "SIGNED", 10, 10);
        month(anna, w.companyA.id(), "2026-05", "DISPUTED", 8, null);
        month(david, w.companyA.id(), "2026-05", "LOCKED", 7, 7);
        month(frida, w.companyB.id(), "2026-06", "SENT", 3, null);
        journey("A", w.companyA.id(), w.subprojectA.id(), "TRAINING", "2026-02-01T08:00:00");
        journey("B", w.companyB.id(), w.subprojectB.id(), "SURVEY", "2026-06-15T08:00:00");
        jdbc.update("insert into company (organisation_number, name, subproject_id, municipality_code, created_at)"
                + " values (?, ?, ?, '1883', ?)", CoachingTestData.organisationNumber(), "Verkstad C " + w.key,
                w.subprojectA.id(), Timestamp.valueOf(LocalDateTime.of(2026, 7, 1, 8, 0)));
        companyC = jdbc.queryForObject("select id from company where name = ?", Long.class, "Verkstad C " + w.key);
        journey("C", companyC, w.subprojectA.id(), "SURVEY", "2026-08-01T08:00:00");
        survey(w.companyA.id(), "SUBMITTED", "2026-03-01T10:00:00");
        survey(w.companyB.id(), "DRAFT", null);
        plan(w.companyA.id(), "12000", "3000");
        plan(w.companyB.id(), "5000");
        task("A", "2020-01-01T00:00:00");
        task("A", "2999-01-01T00:00:00");
    }

    private ParticipantInfo add(ParticipantService participants, long companyId, String name, String born, int serial,
                                LocalDate start) {
        String email = "p" + serial + "." + w.key + "@example.se";
        return participants.add(companyId, new ParticipantForm(name, CoachingTestData.personnummer(born, serial), false,
                null, email, start, "sv"));
    }

    String pnr(ParticipantInfo p) {
        // the same numbers as given to add(): the tests compare the export with these
        return switch (p.name()) {
            case "Anna Andersson" -> CoachingTestData.personnummer("19850315", 22);
            case "Berit Berg" -> CoachingTestData.personnummer("20000202", 42);
            case "Carl Carlsson" -> CoachingTestData.personnummer("19600606", 11);
            case "David Dahl" -> CoachingTestData.personnummer("19900909", 31);
            case "Frida Falk" -> CoachingTestData.personnummer("19800101", 82);
            case "Gustav Gran" -> CoachingTestData.personnummer("19750707", 71);
            default -> throw new IllegalArgumentException(p.name());
        };
    }

    private void day(ParticipantInfo p, long companyId, String date, int hours) {
        jdbc.update("insert into attendance_day (activity_id, participant_id, company_id, attendance_date, hours,"
                + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, 'test', current_timestamp)",
                activity(companyId), p.id(), companyId, LocalDate.parse(date), hours);
    }

    /** One training activity per company (created on first use). */
    long activity(long companyId) {
        List<Long> found = jdbc.queryForList("select id from training_activity where company_id = ?", Long.class, companyId);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        jdbc.update("insert into training_activity (planned_activity_id, company_id, course_name, provider, location,"
                + " start_date, end_date, hours_per_participant, status, booked_by) values (?, ?, ?, ?, 'Karlskoga', ?, ?, 40, 'BOOKED', 'test')",
                -companyId, companyId, companyId == w.companyA.id() ? "Svets MIG/MAG" : "Lean i praktiken",
                companyId == w.companyA.id() ? "Svetsskolan" : "Lernia", LocalDate.of(2026, 3, 30), LocalDate.of(2026, 6, 12));
        long id = jdbc.queryForObject("select id from training_activity where company_id = ?", Long.class, companyId);
        jdbc.update("insert into activity_registration (activity_id, participant_id, registered_by, registered_at)"
                + " select ?, id, 'test', current_timestamp from participant where company_id = ? and start_date <= ?",
                id, companyId, TO);
        return id;
    }

    private void month(ParticipantInfo p, long companyId, String month, String status, int hours, Integer signed) {
        jdbc.update("insert into participant_month (participant_id, company_id, ledger_month, status, hours, signed_hours,"
                + " failed_attempts, answered_at, version) values (?, ?, ?, ?, ?, ?, 0, ?, 0)", p.id(), companyId, month,
                status, hours, signed, signed == null ? null : Timestamp.valueOf(java.time.YearMonth.parse(month)
                        .plusMonths(1).atDay(3).atTime(9, 0)));
    }

    private void journey(String suffix, long companyId, long subprojectId, String phase, String started) {
        Timestamp at = Timestamp.valueOf(LocalDateTime.parse(started));
        jdbc.update("insert into journey (case_number, company_id, subproject_id, process_instance_id, phase, status,"
                + " started_at, phase_since) values (?, ?, ?, ?, ?, 'ACTIVE', ?, ?)", caseNumber(suffix), companyId,
                subprojectId, "pi-" + w.key + suffix, phase, at, at);
    }

    String caseNumber(String suffix) {
        return "R-" + w.key.substring(0, Math.min(12, w.key.length())) + suffix;
    }

    private void survey(long companyId, String status, String submitted) {
        jdbc.update("insert into survey_response (company_id, survey_round, status, questionnaire_version, version,"
                + " created_at, updated_at, submitted_at) values (?, 'FIRST', ?, '1', 0, current_timestamp,"
                + " current_timestamp, ?)", companyId, status,
                submitted == null ? null : Timestamp.valueOf(LocalDateTime.parse(submitted)));
    }

    private void plan(long companyId, String... costs) {
        List<Long> existing = jdbc.queryForList("select id from development_plan where company_id = ?", Long.class, companyId);
        long planId;
        if (existing.isEmpty()) {
            jdbc.update("insert into development_plan (company_id, version, status) values (?, 1, 'APPROVED')", companyId);
            planId = jdbc.queryForObject("select id from development_plan where company_id = ?", Long.class, companyId);
        } else {
            planId = existing.get(0);
        }
        for (String c : costs) {
            jdbc.update("insert into planned_activity (plan_id, area_code, title, participants, hours_per_participant,"
                    + " estimated_cost) values (?, 'svetsning', 'Svets', 2, 16, ?)", planId, new java.math.BigDecimal(c));
        }
    }

    /** An open engine task of the journey's process instance (a bare execution row: no process runs in tests). */
    private void task(String suffix, String due) {
        String id = "t-" + w.key + "-" + taskIds.size();
        String instance = "pi-" + w.key + suffix;
        if (jdbc.queryForObject("select count(*) from act_ru_execution where id_ = ?", Integer.class, instance) == 0) {
            jdbc.update("insert into act_ru_execution (id_, rev_, proc_inst_id_, is_active_, is_concurrent_, is_scope_,"
                    + " is_event_scope_, suspension_state_) values (?, 1, ?, true, false, true, false, 1)", instance, instance);
            executionIds.add(instance);
        }
        jdbc.update("insert into act_ru_task (id_, rev_, proc_inst_id_, name_, priority_, due_date_, suspension_state_)"
                + " values (?, 1, ?, 'Test', 50, ?, 1)", id, "pi-" + w.key + suffix, Timestamp.valueOf(LocalDateTime.parse(due)));
        taskIds.add(id);
    }

    /** Removes the fake engine tasks (other tests' inboxes list every task). */
    void removeTasks() {
        taskIds.forEach(id -> jdbc.update("delete from act_ru_task where id_ = ?", id));
        executionIds.forEach(id -> jdbc.update("delete from act_ru_execution where id_ = ?", id));
    }

    ReportFilter q2() {
        return new ReportFilter(w.project.id(), null, null, FROM, TO);
    }
}
