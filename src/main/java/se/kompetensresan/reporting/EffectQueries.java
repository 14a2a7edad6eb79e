package se.kompetensresan.reporting;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.Gender;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of effect measurement and demand, in the manner of {@link ReportQueries}: GROUP BY over survey's answers
 * ({@code survey_value}: one row per response, matrix question, area and part), coaching's plans and training's
 * bookings, scoped by {@link Scope#companyWhere()}. A response's competence matrix is its matrix question (the one
 * with the lowest key, should a questionnaire have two); the areas are the {@link CompetenceAreas} codes, as in
 * survey's heat map. Portable between H2 and PostgreSQL.
 */
@Component
class EffectQueries {

    private final NamedParameterJdbcTemplate jdbc;

    EffectQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ------------------------------------------------------------------ effect

    /**
     * Per company of the scope: its latest uppföljning submitted by the end of the period, the kartläggning of the same
     * journey (for a response outside any journey: the company's latest outside any journey) and the approved plan of
     * that journey (outside a journey: the company's latest approved plan).
     */
    private static String pairs(Scope s) {
        return "select f.company_id, f.id as after_id,"
                + " (select max(b.id) from survey_response b where b.company_id = f.company_id and b.survey_round = 'FIRST'"
                + " and b.status = 'SUBMITTED' and (b.journey_id = f.journey_id or (f.journey_id is null and b.journey_id is null)))"
                + " as before_id,"
                + " (select max(d.id) from development_plan d where d.company_id = f.company_id and d.status = 'APPROVED'"
                + " and (f.journey_id is null or d.journey_id = f.journey_id)) as plan_id"
                + " from survey_response f join company c on c.id = f.company_id where " + s.companyWhere()
                + " and f.survey_round = 'FOLLOW_UP' and f.status = 'SUBMITTED' and f.submitted_at < :toExclusive"
                + " and f.id = (select max(x.id) from survey_response x where x.company_id = f.company_id"
                + " and x.survey_round = 'FOLLOW_UP' and x.status = 'SUBMITTED' and x.submitted_at < :toExclusive)";
    }

    /** One row per company and area answered (both levels) in both rounds: levels before and after, targeted 1/0. */
    private static String facts(Scope s) {
        return "select pr.company_id, cb.row_code as area_code,"
                + " cast(cb.answer_value as integer) as cur_b, cast(ca.answer_value as integer) as cur_a,"
                + " cast(rb.answer_value as integer) as req_b, cast(ra.answer_value as integer) as req_a,"
                + " case when exists (select 1 from planned_activity pa where pa.plan_id = pr.plan_id"
                + " and pa.area_code = cb.row_code) then 1 else 0 end as targeted"
                + " from (" + pairs(s) + ") pr"
                + " join survey_value cb on cb.response_id = pr.before_id and cb.value_part = 'current'"
                + " and cb.question_key = (select min(m.question_key) from survey_value m where m.response_id = pr.before_id"
                + " and m.value_part = 'current')"
                + " join survey_value rb on rb.response_id = pr.before_id and rb.question_key = cb.question_key"
                + " and rb.row_code = cb.row_code and rb.value_part = 'required'"
                + " join survey_value ca on ca.response_id = pr.after_id and ca.question_key = cb.question_key"
                + " and ca.row_code = cb.row_code and ca.value_part = 'current'"
                + " join survey_value ra on ra.response_id = pr.after_id and ra.question_key = cb.question_key"
                + " and ra.row_code = cb.row_code and ra.value_part = 'required'"
                + " where cb.row_code in (:areas)";
    }

    private static final String GAP_B = "case when e.req_b > e.cur_b then e.req_b - e.cur_b else 0 end";
    private static final String GAP_A = "case when e.req_a > e.cur_a then e.req_a - e.cur_a else 0 end";

    private static Map<String, Object> params(Scope s) {
        Map<String, Object> p = s.params();
        p.put("areas", CompetenceAreas.ALL);
        return p;
    }

