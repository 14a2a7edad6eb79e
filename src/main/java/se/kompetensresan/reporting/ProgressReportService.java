package se.kompetensresan.reporting;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.journey.JourneyPhase;
import se.kompetensresan.participant.AgeBand;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.shared.UserMessageException;

import java.io.IOException;
import se.kompetensresan.shared.BundleI18NProvider;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lägesrapport (progress report) for a period, a quarter by default: the product drafts the facts under each
 * heading from the period's figures (the same queries as the dashboard); the manager writes the narrative; every save
 * is a new version; the result downloads as docx (POI's XWPF). Managers and admins of the project only.
 */
@Service
@Transactional(readOnly = true)
public class ProgressReportService {

    static final int MAX_NARRATIVE = 8000;

    private final se.kompetensresan.security.UserService users;
    private final ScopeResolver scopes;
    private final ReportQueries queries;
    private final DashboardService dashboards;
    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final BundleI18NProvider i18n;

    ProgressReportService(ScopeResolver scopes, ReportQueries queries, DashboardService dashboards,
                          NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, Clock clock,
                          BundleI18NProvider i18n, se.kompetensresan.security.UserService users) {
        this.i18n = i18n;
        this.users = users;
        this.scopes = scopes;
        this.queries = queries;
        this.dashboards = dashboards;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The person's name behind a username stored with a version (the username when the account is gone). */
    private String nameOf(String username) {
        return users.namesOf(List.of(username)).get(username);
    }

    /** The draft: today's facts, and the latest saved version's narratives (else the facts as a starting point). */
    public ProgressReport draft(ReportFilter f) {
        Scope s = scopes.forExport(f);
        Map<ProgressHeading, String> facts = facts(f, s);
        Map<ProgressHeading, String> narratives = new EnumMap<>(facts);
        List<Map<String, Object>> latest = jdbc.queryForList("select id, version, saved_by, saved_at from progress_report_version"
                + where(f) + " order by version desc limit 1", params(f));
        if (latest.isEmpty()) {
            return new ProgressReport(f, s.project().name(), s.project().caseNumber(), 0, null, null, facts, narratives);
        }
        Map<String, Object> v = latest.get(0);
        jdbc.query("select heading, narrative from progress_report_section where report_version_id = :id",
                Map.of("id", v.get("id")), rs -> {
                    narratives.put(ProgressHeading.valueOf(rs.getString(1)), rs.getString(2));
                });
        return new ProgressReport(f, s.project().name(), s.project().caseNumber(), ((Number) v.get("version")).intValue(),
                nameOf((String) v.get("saved_by")), ((Timestamp) v.get("saved_at")).toInstant(), facts, narratives);
    }

    /** Saves the narratives (every heading; blank is allowed, too long is refused) as the next version. */
    @Transactional
    public ProgressReport save(ReportFilter f, Map<ProgressHeading, String> narratives) {
        Scope s = scopes.forExport(f);
        String user = currentUser.require().username();
        for (ProgressHeading h : ProgressHeading.values()) {
            String text = narratives.getOrDefault(h, "");
            if (text != null && text.length() > MAX_NARRATIVE) {
                throw new UserMessageException("reporting.progress.error.length." + h.name(), MAX_NARRATIVE);
            }
        }
        Integer last = jdbc.queryForObject("select max(version) from progress_report_version" + where(f), params(f), Integer.class);
        int version = last == null ? 1 : last + 1;
        Map<String, Object> p = params(f);
        p.put("version", version);
        p.put("by", user);
        p.put("at", Timestamp.from(clock.instant()));
        jdbc.update("insert into progress_report_version (project_id, subproject_id, county_code, period_from, period_to,"
                + " version, saved_by, saved_at) values (:project, :subproject, :county, :from, :to, :version, :by, :at)", p);
        long id = jdbc.queryForObject("select id from progress_report_version" + where(f) + " and version = :version", p, Long.class);
        Map<ProgressHeading, String> facts = facts(f, s);
        for (ProgressHeading h : ProgressHeading.values()) {
            String text = narratives.getOrDefault(h, "");
            jdbc.update("insert into progress_report_section (report_version_id, heading, facts, narrative)"
                    + " values (:id, :heading, :facts, :narrative)", Map.of("id", id, "heading", h.name(),
                    "facts", facts.get(h), "narrative", text == null ? "" : text.strip()));
        }
        return draft(f);
    }

    /** The saved versions, newest first. */
    public List<ProgressReport.Version> versions(ReportFilter f) {
        scopes.forExport(f);
        List<ProgressReport.Version> stored = jdbc.query("select version, saved_by, saved_at from progress_report_version"
                + where(f) + " order by version desc", params(f), (rs, i) -> new ProgressReport.Version(rs.getInt(1),
                rs.getString(2), rs.getTimestamp(3).toInstant()));
        Map<String, String> names = users.namesOf(stored.stream().map(ProgressReport.Version::savedBy).distinct().toList());
        return stored.stream().map(v -> new ProgressReport.Version(v.version(), names.get(v.savedBy()), v.savedAt())).toList();
    }

    /** The file name: {@code Lagesrapport_<ärendenr>_<från>_<till>_v<N>.docx}. */
    public String fileName(ReportFilter f) {
        ProgressReport r = draft(f);
        String caseNumber = r.caseNumber() == null ? "projekt-" + f.projectId() : r.caseNumber().replaceAll("[^A-Za-z0-9]+", "-");
        return "Lagesrapport_" + caseNumber + "_" + f.from() + "_" + f.to() + "_v" + r.version() + ".docx";
    }

    /** The latest version (or the unsaved draft) as docx: per heading its title and the narrative. */
    public void docx(ReportFilter f, OutputStream out) {
        ProgressReport r = draft(f);
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.LEFT);
            XWPFRun t = title.createRun();
            t.setBold(true);
            t.setFontSize(18);
            t.setText(t("reporting.progress.docx.title", r.projectName()));
            XWPFRun sub = doc.createParagraph().createRun();
            sub.setText(t(r.version() == 0 ? "reporting.progress.docx.draft" : "reporting.progress.docx.version",
                    r.caseNumber() == null ? "–" : r.caseNumber(), String.valueOf(f.from()), String.valueOf(f.to()),
                    String.valueOf(r.version())));
            for (ProgressHeading h : ProgressHeading.values()) {
                XWPFRun head = doc.createParagraph().createRun();
                head.setBold(true);
                head.setFontSize(14);
                head.setText(t("reporting.progress.heading." + h.name()));
                for (String line : r.narratives().get(h).split("\\R")) {
                    doc.createParagraph().createRun().setText(line);
                }
            }
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ the facts

    private Map<ProgressHeading, String> facts(ReportFilter f, Scope s) {
        Dashboard d = dashboards.dashboard(f);
        Map<ProgressHeading, String> m = new EnumMap<>(ProgressHeading.class);
        m.put(ProgressHeading.ACTIVITIES, activities(s));
        Dashboard.Companies c = d.companies();
        StringBuilder phases = new StringBuilder();
        for (JourneyPhase p : JourneyPhase.values()) {
            if (c.byPhase().get(p) > 0) {
                phases.append(phases.isEmpty() ? "" : ", ").append(t("reporting.progress.phase." + p.name()))
                        .append(' ').append(c.byPhase().get(p));
            }
        }
        m.put(ProgressHeading.COMPANIES, t("reporting.progress.companies", String.valueOf(c.enrolled()),
                c.planned() == null ? "" : t("reporting.progress.companies.target", String.valueOf(c.planned())),
                phases.isEmpty() ? t("reporting.progress.companies.noPhase") : phases.toString(),
                String.valueOf(c.surveysSubmitted()), String.valueOf(c.responseRatePercent())));
        Dashboard.Participants p = d.participants();
        GenderCount reported = sum(d.hours(), 0);
        GenderCount signed = sum(d.hours(), 1);
        GenderCount disputed = sum(d.hours(), 2);
        m.put(ProgressHeading.PARTICIPANTS, t("reporting.progress.participants", people(p.started()), people(p.ended()),
                String.valueOf(p.total().total()), people(p.total()), String.valueOf(p.planned()), hours(reported),
                hours(signed), hours(disputed)));
        BigDecimal women = d.coFinancing().stream().map(Dashboard.MonthCoFinancing::women).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal men = d.coFinancing().stream().map(Dashboard.MonthCoFinancing::men).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal cumulated = d.coFinancing().isEmpty() ? BigDecimal.ZERO : d.coFinancing().get(d.coFinancing().size() - 1).cumulated();
        m.put(ProgressHeading.CO_FINANCING, t("reporting.progress.coFinancing", kr(women.add(men)), kr(women), kr(men),
                kr(cumulated), kr(d.plannedCoFinancing()),
                String.valueOf(Dashboard.percentOf(cumulated, d.plannedCoFinancing()))));
        m.put(ProgressHeading.DEVIATIONS, deviations(d, s, cumulated));
        Map<AgeBand, GenderCount> bands = p.ageBands();
        m.put(ProgressHeading.HORIZONTAL, t("reporting.progress.horizontal", String.valueOf(p.womenPercent()),
                String.valueOf(p.plannedWomenPercent()), people(bands.get(AgeBand.UNDER_30)),
                people(bands.get(AgeBand.FROM_30_TO_54)), people(bands.get(AgeBand.FROM_55))));
        return m;
    }

    private String activities(Scope s) {
        List<String> names = new ArrayList<>();
        jdbc.query("select t.course_name, t.provider, t.start_date, t.end_date from training_activity t join company c"
                + " on c.id = t.company_id where " + s.companyWhere() + " and t.start_date <= :to and t.end_date >= :from"
                + " order by t.start_date, t.id", s.params(), rs -> {
                    names.add(rs.getString(1) + " (" + (rs.getString(2) == null ? "–" : rs.getString(2)) + ", "
                            + rs.getObject(3, LocalDate.class) + " – " + rs.getObject(4, LocalDate.class) + ")");
                });
        Long sessions = jdbc.queryForObject("select count(*) from coaching_session x join company c on c.id = x.company_id"
                + " where " + s.companyWhere() + " and x.held_on between :from and :to", s.params(), Long.class);
        String list = names.isEmpty() ? "" : ": " + String.join("; ", names.subList(0, Math.min(30, names.size())))
                + (names.size() > 30 ? t("reporting.progress.activities.more") : "");
        return t(names.size() == 1 ? "reporting.progress.activities.one" : "reporting.progress.activities.other",
                String.valueOf(names.size()), list)
                + " " + t(sessions == 1 ? "reporting.progress.sessions.one" : "reporting.progress.sessions.other",
                String.valueOf(sessions));
    }

    /** Behind plan pro rata of the project's time elapsed at the end of the period; the women's share flag. */
    private String deviations(Dashboard d, Scope s, BigDecimal cumulated) {
        List<String> out = new ArrayList<>();
        Dashboard.Participants p = d.participants();
        if (p.womenShareDeviates()) {
            out.add(t("reporting.progress.deviation.women", String.valueOf(p.womenPercent()), String.valueOf(p.margin()),
                    String.valueOf(p.plannedWomenPercent())));
        }
        LocalDate start = s.project().startDate();
        LocalDate end = s.project().endDate();
        if (start != null && end != null && end.isAfter(start)) {
            double elapsed = Math.max(0, Math.min(1, (double) ChronoUnit.DAYS.between(start, s.to().plusDays(1))
                    / ChronoUnit.DAYS.between(start, end.plusDays(1))));
            long expected = Math.round(p.planned() * elapsed);
            if (p.total().total() < expected) {
                out.add(t("reporting.progress.deviation.participants", String.valueOf(p.total().total()),
                        String.valueOf(expected), String.valueOf(Math.round(elapsed * 100))));
            }
            BigDecimal expectedMoney = d.plannedCoFinancing().multiply(BigDecimal.valueOf(elapsed)).setScale(0, RoundingMode.HALF_UP);
            if (cumulated.compareTo(expectedMoney) < 0) {
                out.add(t("reporting.progress.deviation.coFinancing", kr(cumulated), kr(expectedMoney)));
            }
        }
        return out.isEmpty() ? t("reporting.progress.deviation.none") : String.join(" ", out);
    }

    private static GenderCount sum(List<Dashboard.MonthHours> hours, int which) {
        long w = 0;
        long m = 0;
        for (Dashboard.MonthHours h : hours) {
            GenderCount g = which == 0 ? h.reported() : which == 1 ? h.signed() : h.disputed();
            w += g.women();
            m += g.men();
        }
        return new GenderCount(w, m);
    }

    /** People by gender, with the singular for one: "2 kvinnor och 1 man". */
    private String people(GenderCount g) {
        return t("reporting.progress.people", t(g.women() == 1 ? "reporting.progress.women.one" : "reporting.progress.women.other",
                String.valueOf(g.women())), t(g.men() == 1 ? "reporting.progress.men.one" : "reporting.progress.men.other",
                String.valueOf(g.men())));
    }

    /** Hours by gender: "28 (kvinnor 21, män 7)" (hours, not people). */
    private String hours(GenderCount g) {
        return t("reporting.progress.hours", String.valueOf(g.total()), String.valueOf(g.women()), String.valueOf(g.men()));
    }

    private String kr(BigDecimal v) {
        return t("reporting.progress.kr", v.setScale(0, RoundingMode.HALF_UP).toPlainString());
    }

    /** The report's texts: in Swedish, the language of the funder it is written for. */
    private String t(String key, Object... args) {
        return i18n.getTranslation(key, BundleI18NProvider.SWEDISH, args);
    }

    private static String where(ReportFilter f) {
        return " where project_id = :project and period_from = :from and period_to = :to"
                + (f.subprojectId() == null ? " and subproject_id is null" : " and subproject_id = :subproject")
                + (f.countyCode() == null ? " and county_code is null" : " and county_code = :county");
    }

    private static Map<String, Object> params(ReportFilter f) {
        Map<String, Object> p = new HashMap<>();
        p.put("project", f.projectId());
        p.put("subproject", f.subprojectId());
        p.put("county", f.countyCode());
        p.put("from", f.from());
        p.put("to", f.to());
        return p;
    }
}
