package se.kompetensresan.reporting;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.journey.JourneyPhase;
import se.kompetensresan.participant.AgeBand;
import se.kompetensresan.participant.ParticipantService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.shared.BundleI18NProvider;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.Geography;
import se.kompetensresan.shared.Gender;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * The funder's files for a filter (project, delprojekt, county, period), only for managers and admins of the
 * project. Rows are read with one streaming SQL query per file and written straight to the output; only the
 * Deltagarförteckning holds full personnummer, fetched through participant's audited {@code fullNumbers}.
 */
@Service
@Transactional(readOnly = true)
public class ExportService {

    static final String PURPOSE = "Deltagarförteckning till finansiären";
    private static final int NUMBER_BATCH = 500;

    private final ScopeResolver scopes;
    private final ReportQueries queries;
    private final NamedParameterJdbcTemplate jdbc;
    private final ParticipantService participants;
    private final EffectQueries effects;
    private final ReportingSettings settings;
    private final BundleI18NProvider i18n;
    private final ProjectService projects;
    private final Geography geography;

    ExportService(ScopeResolver scopes, ReportQueries queries, NamedParameterJdbcTemplate jdbc,
                  ParticipantService participants, EffectQueries effects, ReportingSettings settings,
                  BundleI18NProvider i18n, ProjectService projects, Geography geography) {
        this.scopes = scopes;
        this.queries = queries;
        this.jdbc = jdbc;
        this.participants = participants;
        this.effects = effects;
        this.settings = settings;
        this.i18n = i18n;
        this.projects = projects;
        this.geography = geography;
    }

    /** The file's name: kind, the project's case number and the period, e.g. {@code Deltagarforteckning_2018-00123_2026-04-01_2026-06-30.xlsx}. */
    public String fileName(ReportFilter f, ExportKind kind, ExportFormat format) {
        Scope s = scopes.forExport(f);
        String caseNumber = s.project().caseNumber() == null ? "projekt-" + s.project().id()
                : s.project().caseNumber().replaceAll("[^A-Za-z0-9]+", "-");
        return kind.fileBase() + "_" + caseNumber + "_" + f.from() + "_" + f.to() + "." + format.extension();
    }

    /**
     * Writes the file to the stream; {@code progress} hears the number of rows written so far (every 500 rows and
     * at the end). Refuses (and logs) a user who is not a manager or admin of the project.
     */
    @Transactional
    public void write(ReportFilter f, ExportKind kind, ExportFormat format, OutputStream out, LongConsumer progress) {
        Scope s = scopes.forExport(f);
        Counter rows = new Counter(progress);
        try (TableWriter w = TableWriter.of(format, out, sheetName(kind))) {
            switch (kind) {
                case PARTICIPANTS -> participantList(s, w, rows);
                case SCB_MONTHLY -> scbMonthly(s, w, rows);
                case ATTENDANCE -> attendance(s, w, rows);
                case CO_FINANCING -> coFinancing(s, w, rows);
                case ACTIVITIES -> activities(s, w, rows);
                case INDICATORS -> indicators(s, w, rows);
                case EFFECT -> effect(s, w, rows);
                case PLANNED_PURCHASES -> plannedPurchases(s, w, rows);
            }
        }
        rows.done();
    }

    private static String sheetName(ExportKind kind) {
        return switch (kind) {
            case PARTICIPANTS -> "Deltagarförteckning";
            case SCB_MONTHLY -> "Deltagarfil SCB";
            case ATTENDANCE -> "Närvarorapport";
            case CO_FINANCING -> "Medfinansiering";
            case ACTIVITIES -> "Aktiviteter";
            case INDICATORS -> "Indikatorer";
            case EFFECT -> "Effektmätning";
            case PLANNED_PURCHASES -> "Planerade inköp";
        };
    }

    // ------------------------------------------------------------------ Deltagarförteckning

    static final List<String> PARTICIPANT_HEADERS = List.of("Namn", "Personnummer", "Kön", "Arbetsgivare",
            "Organisationsnummer", "Startdatum", "Slutdatum", "Aktiviteter");

