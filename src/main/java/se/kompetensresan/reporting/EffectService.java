package se.kompetensresan.reporting;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.shared.Geography;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Effect measurement (after uppföljning) and demand and procurement (from the kartläggningar) for coaches (their
 * delprojekt), managers (theirs) and admins: each call resolves the filter against the signed-in user first
 * ({@link ScopeResolver}); a project, delprojekt or county the user does not work in is refused and logged. The
 * figures are GROUP BY queries ({@link EffectQueries}); the files are {@link ExportKind#EFFECT} and
 * {@link ExportKind#PLANNED_PURCHASES} of {@link ExportService}.
 */
@Service
@Transactional(readOnly = true)
public class EffectService {

    /** More delprojekt or counties than a project has. */
    static final int ALL_GROUPS = 1000;

    private final ScopeResolver scopes;
    private final EffectQueries queries;
    private final ProjectService projects;
    private final Geography geography;
    private final ReportingSettings settings;

    EffectService(ScopeResolver scopes, EffectQueries queries, ProjectService projects, Geography geography,
                  ReportingSettings settings) {
        this.scopes = scopes;
        this.queries = queries;
        this.projects = projects;
        this.geography = geography;
        this.settings = settings;
    }

    public Effect effect(ReportFilter f) {
        Scope s = scopes.forDashboard(f);
        long[] companies = queries.effectCompanies(s);
        List<Effect.AreaEffect> areas = queries.areaEffects(s);
        GapClosure targeted = areas.stream().map(Effect.AreaEffect::targeted).reduce(GapClosure.NONE, GapClosure::plus);
        GapClosure other = areas.stream().map(Effect.AreaEffect::other).reduce(GapClosure.NONE, GapClosure::plus);
        Map<String, String> subprojects = subprojectNames(s);
        List<Effect.EffectGroup> bySubproject = queries.effectGroups(s, EffectQueries.Grouping.SUBPROJECT, ALL_GROUPS)
                .stream().map(g -> g.named(subprojects.getOrDefault(g.key(), g.key()))).toList();
        List<Effect.EffectGroup> byCounty = queries.effectGroups(s, EffectQueries.Grouping.COUNTY, ALL_GROUPS).stream()
                .map(g -> g.named(countyName(g.key()))).toList();
        List<Effect.EffectGroup> byCompany = queries.effectGroups(s, EffectQueries.Grouping.COMPANY, settings.listLimit());
        return new Effect(f, s.project().name(), s.project().caseNumber(), companies[0], companies[1], areas, targeted,
                other, bySubproject, byCounty, byCompany, settings.listLimit());
    }

    public Demand demand(ReportFilter f) {
        Scope s = scopes.forDashboard(f);
        ProcurementRule rule = settings.procurementRule();
        return new Demand(f, s.project().name(), s.project().caseNumber(), queries.companiesWithFirstRound(s), rule,
                queries.areaDemands(s, rule));
    }

    /** The names of the project's delprojekt by id (as text, the group key). */
    static Map<String, String> subprojectNames(ProjectService projects, long projectId) {
        return projects.subprojectsOf(projectId).stream()
                .collect(Collectors.toMap(sp -> String.valueOf(sp.id()), SubprojectInfo::name));
    }

    private Map<String, String> subprojectNames(Scope s) {
        return subprojectNames(projects, s.project().id());
    }

    private String countyName(String code) {
        return code == null ? "–" : geography.county(code).map(Geography.County::name).orElse(code);
    }
}
