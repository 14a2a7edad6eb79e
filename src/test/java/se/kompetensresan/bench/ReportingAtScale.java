package se.kompetensresan.bench;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import se.kompetensresan.StatementCounter;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.reporting.Dashboard;
import se.kompetensresan.reporting.DashboardService;
import se.kompetensresan.reporting.ExportFormat;
import se.kompetensresan.reporting.ExportKind;
import se.kompetensresan.reporting.ExportService;
import se.kompetensresan.reporting.GenderCount;
import se.kompetensresan.reporting.ReportFilter;
import se.kompetensresan.security.Role;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Reporting on {@link ScaleGenerator}'s data: the dashboard's server time (what {@code DashboardView} calls when it
 * opens: the default filter, the figures, the filter bar's projects and delprojekt) for a manager of the whole
 * project, with the default filter and with a delprojekt + county + half-year filter, each beside one hand-written SQL
 * statement computing the same figures (the floor; the two answers are compared figure by figure); then every file
 * {@link ExportService} writes, over the whole period of the data, its time and its peak extra heap.
 */
public final class ReportingAtScale {

    private ReportingAtScale() {
    }

    public record DashboardTiming(String what, double p50, double p95, long statements, double floorP50, double floorP95,
                                  boolean sameFigures, int figures) {
        double ratio() {
            return p95 / floorP95;
        }
    }

    public record ExportTiming(ExportKind kind, ExportFormat format, long rows, long bytes, double seconds,
                               long statements, long peakExtraBytes, long allocatedBytes) {
    }

    public record Result(ScaleGenerator.World world, List<DashboardTiming> dashboards, List<ExportTiming> exports) {
    }

    public static Result run(ApplicationContext ctx, ScaleGenerator.Sizes sizes, int calls, List<ExportFormat> formats,
                             long gcEveryMs, BenchReport report) {
        // gcEveryMs <= 0: no heap measurement (the smoke test: forced full collections take seconds in a test JVM)
        ScaleGenerator.World world = ScaleGenerator.generate(ctx, sizes, report);
        DashboardService dashboards = ctx.getBean(DashboardService.class);
        NamedParameterJdbcTemplate jdbc = ctx.getBean(NamedParameterJdbcTemplate.class);

        List<DashboardTiming> timings = new ArrayList<>();
        ReportFilter byDefault = as(world.manager(), () -> dashboards.defaultFilter().orElseThrow());
        if (byDefault.projectId() != world.projectId()) {
            throw new IllegalStateException("the manager's default filter is not the generated project");
        }
        timings.add(dashboard("default filter (this quarter, whole project)", world, dashboards, jdbc, calls,
                () -> dashboards.defaultFilter().orElseThrow(), world.subprojectIds(), null));
        YearMonth last = YearMonth.from(world.today()).minusMonths(1);
        int first = ScaleGenerator.firstTrainedCompany();
        long sp = world.subprojectIds().get(first % ScaleGenerator.SUBPROJECTS);
        String county = ScaleGenerator.municipality(first).substring(0, 2);
        ReportFilter narrow = new ReportFilter(world.projectId(), sp, county, last.minusMonths(5).atDay(1), last.atEndOfMonth());
        timings.add(dashboard("delprojekt " + (first % ScaleGenerator.SUBPROJECTS + 1) + " + county " + county
                + " + 6 months", world, dashboards, jdbc, calls, () -> narrow, List.of(sp), county));

        report.line("dashboard: %d calls each after %d of warm-up, as the manager of the whole project (%d delprojekt)",
                calls, warmup(calls), world.subprojectIds().size());
        report.line("  ours = DashboardView's server work when it opens: defaultFilter() (default only), dashboard(f),");
        report.line("         the filter bar's projects() and subprojects(project); floor = ONE hand-written SQL statement");
        report.line("         (UNION ALL of conditional aggregates) giving the same figures for the same scope, compared figure by figure");
        report.line("%-46s %8s %8s %6s | %9s %9s | %6s %8s  %s", "", "p50 ms", "p95 ms", "stmts", "floor p50", "floor p95",
                "ratio", "same", "goal p95 <= 200 ms and <= 1.5 x floor");
        for (DashboardTiming t : timings) {
            boolean met = t.p95() <= 200 && t.ratio() <= 1.5;
            report.line("%-46s %8.1f %8.1f %6d | %9.1f %9.1f | %6.2f %8s  %s", t.what(), t.p50(), t.p95(), t.statements(),
                    t.floorP50(), t.floorP95(), t.ratio(), t.sameFigures() ? "yes (" + t.figures() + ")" : "NO",
                    met ? "MET" : "NOT MET");
        }

        List<ExportTiming> exports = exports(ctx, world, formats, gcEveryMs);
        report.line("");
        report.line("exports: the whole period of the data (%s to %s: every participant), written to a file as ExportJobs does",
                world.firstMonth().atDay(1), world.today());
        report.line("  time and statements: one run each, no forced GC; peak extra heap: a second run of the same export with");
        report.line("  HeapMeter: baseline = heap used after System.gc() just before it; a sampler forces a full GC every %d ms", gcEveryMs);
        report.line("  and every GC (forced or not) reports the heap used after it; peak extra = highest after-GC heap - baseline");
        report.line("  (live data only, garbage excluded; the embedded H2's page cache and sort buffers are in the same heap and count;");
        report.line("  a peak shorter than the interval can be missed). allocated = bytes the thread allocated in the timed run");
        report.line("%-34s %-5s %8s %9s %8s %6s %12s %12s  %s", "", "", "rows", "file KB", "s", "stmts", "peak extra MB",
                "allocated MB", "goal <= 10 s and <= 100 MB");
        for (ExportTiming e : exports) {
            boolean met = e.seconds() <= 10 && e.peakExtraBytes() >= 0 && e.peakExtraBytes() <= 100L * 1024 * 1024;
            report.line("%-34s %-5s %8d %9d %8.2f %6d %12s %12.1f  %s", e.kind().fileBase(), e.format(), e.rows(),
                    e.bytes() / 1024, e.seconds(), e.statements(), e.peakExtraBytes() < 0 ? "not measured"
                            : String.format(java.util.Locale.ROOT, "%.1f", e.peakExtraBytes() / 1048576.0),
                    e.allocatedBytes() / 1048576.0, met ? "MET" : e.peakExtraBytes() < 0 ? "time only" : "NOT MET");
        }
        return new Result(world, timings, exports);
    }

    private static int warmup(int calls) {
        return Math.max(3, calls / 5);
    }

    private static DashboardTiming dashboard(String what, ScaleGenerator.World world, DashboardService dashboards,
                                             NamedParameterJdbcTemplate jdbc, int calls, Supplier<ReportFilter> filter,
                                             List<Long> floorSubprojects, String floorCounty) {
        Supplier<Dashboard> ours = () -> as(world.manager(), () -> {
            ReportFilter f = filter.get();
            Dashboard d = dashboards.dashboard(f);
            dashboards.projects();
            dashboards.subprojects(f.projectId());
            return d;
        });
        ReportFilter f = as(world.manager(), filter);
        Supplier<Map<String, String>> floor = () -> floorFigures(jdbc, world.projectId(), floorSubprojects, floorCounty,
                f.from(), f.to());
        double[][] times = BenchReport.sideBySide(calls, warmup(calls), ours, floor);
        double[] o = times[0];
        double[] b = times[1];
        var counted = StatementCounter.counted(ours);
        Map<String, String> mine = figures(counted.result());
        Map<String, String> theirs = floor.get();
        if (!mine.equals(theirs)) {
            Map<String, String> diff = new TreeMap<>();
            mine.forEach((k, v) -> {
                if (!v.equals(theirs.get(k))) {
                    diff.put(k, v + " (floor " + theirs.get(k) + ")");
                }
            });
            theirs.forEach((k, v) -> diff.putIfAbsent(k, mine.containsKey(k) ? diff.get(k) : "absent (floor " + v + ")"));
            System.out.println("[bench reporting-at-scale] figures differ: " + diff);
        }
        return new DashboardTiming(what, BenchReport.percentile(o, 50), BenchReport.percentile(o, 95),
                counted.statements(), BenchReport.percentile(b, 50), BenchReport.percentile(b, 95), mine.equals(theirs),
                mine.size());
    }

    /** The dashboard's figures by name (zeros left out), as {@link #floorFigures} names them. */
    static Map<String, String> figures(Dashboard d) {
        Map<String, String> out = new TreeMap<>();
        put(out, "enrolled", d.companies().enrolled());
        d.companies().byPhase().forEach((p, n) -> put(out, "phase:" + p, n));
        put(out, "overdue", d.companies().overdueTasks());
        put(out, "surveys", d.companies().surveysSubmitted());
        Dashboard.Participants p = d.participants();
        gender(out, "started", p.started());
        gender(out, "active", p.active());
        gender(out, "ended", p.ended());
        gender(out, "total", p.total());
        p.ageBands().forEach((band, n) -> gender(out, "age:" + band, n));
        for (Dashboard.MonthHours h : d.hours()) {
            gender(out, "reported:" + h.month(), h.reported());
            gender(out, "signed:" + h.month(), h.signed());
            gender(out, "disputed:" + h.month(), h.disputed());
        }
        for (Dashboard.MonthCoFinancing m : d.coFinancing()) {
            money(out, "money:" + m.month() + ":WOMAN", m.women());
            money(out, "money:" + m.month() + ":MAN", m.men());
        }
        if (!d.coFinancing().isEmpty()) {
            money(out, "money:cumulated", d.coFinancing().get(d.coFinancing().size() - 1).cumulated());
        }
        money(out, "plannedCost", d.plannedActivitiesCost());
        return out;
    }

    private static void gender(Map<String, String> out, String key, GenderCount n) {
        put(out, key + ":WOMAN", n.women());
        put(out, key + ":MAN", n.men());
    }

    private static void put(Map<String, String> out, String key, long n) {
        if (n != 0) {
            out.put(key, String.valueOf(n));
        }
    }

    private static void money(Map<String, String> out, String key, BigDecimal v) {
        if (v != null && v.signum() != 0) {
            out.put(key, v.setScale(2, RoundingMode.HALF_UP).toPlainString());
        }
    }

    /**
     * The floor: one SQL statement, written by hand for this scope, returning every figure of the dashboard (one pass
     * over participants with the four states and the age bands as conditional sums; the hours, the ledger and the
     * co-financing each one GROUP BY), turned into the same names as {@link #figures}.
     */
    static Map<String, String> floorFigures(NamedParameterJdbcTemplate jdbc, long projectId, List<Long> subprojects,
                                            String county, LocalDate from, LocalDate to) {
        String cw = "c.subproject_id in (:sp)" + (county == null ? "" : " and c.municipality_code like :county");
        Map<String, Object> p = new HashMap<>();
        p.put("sp", subprojects);
        p.put("county", county + "%");
        p.put("project", projectId);
        p.put("from", from);
        p.put("to", to);
        p.put("fromMonth", YearMonth.from(from).toString());
        p.put("toMonth", YearMonth.from(to).toString());
        p.put("toExclusive", Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
        p.put("now", Timestamp.from(Instant.now()));
        String n = "cast(null as varchar(20))";
        String sql = "select 'enrolled' as fig, " + n + " as k, " + n + " as g, count(distinct j.company_id) as v1,"
                + " 0 as v2, 0 as v3, 0 as v4 from journey j join company c on c.id = j.company_id where " + cw
                + " and j.started_at < :toExclusive"
                + " union all select 'phase', j.phase, null, count(distinct j.company_id), 0, 0, 0 from journey j"
                + " join company c on c.id = j.company_id where " + cw + " and j.started_at < :toExclusive group by j.phase"
                + " union all select 'overdue', null, null, count(*), 0, 0, 0 from act_ru_task t"
                + " join journey j on j.process_instance_id = t.proc_inst_id_ join company c on c.id = j.company_id"
                + " where " + cw + " and t.due_date_ < :now"
                + " union all select 'surveys', null, null, count(distinct r.company_id), 0, 0, 0 from survey_response r"
                + " join company c on c.id = r.company_id where " + cw + " and r.survey_round = 'FIRST'"
                + " and r.status = 'SUBMITTED' and r.submitted_at < :toExclusive"
                + " and exists (select 1 from journey j where j.company_id = r.company_id and j.started_at < :toExclusive)"
                + " union all select 'participants', p.age_band, p.gender,"
                + " sum(case when p.start_date between :from and :to then 1 else 0 end),"
                + " sum(case when p.start_date <= :to and (p.end_date is null or p.end_date > :to) then 1 else 0 end),"
                + " sum(case when p.end_date between :from and :to then 1 else 0 end),"
                + " sum(case when p.start_date <= :to then 1 else 0 end)"
                + " from participant p join company c on c.id = p.company_id where " + cw + " group by p.age_band, p.gender"
                + " union all select 'reported', null, p.gender, extract(year from a.attendance_date),"
                + " extract(month from a.attendance_date), sum(a.hours), 0 from attendance_day a"
                + " join company c on c.id = a.company_id join participant p on p.id = a.participant_id where " + cw
                + " and a.attendance_date between :from and :to"
                + " group by extract(year from a.attendance_date), extract(month from a.attendance_date), p.gender"
                + " union all select 'ledger', m.ledger_month, p.gender,"
                + " sum(case when m.status in ('SIGNED', 'LOCKED') and m.ledger_month >= :fromMonth then m.signed_hours else 0 end),"
                + " sum(case when m.status = 'DISPUTED' and m.ledger_month >= :fromMonth then m.hours else 0 end),"
                + " sum(case when m.status in ('SIGNED', 'LOCKED') then m.signed_hours * coalesce(u.cost_per_hour, pr.unit_cost_per_hour) else 0 end), 0"
                + " from participant_month m join company c on c.id = m.company_id join participant p on p.id = m.participant_id"
                + " join project pr on pr.id = :project left join project_unit_cost u on u.project_id = pr.id"
                + " and u.cost_year = cast(substring(m.ledger_month, 1, 4) as integer)"
                + " where " + cw + " and m.ledger_month <= :toMonth group by m.ledger_month, p.gender"
                + " union all select 'plannedCost', null, null, sum(a.estimated_cost), 0, 0, 0 from planned_activity a"
                + " join development_plan d on d.id = a.plan_id join company c on c.id = d.company_id where " + cw;
        Map<String, Long> counts = new TreeMap<>();
        Map<String, BigDecimal> money = new TreeMap<>();
        BigDecimal[] cumulated = {BigDecimal.ZERO};
        jdbc.query(sql, p, rs -> {
            String fig = rs.getString(1);
            String k = rs.getString(2);
            String g = rs.getString(3);
            switch (fig) {
                case "enrolled", "overdue", "surveys" -> counts.merge(fig, rs.getLong(4), Long::sum);
                case "phase" -> counts.merge("phase:" + k, rs.getLong(4), Long::sum);
                case "participants" -> {
                    counts.merge("started:" + g, rs.getLong(4), Long::sum);
                    counts.merge("active:" + g, rs.getLong(5), Long::sum);
                    counts.merge("ended:" + g, rs.getLong(6), Long::sum);
                    counts.merge("total:" + g, rs.getLong(7), Long::sum);
                    if (k != null) {
                        counts.merge("age:" + k + ":" + g, rs.getLong(7), Long::sum);
                    }
                }
                case "reported" -> counts.merge("reported:" + YearMonth.of(rs.getInt(4), rs.getInt(5)) + ":" + g,
                        rs.getLong(6), Long::sum);
                case "ledger" -> {
                    counts.merge("signed:" + k + ":" + g, rs.getLong(4), Long::sum);
                    counts.merge("disputed:" + k + ":" + g, rs.getLong(5), Long::sum);
                    BigDecimal v = rs.getBigDecimal(6).setScale(2, RoundingMode.HALF_UP);
                    cumulated[0] = cumulated[0].add(v);
                    if (k.compareTo(YearMonth.from(from).toString()) >= 0) {
                        money.put("money:" + k + ":" + g, v);
                    }
                }
                case "plannedCost" -> money.put("plannedCost", rs.getBigDecimal(4) == null ? BigDecimal.ZERO
                        : rs.getBigDecimal(4));
                default -> throw new IllegalStateException(fig);
            }
        });
        Map<String, String> out = new TreeMap<>();
        counts.forEach((k, v) -> put(out, k, v));
        money.forEach((k, v) -> money(out, k, v));
        money(out, "money:cumulated", cumulated[0]);
        return out;
    }

    // ------------------------------------------------------------------ exports

    private static List<ExportTiming> exports(ApplicationContext ctx, ScaleGenerator.World world, List<ExportFormat> formats,
                                              long gcEveryMs) {
        ExportService exports = ctx.getBean(ExportService.class);
        ReportFilter whole = new ReportFilter(world.projectId(), null, null, world.firstMonth().atDay(1), world.today());
        Path dir = Path.of("target", "bench-scale");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<ExportTiming> out = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (ExportFormat format : formats) {
                for (ExportKind kind : ExportKind.values()) {
                    Path file = dir.resolve(kind.fileBase() + "." + format.extension());
                    AtomicLong rows = new AtomicLong();
                    if (gcEveryMs > 0) {
                        HeapMeter.liveHeap();
                    }
                    long allocated = threads.getCurrentThreadAllocatedBytes();
                    long t0 = System.nanoTime();
                    var counted = StatementCounter.counted(() -> write(exports, world, whole, kind, format, file, rows));
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    allocated = threads.getCurrentThreadAllocatedBytes() - allocated;
                    long bytes = Files.size(file);
                    long peak = -1;
                    if (gcEveryMs > 0) {
                        try (HeapMeter meter = new HeapMeter(gcEveryMs)) {
                            write(exports, world, whole, kind, format, file, new AtomicLong());
                            peak = meter.peakExtra();
                        }
                    }
                    Files.deleteIfExists(file);
                    out.add(new ExportTiming(kind, format, rows.get(), bytes, seconds, counted.statements(), peak, allocated));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Void write(ExportService exports, ScaleGenerator.World world, ReportFilter f, ExportKind kind,
                              ExportFormat format, Path file, AtomicLong rows) {
        return as(world.manager(), () -> {
            try (OutputStream o = Files.newOutputStream(file)) {
                exports.write(f, kind, format, o, rows::set);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    private static <T> T as(String username, Supplier<T> work) {
        JourneyFixtures.signIn(username, Role.MANAGER);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
