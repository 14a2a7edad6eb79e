package se.kompetensresan.bench;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.Luhn;
import se.kompetensresan.shared.PersonalIdentityNumber;

import javax.sql.DataSource;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Seeds a project at scale with bulk JDBC (batched inserts, explicit ids, one commit per batch), not through the
 * services, but rows as the services write them: one project with ten delprojekt (two municipalities in two
 * counties each) made by {@link ProjectService}; companies with valid organisationsnummer; one journey per company
 * in every phase; first surveys (and follow-ups of completed journeys) with the competence matrix answered; approved
 * development plans with two planned activities each, booked as training activities; participants with gender,
 * birth year, age band and their personnummer encrypted and blind-indexed by the participant module's own
 * {@code IdentityCipher} bean (package-private, so called by reflection: the same keys and format as
 * {@code ParticipantService.add}); attendance by day (the {@code attendance} rows), and from it one participant-month
 * per participant and month with its signing state (open, sent, signed, disputed, locked in a payment claim).
 * Sizes: {@code -Dscale.companies=5000 -Dscale.participants=50000 -Dscale.attendance=1000000}.
 * The data runs from the first day of the month 23 months ago until today, so the default filter (this quarter)
 * has data.
 */
public final class ScaleGenerator {

    static final int SUBPROJECTS = 10;
    static final String[][] MUNICIPALITIES = {{"1883", "0380"}, {"1880", "0484"}, {"0580", "1480"}, {"0581", "1490"},
            {"0180", "1280"}};
    static final String[] PHASES = {"SURVEY", "ANALYSIS", "COACHING", "TRAINING", "TRAINING", "TRAINING", "TRAINING",
            "FOLLOW_UP", "COMPLETED", "COMPLETED"};
    private static final int BATCH = 5_000;
    private static final String[] FIRST = {"Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Emma", "Elin", "Erik", "Lars",
            "Karl", "Anders", "Johan", "Per", "Nils", "Mikael", "Jonas", "Ali", "Fatima", "Sofia"};
    private static final String[] LAST = {"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
            "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Berg", "Holm"};
    private static final String[] COURSES = {"Svets MIG/MAG", "Lean i praktiken", "CNC-programmering", "Robotsvetsning",
            "Ledarskap för arbetsledare", "Kvalitetsteknik", "Underhåll och TPM", "Industriell digitalisering"};

    private ScaleGenerator() {
    }

    public record Sizes(int companies, int participants, int attendance) {
        /** From {@code -Dscale.companies}, {@code -Dscale.participants}, {@code -Dscale.attendance}. */
        static Sizes fromSystemProperties() {
            return new Sizes(Integer.getInteger("scale.companies", 5_000), Integer.getInteger("scale.participants", 50_000),
                    Integer.getInteger("scale.attendance", 1_000_000));
        }
    }

    /** What was made: the project, its delprojekt, the manager of the whole project, the first month of data. */
    public record World(long projectId, List<Long> subprojectIds, String manager, YearMonth firstMonth, LocalDate today,
                        Map<String, Long> rows, double seconds) {
    }

    /** The tables whose generated rows {@link World#rows()} counts. */
    static final List<String> GENERATED = List.of("company", "journey", "survey_response", "survey_value",
            "development_plan", "planned_activity", "training_activity", "participant", "activity_registration",
            "attendance_day", "participant_month");