    /** Companies with both rounds, and of them those that rose in at least one area. */
    long[] effectCompanies(Scope s) {
        return jdbc.queryForObject("select count(distinct e.company_id),"
                + " count(distinct case when e.cur_a > e.cur_b then e.company_id end) from (" + facts(s) + ") e",
                params(s), (rs, i) -> new long[]{rs.getLong(1), rs.getLong(2)});
    }

    /** Per area (questionnaire order; areas nobody answered in both rounds left out). */
    List<Effect.AreaEffect> areaEffects(Scope s) {
        Map<String, long[]> sums = new HashMap<>();
        // [companies, cur_b, cur_a, req_b, req_a, stepped, t answers, t gap_b, t gap_a, o answers, o gap_b, o gap_a]
        jdbc.query("select e.area_code, e.targeted, count(*), sum(e.cur_b), sum(e.cur_a), sum(e.req_b), sum(e.req_a),"
                + " sum(case when e.cur_a > e.cur_b then 1 else 0 end), sum(" + GAP_B + "), sum(" + GAP_A + ")"
                + " from (" + facts(s) + ") e group by e.area_code, e.targeted", params(s), (RowCallbackHandler) rs -> {
                    long[] v = sums.computeIfAbsent(rs.getString(1), k -> new long[12]);
                    for (int i = 0; i < 6; i++) {
                        v[i] += rs.getLong(3 + i);
                    }
                    int at = rs.getInt(2) == 1 ? 6 : 9;
                    v[at] += rs.getLong(3);
                    v[at + 1] += rs.getLong(9);
                    v[at + 2] += rs.getLong(10);
                });
        Map<String, GenderCount> people = participantsByArea(s, "t.company_id in (select pr.company_id from ("
                + pairs(s) + ") pr)");
        return CompetenceAreas.ALL.stream().filter(sums::containsKey).map(code -> {
            long[] v = sums.get(code);
            return new Effect.AreaEffect(code, v[0], v[1], v[2], v[3], v[4], v[5], new GapClosure(v[6], v[7], v[8]),
                    new GapClosure(v[9], v[10], v[11]), people.getOrDefault(code, GenderCount.ZERO));
        }).toList();
    }

    enum Grouping {
        SUBPROJECT("c.subproject_id", "c.subproject_id"),
        COUNTY("substring(c.municipality_code, 1, 2)", "substring(c.municipality_code, 1, 2)"),
        COMPANY("c.id, c.name, c.organisation_number", "c.name, c.id");

        final String columns;
        final String order;

        Grouping(String columns, String order) {
            this.columns = columns;
            this.order = order;
        }
    }

    /** Per delprojekt, county or company (at most {@code limit} groups). Names are the caller's, but a company's. */
    List<Effect.EffectGroup> effectGroups(Scope s, Grouping g, int limit) {
        Map<String, Object> p = params(s);
        p.put("limit", limit);
        return jdbc.query("select " + g.columns + ", count(distinct e.company_id),"
                + " count(distinct case when e.cur_a > e.cur_b then e.company_id end), count(*),"
                + " sum(case when e.cur_a > e.cur_b then 1 else 0 end), sum(e.cur_a - e.cur_b),"
                + " sum(e.targeted), sum(case when e.targeted = 1 then " + GAP_B + " else 0 end),"
                + " sum(case when e.targeted = 1 then " + GAP_A + " else 0 end),"
                + " sum(case when e.targeted = 0 then " + GAP_B + " else 0 end),"
                + " sum(case when e.targeted = 0 then " + GAP_A + " else 0 end)"
                + " from (" + facts(s) + ") e join company c on c.id = e.company_id"
                + " group by " + g.columns + " order by " + g.order + " limit :limit", p, (rs, i) -> {
                    int k = g == Grouping.COMPANY ? 3 : 1;
                    long answers = rs.getLong(k + 3);
                    long targeted = rs.getLong(k + 6);
                    return new Effect.EffectGroup(rs.getString(1), g == Grouping.COMPANY ? rs.getString(2) : null,
                            g == Grouping.COMPANY ? rs.getString(3) : null, rs.getLong(k + 1), rs.getLong(k + 2), answers,
                            rs.getLong(k + 4), rs.getLong(k + 5), new GapClosure(targeted, rs.getLong(k + 7), rs.getLong(k + 8)),
                            new GapClosure(answers - targeted, rs.getLong(k + 9), rs.getLong(k + 10)));
                });
    }

