package se.kompetensresan.reporting;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.kompetensresan.journey.JourneyPhase;
import se.kompetensresan.participant.AgeBand;
import se.kompetensresan.shared.Gender;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dashboard's SQL: each figure is one query with GROUP BY over the owning modules' tables, scoped by
 * {@link Scope#companyWhere()}. Nothing here loads rows to count them in Java; the answers are a handful of groups.
 * The indexes they use are in {@code V12_1__reporting.sql}. Portable between H2 and PostgreSQL.
 */
@Component
class ReportQueries {

    private final NamedParameterJdbcTemplate jdbc;

    ReportQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ------------------------------------------------------------------ companies

    long companiesEnrolled(Scope s) {
        return jdbc.queryForObject("select count(distinct j.company_id) from journey j join company c on c.id = j.company_id"
                + " where " + s.companyWhere() + " and j.started_at < :toExclusive", s.params(), Long.class);
    }

    Map<JourneyPhase, Long> companiesByPhase(Scope s) {
        Map<JourneyPhase, Long> out = new EnumMap<>(JourneyPhase.class);
        for (JourneyPhase p : JourneyPhase.values()) {
            out.put(p, 0L);
        }
        jdbc.query("select j.phase, count(distinct j.company_id) from journey j join company c on c.id = j.company_id"
                + " where " + s.companyWhere() + " and j.started_at < :toExclusive group by j.phase", s.params(),
                rs -> {
                    out.put(JourneyPhase.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return out;
    }

    /** Open journey tasks (the engine's runtime table) past their due date at the instant. */
    long overdueTasks(Scope s, Instant now) {
        Map<String, Object> p = s.params();
        p.put("now", Timestamp.from(now));
        return jdbc.queryForObject("select count(*) from act_ru_task t join journey j on j.process_instance_id = t.proc_inst_id_"
                + " join company c on c.id = j.company_id where " + s.companyWhere()
                + " and t.due_date_ is not null and t.due_date_ < :now", p, Long.class);
    }

    long surveysSubmitted(Scope s) {
        return jdbc.queryForObject("select count(distinct r.company_id) from survey_response r join company c on c.id = r.company_id"
                + " where " + s.companyWhere() + " and r.survey_round = 'FIRST' and r.status = 'SUBMITTED'"
                + " and r.submitted_at < :toExclusive"
                + " and exists (select 1 from journey j where j.company_id = r.company_id and j.started_at < :toExclusive)",
                s.params(), Long.class);
    }

    List<ReportCompany> companies(Scope s, JourneyPhase phase, int limit) {
        Map<String, Object> p = s.params();
        p.put("limit", limit);
        String where = " where " + s.companyWhere() + " and j.started_at < :toExclusive";
        if (phase != null) {
            where += " and j.phase = :phase";
            p.put("phase", phase.name());
        }
        return jdbc.query("select c.id, c.name, c.organisation_number, c.municipality_code, j.case_number, j.phase"
                + " from journey j join company c on c.id = j.company_id" + where + " order by c.name, j.id limit :limit", p,
                (rs, i) -> new ReportCompany(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), JourneyPhase.valueOf(rs.getString(6))));
    }

    // ------------------------------------------------------------------ participants

    /** The condition of a state on participant {@code p}. */
    static String stateWhere(ParticipantState state) {
        return switch (state) {
            case TOTAL -> "p.start_date <= :to";
            case STARTED -> "p.start_date between :from and :to";
            case ACTIVE -> "p.start_date <= :to and (p.end_date is null or p.end_date > :to)";
            case ENDED -> "p.end_date between :from and :to";
        };
    }

    GenderCount participants(Scope s, ParticipantState state) {
        GenderCount[] out = {GenderCount.ZERO};
        jdbc.query("select p.gender, count(*) from participant p join company c on c.id = p.company_id where "
                + s.companyWhere() + " and " + stateWhere(state) + " group by p.gender", s.params(),
                rs -> {
                    out[0] = out[0].plus(Gender.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return out[0];
    }

    Map<AgeBand, GenderCount> ageBands(Scope s) {
        Map<AgeBand, GenderCount> out = new EnumMap<>(AgeBand.class);
        for (AgeBand b : AgeBand.values()) {
            out.put(b, GenderCount.ZERO);
        }
        jdbc.query("select p.age_band, p.gender, count(*) from participant p join company c on c.id = p.company_id where "
                + s.companyWhere() + " and " + stateWhere(ParticipantState.TOTAL)
                + " and p.age_band is not null group by p.age_band, p.gender", s.params(),
                rs -> {
                    AgeBand b = AgeBand.valueOf(rs.getString(1));
                    out.put(b, out.get(b).plus(Gender.valueOf(rs.getString(2)), rs.getLong(3)));
                });
        return out;
    }

    private static String participantWhere(Scope s, ParticipantQuery q, Map<String, Object> p) {
        String where = " where " + s.companyWhere() + " and " + stateWhere(q.state());
        if (q.gender() != null) {
            where += " and p.gender = :gender";
            p.put("gender", q.gender().name());
        }
        if (q.ageBand() != null) {
            where += " and p.age_band = :ageBand";
            p.put("ageBand", q.ageBand().name());
        }
        if (q.month() != null) {
            p.put("month", q.month().toString());
            p.put("monthFrom", q.month().atDay(1));
            p.put("monthTo", q.month().atEndOfMonth());
            where += switch (q.figure()) {
                case REPORTED -> " and exists (select 1 from attendance_day a where a.participant_id = p.id"
                        + " and a.attendance_date between :monthFrom and :monthTo)";
                case SIGNED -> " and exists (select 1 from participant_month m where m.participant_id = p.id"
                        + " and m.ledger_month = :month and m.status in ('SIGNED', 'LOCKED') and m.signed_hours is not null)";
                case DISPUTED -> " and exists (select 1 from participant_month m where m.participant_id = p.id"
                        + " and m.ledger_month = :month and m.status = 'DISPUTED')";
            };
        }
        return where;
    }

    long countParticipants(Scope s, ParticipantQuery q) {
        Map<String, Object> p = s.params();
        return jdbc.queryForObject("select count(*) from participant p join company c on c.id = p.company_id"
                + participantWhere(s, q, p), p, Long.class);
    }

    List<ReportParticipant> participants(Scope s, ParticipantQuery q, int limit) {
        Map<String, Object> p = s.params();
        p.put("limit", limit);
        return jdbc.query("select p.id, p.name, c.id, c.name, p.gender, p.age_band, p.start_date, p.end_date"
                + " from participant p join company c on c.id = p.company_id" + participantWhere(s, q, p)
                + " order by p.name, p.id limit :limit", p,
                (rs, i) -> new ReportParticipant(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        Gender.valueOf(rs.getString(5)), rs.getString(6) == null ? null : AgeBand.valueOf(rs.getString(6)),
                        rs.getObject(7, java.time.LocalDate.class), rs.getObject(8, java.time.LocalDate.class)));
    }

    // ------------------------------------------------------------------ hours and money

    /** Reported hours (attendance by date) per month of the period and gender. */
    Map<YearMonth, GenderCount> reportedHours(Scope s) {
        Map<YearMonth, GenderCount> out = new TreeMap<>();
        jdbc.query("select extract(year from a.attendance_date), extract(month from a.attendance_date), p.gender,"
                + " sum(a.hours) from attendance_day a join company c on c.id = a.company_id"
                + " join participant p on p.id = a.participant_id where " + s.companyWhere()
                + " and a.attendance_date between :from and :to group by extract(year from a.attendance_date),"
                + " extract(month from a.attendance_date), p.gender", s.params(),
                rs -> {
                    YearMonth m = YearMonth.of(rs.getInt(1), rs.getInt(2));
                    out.put(m, out.getOrDefault(m, GenderCount.ZERO).plus(Gender.valueOf(rs.getString(3)), rs.getLong(4)));
                });
        return out;
    }

    /** Signed (SIGNED or LOCKED: their signed hours) and disputed (their reported hours) per ledger month and gender. */
    Map<YearMonth, GenderCount[]> monthHours(Scope s) {
        Map<YearMonth, GenderCount[]> out = new TreeMap<>();
        jdbc.query("select m.ledger_month, p.gender,"
                + " sum(case when m.status in ('SIGNED', 'LOCKED') and m.signed_hours is not null then m.signed_hours else 0 end),"
                + " sum(case when m.status = 'DISPUTED' then m.hours else 0 end)"
                + " from participant_month m join company c on c.id = m.company_id"
                + " join participant p on p.id = m.participant_id where " + s.companyWhere()
                + " and m.ledger_month between :fromMonth and :toMonth group by m.ledger_month, p.gender", s.params(),
                rs -> {
                    YearMonth m = YearMonth.parse(rs.getString(1));
                    GenderCount[] v = out.computeIfAbsent(m, k -> new GenderCount[]{GenderCount.ZERO, GenderCount.ZERO});
                    Gender g = Gender.valueOf(rs.getString(2));
                    v[0] = v[0].plus(g, rs.getLong(3));
                    v[1] = v[1].plus(g, rs.getLong(4));
                });
        return out;
    }

    /**
     * Co-financing per ledger month up to the end of the period (from the start, for the cumulated line) and
     * gender: signed hours × the unit cost of the month's year (else the project's default), as
     * participant's CoFinancingService counts it.
     */
    Map<YearMonth, BigDecimal[]> coFinancing(Scope s) {
        Map<YearMonth, BigDecimal[]> out = new TreeMap<>();
        jdbc.query("select m.ledger_month, p.gender, sum(m.signed_hours * coalesce(u.cost_per_hour, pr.unit_cost_per_hour))"
                + " from participant_month m join company c on c.id = m.company_id"
                + " join participant p on p.id = m.participant_id"
                + " join project pr on pr.id = :project"
                + " left join project_unit_cost u on u.project_id = pr.id"
                + " and u.cost_year = cast(substring(m.ledger_month, 1, 4) as integer)"
                + " where " + s.companyWhere() + " and m.status in ('SIGNED', 'LOCKED') and m.signed_hours is not null"
                + " and m.ledger_month <= :toMonth group by m.ledger_month, p.gender", s.params(),
                rs -> {
                    YearMonth m = YearMonth.parse(rs.getString(1));
                    BigDecimal[] v = out.computeIfAbsent(m, k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
                    BigDecimal amount = rs.getBigDecimal(3) == null ? BigDecimal.ZERO : rs.getBigDecimal(3);
                    v[Gender.valueOf(rs.getString(2)) == Gender.WOMAN ? 0 : 1] = amount.setScale(2, java.math.RoundingMode.HALF_UP);
                });
        return out;
    }

    /** The estimated cost of every planned activity in the companies' development plans. */
    BigDecimal plannedActivitiesCost(Scope s) {
        BigDecimal v = jdbc.queryForObject("select sum(a.estimated_cost) from planned_activity a"
                + " join development_plan d on d.id = a.plan_id join company c on c.id = d.company_id where "
                + s.companyWhere(), s.params(), BigDecimal.class);
        return v == null ? BigDecimal.ZERO : v;
    }

    /** The project's co-financing rate in percent. */
    int coFinancingPercent(long projectId) {
        return jdbc.queryForObject("select co_financing_percent from project where id = :id", Map.of("id", projectId),
                Integer.class);
    }
}