    public static World generate(ApplicationContext ctx, Sizes sizes, BenchReport report) {
        long t0 = System.nanoTime();
        ProjectService projects = ctx.getBean(ProjectService.class);
        JourneyFixtures fx = new JourneyFixtures(ctx.getBean(UserService.class), projects, ctx.getBean(CompanyService.class));
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        LocalDate today = LocalDate.now();
        YearMonth firstMonth = YearMonth.from(today).minusMonths(23);
        LocalDate start = firstMonth.atDay(1);
        List<Long> subprojects = new ArrayList<>();
        long projectId = fx.asAdmin(() -> {
            ProjectInfo p = projects.createProject(new ProjectInfo(0, JourneyFixtures.unique("Skalprojekt"),
                    JourneyFixtures.unique("2024-"), "Region Örebro län", start, today.plusYears(1),
                    BigDecimal.valueOf(150_000_000), BigDecimal.valueOf(90_000_000), sizes.participants(), 30,
                    BigDecimal.valueOf(500), 3));
            for (int s = 0; s < SUBPROJECTS; s++) {
                String[] m = MUNICIPALITIES[s % MUNICIPALITIES.length];
                subprojects.add(projects.createSubproject(p.id(), "Delprojekt " + (s + 1), "Partner " + (s + 1),
                        List.of(m[0], m[1]), sizes.participants() / SUBPROJECTS).id());
            }
            return p.id();
        });
        String manager = fx.user(Role.MANAGER, null, Set.copyOf(subprojects));
        // a unit cost of its own for the current year (the others stay the project's default)
        jdbc.update("update project_unit_cost set cost_per_hour = 550 where project_id = ? and cost_year = ?", projectId,
                today.getYear());
        jdbc.update("insert into report_company_target (project_id, subproject_id, planned_companies) values (?, null, ?)",
                projectId, sizes.companies());
        Long questionnaire = jdbc.queryForObject("select min(id) from questionnaire where status = 'PUBLISHED'", Long.class);

        Object cipher = ctx.getBean("identityCipher");
        Method encrypt = method(cipher, "encrypt");
        Method index = method(cipher, "index");
        Map<String, Long> rows = new LinkedHashMap<>();
        // the rows this run adds (the smoke test's database already holds other tests' rows)
        Map<String, Long> before = new LinkedHashMap<>();
        for (String table : GENERATED) {
            before.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        Random random = new Random(42);
        try (Connection c = ctx.getBean(DataSource.class).getConnection()) {
            c.setAutoCommit(false);
            Bulk b = new Bulk(c, jdbc);
            long companyId = b.nextId("company");
            long journeyId = b.nextId("journey");
            long responseId = b.nextId("survey_response");
            long valueId = b.nextId("survey_value");
            long planId = b.nextId("development_plan");
            long plannedId = b.nextId("planned_activity");
            long activityId = b.nextId("training_activity");
            long participantId = b.nextId("participant");
            long registrationId = b.nextId("activity_registration");
            long dayId = b.nextId("attendance_day");
            long monthId = b.nextId("participant_month");

            PreparedStatement company = b.prepare("insert into company (id, organisation_number, name, subproject_id,"
                    + " municipality_code, visiting_address, industry_code, employees_women, employees_men, contact_name,"
                    + " contact_email, contact_phone, created_at, row_version) values (?, ?, ?, ?, ?, ?, '25', ?, ?, ?, ?, ?, ?, 0)");
            PreparedStatement journey = b.prepare("insert into journey (id, case_number, company_id, subproject_id,"
                    + " process_instance_id, phase, status, started_at, phase_since, ended_at) values (?, ?, ?, ?, null, ?, ?, ?, ?, ?)");
            PreparedStatement response = b.prepare("insert into survey_response (id, company_id, survey_round, status,"
                    + " questionnaire_version, version, created_at, updated_at, submitted_at, submitted_by, questionnaire_id,"
                    + " journey_id) values (?, ?, ?, 'SUBMITTED', '1', 1, ?, ?, ?, 'foretag', ?, ?)");
            PreparedStatement value = b.prepare("insert into survey_value (id, response_id, question_key, row_code,"
                    + " value_part, answer_value) values (?, ?, 'matrix', ?, ?, ?)");
            PreparedStatement plan = b.prepare("insert into development_plan (id, company_id, version, status,"
                    + " coaching_track, summary, decided_at, decided_by, row_version, journey_id)"
                    + " values (?, ?, 1, 'APPROVED', 'STANDARD', 'Plan', ?, 'foretag', 0, ?)");
            PreparedStatement planned = b.prepare("insert into planned_activity (id, plan_id, area_code, title,"
                    + " target_group, participants, hours_per_participant, planned_start, estimated_cost, row_version)"
                    + " values (?, ?, ?, ?, 'Operatörer', ?, 24, ?, ?, 0)");
            PreparedStatement activity = b.prepare("insert into training_activity (id, planned_activity_id, company_id,"
                    + " course_name, provider, location, start_date, end_date, hours_per_participant, status, booked_by,"
                    + " approved_by, row_version) values (?, ?, ?, ?, 'Utbildningsbolaget', 'Karlskoga', ?, ?, 40, ?, 'coach', ?, 0)");
            PreparedStatement participant = b.prepare("insert into participant (id, company_id, name, email, language,"
                    + " number_cipher, number_index, protected_identity, gender, birth_year, age_band, start_date, end_date,"
                    + " end_reason, created_by, created_at, version) values (?, ?, ?, ?, 'sv', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'foretag', ?, 0)");
            PreparedStatement registration = b.prepare("insert into activity_registration (id, activity_id, participant_id,"
                    + " registered_by, registered_at) values (?, ?, ?, 'foretag', ?)");
            PreparedStatement day = b.prepare("insert into attendance_day (id, activity_id, participant_id, company_id,"
                    + " attendance_date, hours, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, 'foretag', ?)");
            PreparedStatement month = b.prepare("insert into participant_month (id, participant_id, company_id,"
                    + " ledger_month, status, hours, signed_hours, failed_attempts, sent_at, answered_at, dispute_comment,"
                    + " locked_at, version) values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, 0)");

            // the companies with training (phase TRAINING and later) share the participants
            List<Integer> trained = new ArrayList<>();
            for (int i = 0; i < sizes.companies(); i++) {
                if (trained(phase(i))) {
                    trained.add(i);
                }
            }
            if (trained.isEmpty()) {
                throw new IllegalArgumentException("too few companies for a company in training: " + sizes.companies());
            }
            int daysPerParticipant = Math.max(1, sizes.attendance() / Math.max(1, sizes.participants()));
            int serialBase = 0;
            LocalDate lastStart = today.minusDays(3L * (daysPerParticipant + 1) + 1);
            long spanDays = Math.max(1, lastStart.toEpochDay() - start.toEpochDay());
            YearMonth lockedUntil = YearMonth.from(today).minusMonths(6);
            int[] participantsOf = new int[sizes.companies()];
            for (int k = 0; k < sizes.participants(); k++) {
                participantsOf[trained.get(k % trained.size())]++;
            }
            long attendanceRows = 0;
            for (int i = 0; i < sizes.companies(); i++) {
                long cid = companyId + i;
                long sp = subprojects.get(i % SUBPROJECTS);
                String municipality = municipality(i);
                LocalDateTime registered = start.atTime(8, 0).plusDays(i % 300);
                b.add(company, cid, InboxAtScale.organisationNumber(i), "Verkstad " + i + " AB", sp, municipality,
                        "Industrigatan " + (i % 90 + 1), 5 + i % 20, 20 + i % 60, "Kontakt " + i, "kontakt" + i + "@example.se",
                        "0586-" + (100000 + i), Timestamp.valueOf(registered));
                String phase = phase(i);
                long jid = journeyId + i;
                LocalDateTime started = registered.plusDays(7);
                boolean completed = phase.equals("COMPLETED");
                b.add(journey, jid, "SKALA-" + (i + 1), cid, sp, phase, completed ? "COMPLETED" : "ACTIVE",
                        Timestamp.valueOf(started), Timestamp.valueOf(started.plusDays(30)),
                        completed ? Timestamp.valueOf(started.plusDays(391)) : null);
                if (phase.equals("SURVEY")) {
                    continue;
                }
                // the first survey, and the follow-up of a completed journey (one level higher in some areas)
                int[] current = new int[CompetenceAreas.ALL.size()];
                int[] required = new int[current.length];
                for (int a = 0; a < current.length; a++) {
                    current[a] = 1 + random.nextInt(3);
                    required[a] = current[a] + random.nextInt(5 - current[a]);
                }
                LocalDateTime submitted = started.plusDays(14);
                long rid = responseId++;
                b.add(response, rid, cid, "FIRST", Timestamp.valueOf(started), Timestamp.valueOf(submitted),
                        Timestamp.valueOf(submitted), questionnaire, jid);
                valueId = matrix(b, value, valueId, rid, current, required, random);
                if (completed) {
                    long fid = responseId++;
                    LocalDateTime followUp = started.plusDays(390);
                    int[] after = current.clone();
                    for (int a = 0; a < after.length; a++) {
                        if (after[a] < required[a] && random.nextInt(2) == 0) {
                            after[a]++;
                        }
                    }
                    b.add(response, fid, cid, "FOLLOW_UP", Timestamp.valueOf(followUp), Timestamp.valueOf(followUp),
                            Timestamp.valueOf(followUp), questionnaire, jid);
                    valueId = matrix(b, value, valueId, fid, after, required, random);
                }
                if (!trained(phase)) {
                    continue;
                }
                // the approved plan, two planned activities in the company's largest gaps, each booked
                long pid = planId++;
                b.add(plan, pid, cid, Timestamp.valueOf(started.plusDays(40)), jid);
                long[] activities = new long[2];
                for (int a = 0; a < 2; a++) {
                    long paid = plannedId++;
                    String area = CompetenceAreas.ALL.get((i + a * 5) % CompetenceAreas.ALL.size());
                    b.add(planned, paid, pid, area, COURSES[(i + a) % COURSES.length], 4 + i % 8,
                            Date.valueOf(start.plusDays(i % 300)), BigDecimal.valueOf(20_000 + 1_000L * (i % 30)));
                    activities[a] = activityId++;
                    b.add(activity, activities[a], paid, cid, COURSES[(i + a) % COURSES.length], Date.valueOf(start),
                            Date.valueOf(today.plusMonths(6)), completed ? "APPROVED" : "BOOKED", completed ? "coach" : null);
                }
                // the company's participants, their registrations, attendance days and months
                for (int k = 0; k < participantsOf[i]; k++) {
                    long id = participantId++;
                    int n = serialBase++;
                    boolean woman = random.nextInt(100) < 30;
                    boolean protectedIdentity = n % 200 == 7;
                    LocalDate begins = start.plusDays(random.nextLong(spanDays));
                    LocalDate born = LocalDate.of(1960 + random.nextInt(46), 1 + random.nextInt(12), 1 + random.nextInt(28));
                    String pnr = personnummer(born, n, woman);
                    LocalDate ends = random.nextInt(10) < 3 ? begins.plusDays(3L * daysPerParticipant + 7) : null;
                    if (ends != null && !ends.isBefore(today)) {
                        ends = null;
                    }
                    String first = FIRST[woman ? random.nextInt(8) : 8 + random.nextInt(12)];
                    int age = Period.between(born, begins).getYears();
                    String band = age < 30 ? "UNDER_30" : age < 55 ? "FROM_30_TO_54" : "FROM_55";
                    b.add(participant, id, cid, first + " " + LAST[random.nextInt(LAST.length)],
                            "deltagare" + n + "@example.se",
                            protectedIdentity ? null : (String) encrypt.invoke(cipher, pnr),
                            protectedIdentity ? null : (String) index.invoke(cipher, pnr), protectedIdentity,
                            woman ? "WOMAN" : "MAN", protectedIdentity ? null : born.getYear(), protectedIdentity ? null : band,
                            Date.valueOf(begins), ends == null ? null : Date.valueOf(ends), ends == null ? null : "COMPLETED",
                            // one in forty registered five weeks late: a late registration (Efteranmälan) in SCB's file
                            Timestamp.valueOf(begins.atTime(9, 0).plusDays(n % 40 == 0 ? 35 : -3)));
                    boolean both = k % 3 == 0;
                    long main = activities[k % 2];
                    b.add(registration, registrationId++, main, id, Timestamp.valueOf(begins.atTime(9, 0)));
                    if (both) {
                        b.add(registration, registrationId++, activities[(k + 1) % 2], id, Timestamp.valueOf(begins.atTime(9, 0)));
                    }
                    Map<YearMonth, Integer> hoursOf = new LinkedHashMap<>();
                    int days = daysPerParticipant + (n < sizes.attendance() % Math.max(1, sizes.participants()) ? 1 : 0);
                    for (int d = 0; d < days && attendanceRows < sizes.attendance(); d++) {
                        LocalDate on = begins.plusDays(3L * d);
                        int h = 1 + random.nextInt(8);
                        b.add(day, dayId++, both && d % 2 == 1 ? activities[(k + 1) % 2] : main, id, cid, Date.valueOf(on),
                                h, Timestamp.valueOf(on.atTime(17, 0)));
                        hoursOf.merge(YearMonth.from(on), h, Integer::sum);
                        attendanceRows++;
                    }
                    for (Map.Entry<YearMonth, Integer> e : hoursOf.entrySet()) {
                        YearMonth m = e.getKey();
                        int r = random.nextInt(100);
                        String status = !m.isAfter(lockedUntil) ? (r < 5 ? "DISPUTED" : "LOCKED")
                                : m.equals(YearMonth.from(today)) ? (r < 50 ? "OPEN" : "SENT")
                                : r < 70 ? "SIGNED" : r < 75 ? "DISPUTED" : r < 95 ? "SENT" : "OPEN";
                        boolean signed = status.equals("SIGNED") || status.equals("LOCKED");
                        LocalDateTime sent = m.plusMonths(1).atDay(1).atTime(6, 0);
                        b.add(month, monthId++, id, cid, m.toString(), status, e.getValue(), signed ? e.getValue() : null,
                                status.equals("OPEN") ? null : Timestamp.valueOf(sent),
                                signed || status.equals("DISPUTED") ? Timestamp.valueOf(sent.plusDays(2)) : null,
                                status.equals("DISPUTED") ? "Fel antal timmar" : null,
                                status.equals("LOCKED") ? Timestamp.valueOf(sent.plusMonths(2)) : null);
                    }
                }
            }
            b.flushAll();
            for (YearMonth m = firstMonth; !m.isAfter(lockedUntil); m = m.plusMonths(1)) {
                jdbc.update("insert into ledger_month_lock (project_id, ledger_month, locked_by, locked_at) values (?, ?, ?, ?)",
                        projectId, m.toString(), manager, Timestamp.valueOf(m.plusMonths(3).atDay(1).atStartOfDay()));
            }
            for (String table : GENERATED) {
                b.restartIdentity(table);
                rows.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class) - before.get(table));
            }
            try (Statement st = c.createStatement()) {
                st.execute("analyze");
            }
            c.commit();
        } catch (SQLException | ReflectiveOperationException e) {
            throw new IllegalStateException("generating the data failed", e);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        report.line("generated in %.0f s (bulk JDBC, batches of %d): %s", seconds, BATCH, rows);
        return new World(projectId, List.copyOf(subprojects), manager, firstMonth, today, rows, seconds);
    }