    /** Streams every company area: company name, org.nr, delprojekt id, municipality, area, levels, targeted. */
    void effectRows(Scope s, RowCallbackHandler handler) {
        jdbc.query("select c.name, c.organisation_number, c.subproject_id, c.municipality_code, e.area_code, e.cur_b,"
                + " e.cur_a, e.req_b, e.req_a, e.targeted from (" + facts(s) + ") e join company c on c.id = e.company_id"
                + " order by c.name, c.id, " + areaOrder("e.area_code"), params(s), handler);
    }

    // ------------------------------------------------------------------ demand

    /** Per company of the scope: its latest kartläggning submitted by the end of the period. */
    private static String firstRounds(Scope s) {
        return "select r.company_id, r.id as response_id from survey_response r join company c on c.id = r.company_id"
                + " where " + s.companyWhere() + " and r.survey_round = 'FIRST' and r.status = 'SUBMITTED'"
                + " and r.submitted_at < :toExclusive and r.id = (select max(x.id) from survey_response x"
                + " where x.company_id = r.company_id and x.survey_round = 'FIRST' and x.status = 'SUBMITTED'"
                + " and x.submitted_at < :toExclusive)";
    }

    /** One row per company and area answered (both levels) in its kartläggning: the gap and the employees concerned. */
    private static String gaps(Scope s) {
        return "select fr.company_id, cv.row_code as area_code,"
                + " cast(rv.answer_value as integer) - cast(cv.answer_value as integer) as gap,"
                + " coalesce(cast(ev.answer_value as integer), 0) as employees"
                + " from (" + firstRounds(s) + ") fr"
                + " join survey_value cv on cv.response_id = fr.response_id and cv.value_part = 'current'"
                + " and cv.question_key = (select min(m.question_key) from survey_value m where m.response_id = fr.response_id"
                + " and m.value_part = 'current')"
                + " join survey_value rv on rv.response_id = fr.response_id and rv.question_key = cv.question_key"
                + " and rv.row_code = cv.row_code and rv.value_part = 'required'"
                + " left join survey_value ev on ev.response_id = fr.response_id and ev.question_key = cv.question_key"
                + " and ev.row_code = cv.row_code and ev.value_part = 'employees'"
                + " where cv.row_code in (:areas)";
    }

    long companiesWithFirstRound(Scope s) {
        return jdbc.queryForObject("select count(*) from (" + firstRounds(s) + ") fr", params(s), Long.class);
    }