    private void participantList(Scope s, TableWriter w, Counter rows) {
        w.header(PARTICIPANT_HEADERS);
        String where = " where " + s.companyWhere() + " and p.start_date <= :to and (p.end_date is null or p.end_date >= :from)";
        Map<Long, List<String>> activities = new HashMap<>();
        jdbc.query("select r.participant_id, t.course_name from activity_registration r join participant p on p.id = r.participant_id"
                + " join company c on c.id = p.company_id join training_activity t on t.id = r.activity_id" + where
                + " order by r.participant_id, t.start_date, t.id", s.params(),
                rs -> {
                    activities.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        List<Object[]> batch = new ArrayList<>();
        jdbc.query("select p.id, p.name, p.gender, c.name, c.organisation_number, p.start_date, p.end_date, p.protected_identity"
                + " from participant p join company c on c.id = p.company_id" + where + " order by c.name, p.name, p.id", s.params(),
                rs -> {
                    batch.add(new Object[]{rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                            rs.getBoolean(8)});
                    if (batch.size() == NUMBER_BATCH) {
                        writeParticipants(batch, activities, w, rows);
                    }
                });
        writeParticipants(batch, activities, w, rows);
    }

    private void writeParticipants(List<Object[]> batch, Map<Long, List<String>> activities, TableWriter w, Counter rows) {
        if (batch.isEmpty()) {
            return;
        }
        Map<Long, String> numbers = participants.fullNumbers(batch.stream().map(r -> (Long) r[0]).toList(), PURPOSE);
        for (Object[] r : batch) {
            long id = (Long) r[0];
            String number = numbers.get(id);
            w.row(Arrays.asList(r[1], number != null ? number : (Boolean) r[7] ? "Skyddad identitet" : null,
                    gender((String) r[2]), r[3], org((String) r[4]), r[5], r[6],
                    String.join(", ", activities.getOrDefault(id, List.of()))));
            rows.add();
        }
        batch.clear();
    }

    // ------------------------------------------------------------------ SCB

    static final List<String> SCB_HEADERS = List.of("Månad", "Händelse", "Deltagar-id", "Kön", "Födelseår",
            "Startdatum", "Slutdatum", "Arbetsgivarens organisationsnummer", "Projektets ärendenummer");

    /**
     * Per month of the period: participants who started in it (Ny), who ended in it (Avslutad), and those registered
     * in it with an earlier start, i.e. after their month's file was sent (Efteranmälan), as SCB asks corrections to
     * come in a later month's file. Identified by the participant's id here; the personnummer behind it goes only in
     * the Deltagarförteckning.
     */
    private void scbMonthly(Scope s, TableWriter w, Counter rows) {
        w.header(SCB_HEADERS);
        Reported reported = new Reported("Deltagarfil till SCB");
        String caseNumber = s.project().caseNumber();
        for (YearMonth m = YearMonth.from(s.from()); !m.isAfter(YearMonth.from(s.to())); m = m.plusMonths(1)) {
            Map<String, Object> p = s.params();
            p.put("mFrom", m.atDay(1));
            p.put("mTo", m.atEndOfMonth());
            p.put("mFromTime", m.atDay(1).atStartOfDay());
            p.put("mToTime", m.plusMonths(1).atDay(1).atStartOfDay());
            String month = m.toString();
            jdbc.query("select e.kind, p.id, p.gender, p.birth_year, p.start_date, p.end_date, c.organisation_number from ("
                    + " select 1 as kind, id from participant where start_date between :mFrom and :mTo"
                    + " union all select 2, id from participant where end_date between :mFrom and :mTo"
                    + " union all select 3, id from participant where created_at >= :mFromTime and created_at < :mToTime"
                    + " and start_date < :mFrom) e join participant p on p.id = e.id join company c on c.id = p.company_id"
                    + " where " + s.companyWhere() + " order by e.kind, p.id", p,
                    rs -> {
                        String event = switch (rs.getInt(1)) {
                            case 1 -> "Ny deltagare";
                            case 2 -> "Avslutad";
                            default -> "Efteranmälan";
                        };
                        reported.add(rs.getLong(2));
                        w.row(Arrays.asList(month, event, rs.getLong(2), gender(rs.getString(3)),
                                rs.getObject(4) == null ? null : rs.getInt(4), rs.getObject(5, LocalDate.class),
                                rs.getObject(6, LocalDate.class), org(rs.getString(7)), caseNumber));
                        rows.add();
                    });
        }
        reported.flush();
    }

    // ------------------------------------------------------------------ Närvarorapport

    static final List<String> ATTENDANCE_HEADERS = List.of("Deltagare", "Kön", "Arbetsgivare", "Organisationsnummer",
            "Månad", "Rapporterade timmar", "Attesterade timmar", "Status", "Attesterad datum");

    private void attendance(Scope s, TableWriter w, Counter rows) {
        w.header(ATTENDANCE_HEADERS);
        Reported reported = new Reported("Närvarorapport till finansiären");
        jdbc.query("select p.name, p.gender, c.name, c.organisation_number, m.ledger_month, m.hours, m.signed_hours,"
                + " m.status, m.answered_at, p.id from participant_month m join participant p on p.id = m.participant_id"
                + " join company c on c.id = m.company_id where " + s.companyWhere()
                + " and m.ledger_month between :fromMonth and :toMonth order by c.name, p.name, p.id, m.ledger_month", s.params(),
                rs -> {
                    String status = rs.getString(8);
                    boolean signed = "SIGNED".equals(status) || "LOCKED".equals(status);
                    java.sql.Timestamp at = rs.getTimestamp(9);
                    w.row(Arrays.asList(rs.getString(1), gender(rs.getString(2)), rs.getString(3), org(rs.getString(4)),
                            rs.getString(5), rs.getInt(6), rs.getObject(7) == null ? null : rs.getInt(7), status(status),
                            signed && at != null ? at.toLocalDateTime().toLocalDate() : null));
                    reported.add(rs.getLong(10));
                    rows.add();
                });
        reported.flush();
    }

    /**
     * The participants a file names without their personnummer, recorded in the participant module's audit log in
     * batches ({@link ParticipantService#recordReported}): a reported participant is part of a report.
     */
    private final class Reported {
        private final String purpose;
        private final java.util.Set<Long> ids = new java.util.LinkedHashSet<>();

        Reported(String purpose) {
            this.purpose = purpose;
        }

        void add(long participantId) {
            if (ids.add(participantId) && ids.size() == NUMBER_BATCH) {
                flush();
            }
        }

        void flush() {
            participants.recordReported(List.copyOf(ids), purpose);
            ids.clear();
        }
    }

    private static String status(String s) {
        return switch (s) {
            case "OPEN" -> "Ej skickad";
            case "SENT" -> "Skickad för attest";
            case "SIGNED" -> "Attesterad";
            case "DISPUTED" -> "Bestriden";
            case "LOCKED" -> "Attesterad, låst i utbetalningsansökan";
            default -> s;
        };
    }

    // ------------------------------------------------------------------ medfinansiering

    static final List<String> CO_FINANCING_HEADERS = List.of("Nivå", "Period", "Deltagare kvinnor", "Deltagare män",
            "Timmar kvinnor", "Timmar män", "Timmar totalt", "Timkostnad (kr)", "Belopp kvinnor (kr)", "Belopp män (kr)",
            "Belopp totalt (kr)");

    /** Per month of the period, then per year: signed participants, hours and amounts by gender. */
    private void coFinancing(Scope s, TableWriter w, Counter rows) {
        w.header(CO_FINANCING_HEADERS);
        // month -> [women, men, hours women, hours men, amount women, amount men, unit cost]
        Map<YearMonth, Object[]> months = new TreeMap<>();
        jdbc.query("select m.ledger_month, p.gender, count(distinct m.participant_id), sum(m.signed_hours),"
                + " sum(m.signed_hours * coalesce(u.cost_per_hour, pr.unit_cost_per_hour)), max(coalesce(u.cost_per_hour, pr.unit_cost_per_hour))"
                + " from participant_month m join company c on c.id = m.company_id join participant p on p.id = m.participant_id"
                + " join project pr on pr.id = :project left join project_unit_cost u on u.project_id = pr.id"
                + " and u.cost_year = cast(substring(m.ledger_month, 1, 4) as integer) where " + s.companyWhere()
                + " and m.status in ('SIGNED', 'LOCKED') and m.signed_hours is not null"
                + " and m.ledger_month between :fromMonth and :toMonth group by m.ledger_month, p.gender", s.params(),
                rs -> {
                    Object[] v = months.computeIfAbsent(YearMonth.parse(rs.getString(1)),
                            k -> new Object[]{0L, 0L, 0L, 0L, BigDecimal.ZERO, BigDecimal.ZERO, null});
                    int g = Gender.valueOf(rs.getString(2)) == Gender.WOMAN ? 0 : 1;
                    v[g] = rs.getLong(3);
                    v[2 + g] = rs.getLong(4);
                    v[4 + g] = money(rs.getBigDecimal(5));
                    v[6] = rs.getBigDecimal(6);
                });
        Map<Integer, Object[]> years = new TreeMap<>();
        for (Map.Entry<YearMonth, Object[]> e : months.entrySet()) {
            Object[] v = e.getValue();
            w.row(moneyRow("Månad", e.getKey().toString(), v, v[6]));
            rows.add();
            Object[] y = years.computeIfAbsent(e.getKey().getYear(), k -> new Object[]{0L, 0L, 0L, 0L, BigDecimal.ZERO, BigDecimal.ZERO, null});
            for (int i = 0; i < 4; i++) {
                y[i] = (Long) y[i] + (Long) v[i];
            }
            y[4] = ((BigDecimal) y[4]).add((BigDecimal) v[4]);
            y[5] = ((BigDecimal) y[5]).add((BigDecimal) v[5]);
        }
        // distinct participants over a year are counted again in SQL (a person signs many months)
        Map<String, Object> p = s.params();
        Map<Integer, long[]> people = new HashMap<>();
        jdbc.query("select substring(m.ledger_month, 1, 4), p.gender, count(distinct m.participant_id) from participant_month m"
                + " join company c on c.id = m.company_id join participant p on p.id = m.participant_id where " + s.companyWhere()
                + " and m.status in ('SIGNED', 'LOCKED') and m.signed_hours is not null"
                + " and m.ledger_month between :fromMonth and :toMonth group by substring(m.ledger_month, 1, 4), p.gender", p,
                rs -> {
                    long[] v = people.computeIfAbsent(Integer.parseInt(rs.getString(1)), k -> new long[2]);
                    v[Gender.valueOf(rs.getString(2)) == Gender.WOMAN ? 0 : 1] = rs.getLong(3);
                });
        for (Map.Entry<Integer, Object[]> e : years.entrySet()) {
            Object[] y = e.getValue();
            long[] n = people.getOrDefault(e.getKey(), new long[2]);
            y[0] = n[0];
            y[1] = n[1];
            w.row(moneyRow("År", String.valueOf(e.getKey()), y, null));
            rows.add();
        }
    }

    private static List<Object> moneyRow(String level, String period, Object[] v, Object unitCost) {
        return Arrays.asList(level, period, v[0], v[1], v[2], v[3], (Long) v[2] + (Long) v[3], unitCost, v[4], v[5],
                ((BigDecimal) v[4]).add((BigDecimal) v[5]));
    }

    // ------------------------------------------------------------------ aktiviteter

    static final List<String> ACTIVITY_HEADERS = List.of("Aktivitet", "Anordnare", "Företag", "Organisationsnummer",
            "Startdatum", "Slutdatum", "Deltagare kvinnor", "Deltagare män", "Timmar kvinnor", "Timmar män", "Timmar totalt");

    /** The training activities that overlap the period, with registered participants and reported hours by gender. */
    private void activities(Scope s, TableWriter w, Counter rows) {
        w.header(ACTIVITY_HEADERS);
        String where = " where " + s.companyWhere() + " and t.start_date <= :to and t.end_date >= :from";
        Map<Long, long[]> figures = new HashMap<>();
        jdbc.query("select t.id, p.gender, count(*) from training_activity t join company c on c.id = t.company_id"
                + " join activity_registration r on r.activity_id = t.id join participant p on p.id = r.participant_id"
                + where + " group by t.id, p.gender", s.params(),
                rs -> {
                    figures.computeIfAbsent(rs.getLong(1), k -> new long[4])[Gender.valueOf(rs.getString(2)) == Gender.WOMAN ? 0 : 1] = rs.getLong(3);
                });
        jdbc.query("select t.id, p.gender, sum(a.hours) from training_activity t join company c on c.id = t.company_id"
                + " join attendance_day a on a.activity_id = t.id join participant p on p.id = a.participant_id"
                + where + " group by t.id, p.gender", s.params(),
                rs -> {
                    figures.computeIfAbsent(rs.getLong(1), k -> new long[4])[Gender.valueOf(rs.getString(2)) == Gender.WOMAN ? 2 : 3] = rs.getLong(3);
                });
        jdbc.query("select t.id, t.course_name, t.provider, c.name, c.organisation_number, t.start_date, t.end_date"
                + " from training_activity t join company c on c.id = t.company_id" + where + " order by t.start_date, t.id",
                s.params(), rs -> {
                    long[] v = figures.getOrDefault(rs.getLong(1), new long[4]);
                    w.row(Arrays.asList(rs.getString(2), rs.getString(3), rs.getString(4), org(rs.getString(5)),
                            rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), v[0], v[1], v[2], v[3], v[2] + v[3]));
                    rows.add();
                });
    }

    // ------------------------------------------------------------------ indikatorer

    static final List<String> INDICATOR_HEADERS = List.of("Indikator", "Kvinnor", "Män", "Totalt");

    private void indicators(Scope s, TableWriter w, Counter rows) {
        w.header(INDICATOR_HEADERS);
        w.row(Arrays.asList("Stödda små och medelstora företag", null, null, queries.companiesEnrolled(s)));
        GenderCount total = queries.participants(s, ParticipantState.TOTAL);
        w.row(Arrays.asList("Sysselsatta deltagare", total.women(), total.men(), total.total()));
        Map<AgeBand, GenderCount> bands = queries.ageBands(s);
        Map<AgeBand, String> names = new LinkedHashMap<>();
        names.put(AgeBand.UNDER_30, "Sysselsatta deltagare under 30 år");
        names.put(AgeBand.FROM_30_TO_54, "Sysselsatta deltagare 30–54 år");
        names.put(AgeBand.FROM_55, "Sysselsatta deltagare 55 år och äldre");
        names.forEach((b, name) -> w.row(Arrays.asList(name, bands.get(b).women(), bands.get(b).men(), bands.get(b).total())));
        Map<JourneyPhase, Long> phases = queries.companiesByPhase(s);
        w.row(Arrays.asList("Företag som genomfört kartläggning", null, null, sum(phases, JourneyPhase.ANALYSIS,
                JourneyPhase.COACHING, JourneyPhase.TRAINING, JourneyPhase.FOLLOW_UP, JourneyPhase.COMPLETED)));
        w.row(Arrays.asList("Företag som genomfört coachning", null, null, sum(phases, JourneyPhase.TRAINING,
                JourneyPhase.FOLLOW_UP, JourneyPhase.COMPLETED)));
        w.row(Arrays.asList("Företag som genomfört utbildning", null, null, sum(phases, JourneyPhase.FOLLOW_UP,
                JourneyPhase.COMPLETED)));
        w.row(Arrays.asList("Företag som genomfört uppföljning", null, null, sum(phases, JourneyPhase.COMPLETED)));
        rows.add(9);
    }

    private static long sum(Map<JourneyPhase, Long> phases, JourneyPhase... which) {
        long n = 0;
        for (JourneyPhase p : which) {
            n += phases.getOrDefault(p, 0L);
        }
        return n;
    }

    // ------------------------------------------------------------------ effektmätning

    static final List<String> EFFECT_HEADERS = List.of("Nivå", "Kompetensområde", "Delprojekt", "Län", "Företag",
            "Organisationsnummer", "Antal", "Nuläge före", "Nuläge efter", "Förändring", "Stegförflyttning (antal)",
            "Stegförflyttning (%)", "Gap före", "Gap efter", "Slutet gap", "Område i utvecklingsplanen",
            "Deltagare kvinnor", "Deltagare män");

    /**
     * The selection (companies with both rounds, those with stegförflyttning in some area), each area (Antal:
     * companies), the plan's areas against the others (Antal: company areas), each delprojekt and county (Antal:
     * companies, change per company area), then every company area.
     */
    private void effect(Scope s, TableWriter w, Counter rows) {
        w.header(EFFECT_HEADERS);
        long[] companies = effects.effectCompanies(s);
        w.row(Arrays.asList("Urval", null, null, null, null, null, companies[0], null, null, null, companies[1],
                percent(companies[1], companies[0])));
        rows.add();
        List<Effect.AreaEffect> areas = effects.areaEffects(s);
        GapClosure targeted = GapClosure.NONE;
        GapClosure other = GapClosure.NONE;
        for (Effect.AreaEffect a : areas) {
            GapClosure g = a.gap();
            w.row(Arrays.asList("Kompetensområde", area(a.areaCode()), null, null, null, null, a.companies(),
                    level(a.averageBefore()), level(a.averageAfter()), level(a.averageChange()), a.stepped(),
                    percent(a.stepped(), a.companies()), g.gapBefore(), g.gapAfter(), g.closed(), null,
                    a.participants().women(), a.participants().men()));
            rows.add();
            targeted = targeted.plus(a.targeted());
            other = other.plus(a.other());
        }
        List<GapClosure> split = List.of(targeted, other);
        for (int i = 0; i < split.size(); i++) {
            GapClosure g = split.get(i);
            w.row(Arrays.asList(i == 0 ? "Områden i utvecklingsplanen" : "Övriga områden", null, null, null, null,
                    null, g.answers(), null, null, null, null, null, g.gapBefore(), g.gapAfter(), g.closed(),
                    i == 0 ? "Ja" : "Nej"));
            rows.add();
        }
        Map<String, String> subprojects = EffectService.subprojectNames(projects, s.project().id());
        for (EffectQueries.Grouping grouping : List.of(EffectQueries.Grouping.SUBPROJECT, EffectQueries.Grouping.COUNTY)) {
            for (Effect.EffectGroup g : effects.effectGroups(s, grouping, EffectService.ALL_GROUPS)) {
                boolean sp = grouping == EffectQueries.Grouping.SUBPROJECT;
                GapClosure gap = g.targeted().plus(g.other());
                w.row(Arrays.asList(sp ? "Delprojekt" : "Län", null, sp ? subprojects.getOrDefault(g.key(), g.key()) : null,
                        sp ? null : county(g.key()), null, null, g.companies(), null, null, level(g.averageChange()),
                        g.companiesStepped(), percent(g.companiesStepped(), g.companies()), gap.gapBefore(),
                        gap.gapAfter(), gap.closed()));
                rows.add();
            }
        }
        effects.effectRows(s, rs -> {
            int before = rs.getInt(6);
            int after = rs.getInt(7);
            int gapBefore = Math.max(0, rs.getInt(8) - before);
            int gapAfter = Math.max(0, rs.getInt(9) - after);
            w.row(Arrays.asList("Företag", area(rs.getString(5)), subprojects.getOrDefault(rs.getString(3), rs.getString(3)),
                    county(countyOf(rs.getString(4))), rs.getString(1), org(rs.getString(2)), 1, before, after,
                    after - before, after > before ? 1 : 0, null, gapBefore, gapAfter, gapBefore - gapAfter,
                    rs.getInt(10) == 1 ? "Ja" : "Nej"));
            rows.add();
        });
    }

    // ------------------------------------------------------------------ förteckning över planerade inköp

    static final List<String> PURCHASE_HEADERS = List.of("Kompetensområde", "Förslag", "Företag med behov i området",
            "Företag", "Organisationsnummer", "Delprojekt", "Län", "Gap", "Berörda medarbetare", "Planerade aktiviteter",
            "Planerade deltagare", "Beräknad kostnad (kr)");

    /**
     * Per area (questionnaire order) the companies with a need (gap at least the rule's), each with the rule's
     * proposal for its area and what its approved plans already hold in the area.
     */
    private void plannedPurchases(Scope s, TableWriter w, Counter rows) {
        w.header(PURCHASE_HEADERS);
        ProcurementRule rule = settings.procurementRule();
        Map<String, Demand.AreaDemand> areas = new HashMap<>();
        effects.areaDemands(s, rule).forEach(a -> areas.put(a.areaCode(), a));
        Map<String, String> subprojects = EffectService.subprojectNames(projects, s.project().id());
        effects.purchaseRows(s, rule, rs -> {
            Demand.AreaDemand a = areas.get(rs.getString(1));
            w.row(Arrays.asList(area(a.areaCode()), proposal(a.proposal(), rule), a.companiesWithNeed(), rs.getString(2),
                    org(rs.getString(3)), subprojects.getOrDefault(rs.getString(4), rs.getString(4)),
                    county(countyOf(rs.getString(5))), rs.getInt(6), rs.getInt(7), rs.getLong(8), rs.getLong(9),
                    rs.getBigDecimal(10) == null ? null : money(rs.getBigDecimal(10))));
            rows.add();
        });
    }

    private static String proposal(ProcurementRule.Proposal p, ProcurementRule rule) {
        return switch (p) {
            case OPEN_COURSE -> "Gemensam öppen utbildning (minst " + rule.minCompanies() + " företag med gap ≥ "
                    + rule.minGap() + ")";
            case COMPANY_SPECIFIC -> "Företagsspecifik upphandling (färre än " + rule.minCompanies()
                    + " företag med gap ≥ " + rule.minGap() + ")";
            case NONE -> "Inget inköp";
        };
    }

    private String area(String code) {
        return i18n.getTranslation(CompetenceAreas.messageKey(code), BundleI18NProvider.SWEDISH);
    }

    private String countyOf(String municipalityCode) {
        return municipalityCode == null ? null
                : geography.municipality(municipalityCode).map(Geography.Municipality::countyCode).orElse(null);
    }

    private String county(String code) {
        return code == null ? null : geography.county(code).map(Geography.County::name).orElse(code);
    }

    /** A mean level with two decimals. */
    private static BigDecimal level(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }

    /** A share in percent with one decimal; null of nothing. */
    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(100.0 * part / whole).setScale(1, RoundingMode.HALF_UP);
    }

    // ------------------------------------------------------------------ helpers

    private static String gender(String g) {
        return Gender.valueOf(g) == Gender.WOMAN ? "Kvinna" : "Man";
    }

    /** An organisationsnummer as the funder writes it: NNNNNN-NNNN. */
    private static String org(String tenDigits) {
        return tenDigits != null && tenDigits.length() == 10 ? tenDigits.substring(0, 6) + "-" + tenDigits.substring(6) : tenDigits;
    }

    private static BigDecimal money(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v.setScale(2, RoundingMode.HALF_UP);
    }

    private static final class Counter {
        private final LongConsumer listener;
        private long n;

        Counter(LongConsumer listener) {
            this.listener = listener == null ? x -> { } : listener;
        }

        void add() {
            add(1);
        }

        void add(long more) {
            n += more;
            if (n % 500 == 0) {
                listener.accept(n);
            }
        }

        void done() {
            listener.accept(n);
        }
    }
}