    /** The company's municipality: the first or second of its delprojekt's (two counties). */
    static String municipality(int companyIndex) {
        return MUNICIPALITIES[(companyIndex % SUBPROJECTS) % MUNICIPALITIES.length][(companyIndex / SUBPROJECTS) % 2];
    }

    /** The first company with training (participants): the narrow filter's delprojekt and county are its. */
    static int firstTrainedCompany() {
        for (int i = 0; ; i++) {
            if (trained(phase(i))) {
                return i;
            }
        }
    }

    static boolean trained(String phase) {
        return phase.equals("TRAINING") || phase.equals("FOLLOW_UP") || phase.equals("COMPLETED");
    }

    static String phase(int companyIndex) {
        return PHASES[(companyIndex / SUBPROJECTS + companyIndex) % PHASES.length];
    }

    private static long matrix(Bulk b, PreparedStatement value, long valueId, long responseId, int[] current,
                               int[] required, Random random) throws SQLException {
        for (int a = 0; a < current.length; a++) {
            String area = CompetenceAreas.ALL.get(a);
            b.add(value, valueId++, responseId, area, "current", String.valueOf(current[a]));
            b.add(value, valueId++, responseId, area, "required", String.valueOf(required[a]));
            b.add(value, valueId++, responseId, area, "employees", String.valueOf(random.nextInt(10)));
        }
        return valueId;
    }