    /** Every area in questionnaire order, with zeros where no company answered it. */
    List<Demand.AreaDemand> areaDemands(Scope s, ProcurementRule rule) {
        Map<String, Object> p = params(s);
        p.put("minGap", rule.minGap());
        Map<String, long[]> sums = new HashMap<>();
        jdbc.query("select g.area_code, sum(case when g.gap > 0 then 1 else 0 end),"
                + " sum(case when g.gap >= :minGap then 1 else 0 end), sum(case when g.gap > 0 then g.employees else 0 end),"
                + " sum(case when g.gap >= :minGap then g.employees else 0 end), sum(case when g.gap > 0 then g.gap else 0 end)"
                + " from (" + gaps(s) + ") g group by g.area_code", p, (RowCallbackHandler) rs -> {
                    long[] v = new long[5];
                    for (int i = 0; i < 5; i++) {
                        v[i] = rs.getLong(2 + i);
                    }
                    sums.put(rs.getString(1), v);
                });
        Map<String, Object[]> planned = new HashMap<>();
        jdbc.query("select pa.area_code, count(*), sum(pa.participants), sum(pa.estimated_cost) from planned_activity pa"
                + " join development_plan d on d.id = pa.plan_id join company c on c.id = d.company_id where "
                + s.companyWhere() + " and d.status = 'APPROVED' group by pa.area_code", p, (RowCallbackHandler) rs -> {
                    BigDecimal cost = rs.getBigDecimal(4);
                    planned.put(rs.getString(1), new Object[]{rs.getLong(2), rs.getLong(3),
                            cost == null ? BigDecimal.ZERO.setScale(2) : cost.setScale(2, java.math.RoundingMode.HALF_UP)});
                });
        Map<String, GenderCount> people = participantsByArea(s, s.companyWhere());
        return CompetenceAreas.ALL.stream().map(code -> {
            long[] v = sums.getOrDefault(code, new long[5]);
            Object[] pl = planned.getOrDefault(code, new Object[]{0L, 0L, BigDecimal.ZERO.setScale(2)});
            return new Demand.AreaDemand(code, v[0], v[1], v[2], v[3], v[4], people.getOrDefault(code, GenderCount.ZERO),
                    (Long) pl[0], (Long) pl[1], (BigDecimal) pl[2], rule.propose(v[1]));
        }).toList();
    }

    /**
     * Streams the förteckning över planerade inköp: every company with a need (gap ≥ the rule's) per area, in
     * questionnaire order and by company name: area, company name, org.nr, delprojekt id, municipality, gap,
     * employees concerned, and its approved plans' activities in the area (count, participants, estimated cost).
     */
    void purchaseRows(Scope s, ProcurementRule rule, RowCallbackHandler handler) {
        Map<String, Object> p = params(s);
        p.put("minGap", rule.minGap());
        jdbc.query("select g.area_code, c.name, c.organisation_number, c.subproject_id, c.municipality_code, g.gap,"
                + " g.employees, coalesce(pl.n, 0), coalesce(pl.people, 0), pl.cost from (" + gaps(s) + ") g"
                + " join company c on c.id = g.company_id"
                + " left join (select d.company_id, pa.area_code, count(*) as n, sum(pa.participants) as people,"
                + " sum(pa.estimated_cost) as cost from planned_activity pa join development_plan d on d.id = pa.plan_id"
                + " where d.status = 'APPROVED' group by d.company_id, pa.area_code) pl"
                + " on pl.company_id = g.company_id and pl.area_code = g.area_code"
                + " where g.gap >= :minGap order by " + areaOrder("g.area_code") + ", c.name, c.id", p, handler);
    }

    // ------------------------------------------------------------------ shared

    /**
     * Participants in training per area (the area of the planned activity the training activity was booked from)
     * and gender, of the training activities matching the condition (on {@code t}, or on company {@code c}).
     */
    private Map<String, GenderCount> participantsByArea(Scope s, String condition) {
        Map<String, GenderCount> out = new HashMap<>();
        jdbc.query("select pa.area_code, p.gender, count(distinct p.id) from activity_registration r"
                + " join training_activity t on t.id = r.activity_id join planned_activity pa on pa.id = t.planned_activity_id"
                + " join participant p on p.id = r.participant_id join company c on c.id = t.company_id"
                + " where " + condition + " and t.start_date <= :to group by pa.area_code, p.gender", params(s),
                (RowCallbackHandler) rs -> out.merge(rs.getString(1),
                        GenderCount.ZERO.plus(Gender.valueOf(rs.getString(2)), rs.getLong(3)),
                        (a, b) -> new GenderCount(a.women() + b.women(), a.men() + b.men())));
        return out;
    }

    /** An ORDER BY term putting area codes in questionnaire order. */
    private static String areaOrder(String column) {
        StringBuilder b = new StringBuilder("case " + column);
        for (int i = 0; i < CompetenceAreas.ALL.size(); i++) {
            b.append(" when '").append(CompetenceAreas.ALL.get(i)).append("' then ").append(i);
        }
        return b.append(" else ").append(CompetenceAreas.ALL.size()).append(" end").toString();
    }
}
