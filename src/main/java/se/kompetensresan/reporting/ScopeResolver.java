package se.kompetensresan.reporting;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;

import java.util.List;
import java.util.Map;

/**
 * Turns a {@link ReportFilter} into a {@link Scope} for the signed-in user: an admin sees every delprojekt of the
 * project, a manager or coach only those they work in. A project, delprojekt or county outside that is refused and
 * logged like every other tenancy refusal; a company user gets nothing here.
 */
@Component
class ScopeResolver {

    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final NamedParameterJdbcTemplate jdbc;

    ScopeResolver(ProjectService projects, CurrentUser currentUser, NamedParameterJdbcTemplate jdbc) {
        this.projects = projects;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /** The dashboard's scope: coaches, managers and admins. */
    Scope forDashboard(ReportFilter f) {
        return resolve(currentUser.requireRole(Role.ADMIN, Role.MANAGER, Role.COACH), f);
    }

    /** The funder's exports: only managers and admins of the project. */
    Scope forExport(ReportFilter f) {
        return resolve(currentUser.requireRole(Role.ADMIN, Role.MANAGER), f);
    }

    private Scope resolve(UserAccount u, ReportFilter f) {
        ProjectInfo project = projects.project(f.projectId())
                .orElseThrow(() -> currentUser.refused(u.username() + " asked for a report of unknown project " + f.projectId()));
        List<SubprojectInfo> parts = projects.subprojectsOf(project.id());
        List<Long> visible = parts.stream().map(SubprojectInfo::id).filter(u::canSeeSubproject).toList();
        if (visible.isEmpty()) {
            throw currentUser.refused(u.username() + " (" + u.role() + ") asked for a report of project " + project.id());
        }
        int planned = project.plannedParticipants();
        int women = project.plannedWomenPercent();
        Integer companies = target(project.id(), null);
        if (f.subprojectId() != null) {
            if (!visible.contains(f.subprojectId())) {
                throw currentUser.refused(u.username() + " (" + u.role() + ") asked for a report of delprojekt "
                        + f.subprojectId() + " in project " + project.id());
            }
            SubprojectInfo sp = parts.stream().filter(s -> s.id() == f.subprojectId()).findFirst().orElseThrow();
            visible = List.of(sp.id());
            planned = sp.plannedParticipants();
            Integer spWomen = jdbc.queryForObject("select planned_women_percent from subproject where id = :id",
                    Map.of("id", sp.id()), Integer.class);
            if (spWomen != null && spWomen > 0) {
                women = spWomen;
            }
            companies = target(project.id(), sp.id());
        } else if (visible.size() < parts.size()) {
            // a manager of some delprojekt: the plan of those parts, not the whole project's
            List<Long> mine = visible;
            planned = parts.stream().filter(s -> mine.contains(s.id())).mapToInt(SubprojectInfo::plannedParticipants).sum();
            companies = null;
        }
        return new Scope(project, visible, f.countyCode(), f.from(), f.to(), planned, women, companies);
    }

    private Integer target(long projectId, Long subprojectId) {
        List<Integer> found = subprojectId == null
                ? jdbc.queryForList("select planned_companies from report_company_target where project_id = :p "
                + "and subproject_id is null", Map.of("p", projectId), Integer.class)
                : jdbc.queryForList("select planned_companies from report_company_target where project_id = :p "
                + "and subproject_id = :s", Map.of("p", projectId, "s", subprojectId), Integer.class);
        return found.isEmpty() ? null : found.get(0);
    }
}