    /** A valid 12-digit personnummer born on the day; the serial's last digit odd for a man, even for a woman. */
    static String personnummer(LocalDate born, int n, boolean woman) {
        int serial = (n % 499 + 1) * 2 + (woman ? 0 : 1); // 002-999: 000 is no serial
        String nine = String.format("%02d%02d%02d%03d", born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth(), serial);
        for (int d = 0; d <= 9; d++) {
            if (Luhn.valid(nine + d)) {
                String twelve = born.getYear() / 100 + nine + d;
                if (!PersonalIdentityNumber.isValid(twelve)) {
                    throw new IllegalStateException("generated personnummer is not valid");
                }
                return twelve;
            }
        }
        throw new IllegalStateException("no check digit");
    }

    private static Method method(Object bean, String name) {
        try {
            Class<?> type = org.springframework.aop.support.AopUtils.getTargetClass(bean);
            Method m = type.getDeclaredMethod(name, String.class);
            m.setAccessible(true);
            return m;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("the participant module's IdentityCipher has no " + name + "(String)", e);
        }
    }

    /** Batched prepared statements on one connection, committed every {@link #BATCH} rows of a statement. */
    private static final class Bulk {
        private final Connection c;
        private final JdbcTemplate jdbc;
        private final Map<PreparedStatement, int[]> pending = new LinkedHashMap<>();
        private final Set<String> tables = new HashSet<>();

        Bulk(Connection c, JdbcTemplate jdbc) {
            this.c = c;
            this.jdbc = jdbc;
        }

        long nextId(String table) {
            tables.add(table);
            return jdbc.queryForObject("select coalesce(max(id), 0) + 1 from " + table, Long.class);
        }

        PreparedStatement prepare(String sql) throws SQLException {
            PreparedStatement ps = c.prepareStatement(sql);
            pending.put(ps, new int[1]);
            return ps;
        }

        void add(PreparedStatement ps, Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    ps.setNull(i + 1, Types.NULL);
                } else {
                    ps.setObject(i + 1, v);
                }
            }
            ps.addBatch();
            int[] n = pending.get(ps);
            if (++n[0] == BATCH) {
                flushAll();
            }
        }

        /** Sends every statement's batch in the order they were prepared (parents before children), then commits. */
        void flushAll() throws SQLException {
            for (Map.Entry<PreparedStatement, int[]> e : pending.entrySet()) {
                if (e.getValue()[0] > 0) {
                    e.getKey().executeBatch();
                    e.getValue()[0] = 0;
                }
            }
            c.commit();
        }

        /** The identity column goes on after the explicit ids, so the services' own inserts do not collide. */
        void restartIdentity(String table) throws SQLException {
            long next = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from " + table, Long.class);
            try (Statement st = c.createStatement()) {
                st.execute("alter table " + table + " alter column id restart with " + next);
            }
        }
    }
}
