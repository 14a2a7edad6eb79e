package se.kompetensresan.project;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Projects and their delprojekt. */
@Service
@Transactional(readOnly = true)
public class ProjectService {

    private final ProjectRepository projects;
    private final SubprojectRepository subprojects;
    private final CurrentUser currentUser;

    ProjectService(ProjectRepository projects, SubprojectRepository subprojects, CurrentUser currentUser) {
        this.projects = projects;
        this.subprojects = subprojects;
        this.currentUser = currentUser;
    }

    /** A project by id; for the process glue and for views that already checked the tenant. */
    public Optional<ProjectInfo> project(long id) {
        return projects.findById(id).map(ProjectService::toInfo);
    }

    public Optional<SubprojectInfo> subproject(long id) {
        return subprojects.findById(id).map(ProjectService::toInfo);
    }

    /** Every project, for the public onboarding form (no user check: names and ids only are public). */
    public List<ProjectInfo> allProjects() {
        return projects.findAll().stream().map(ProjectService::toInfo)
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    /** The projects the current user works in (all for an admin). */
    public List<ProjectInfo> visibleProjects() {
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER, Role.COACH);
        return projects.findAll().stream()
                .filter(p -> u.is(Role.ADMIN) || subprojects.findByProjectIdOrderByName(p.id).stream()
                        .anyMatch(s -> u.subprojectIds().contains(s.id)))
                .map(ProjectService::toInfo).toList();
    }

    /** The delprojekt the current user works in (all for an admin). */
    public List<SubprojectInfo> visibleSubprojects() {
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER, Role.COACH);
        return subprojects.findAll().stream()
                .filter(s -> u.is(Role.ADMIN) || u.subprojectIds().contains(s.id))
                .map(ProjectService::toInfo).toList();
    }

    public List<SubprojectInfo> subprojectsOf(long projectId) {
        return subprojects.findByProjectIdOrderByName(projectId).stream().map(ProjectService::toInfo).toList();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    public ProjectInfo createProject(ProjectInfo p) {
        Project e = new Project();
        e.name = p.name();
        e.caseNumber = p.caseNumber();
        e.ownerOrganisation = p.ownerOrganisation();
        e.startDate = p.startDate();
        e.endDate = p.endDate();
        e.budget = p.budget();
        e.esfSupport = p.esfSupport();
        e.plannedParticipants = p.plannedParticipants();
        e.plannedWomenPercent = p.plannedWomenPercent();
        e.unitCostPerHour = p.unitCostPerHour();
        e.followUpMonths = p.followUpMonths();
        return toInfo(projects.save(e));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    public SubprojectInfo createSubproject(long projectId, String name, String owner, List<String> municipalityCodes,
                                           int plannedParticipants) {
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER);
        projects.findById(projectId).orElseThrow(() -> currentUser.refused("unknown project " + projectId));
        List<Subproject> existing = subprojects.findByProjectIdOrderByName(projectId);
        // a manager adds delprojekt to a project they work in (or to a new project that has none yet)
        if (!u.is(Role.ADMIN) && !existing.isEmpty() && existing.stream().noneMatch(x -> u.subprojectIds().contains(x.id))) {
            throw currentUser.refused(u.username() + " (MANAGER) tried to add a delprojekt to project " + projectId);
        }
        Subproject s = new Subproject();
        s.projectId = projectId;
        s.name = name;
        s.ownerOrganisation = owner;
        s.municipalityCodes = String.join(",", municipalityCodes);
        s.plannedParticipants = plannedParticipants;
        return toInfo(subprojects.save(s));
    }

    static ProjectInfo toInfo(Project p) {
        return new ProjectInfo(p.id, p.name, p.caseNumber, p.ownerOrganisation, p.startDate, p.endDate, p.budget,
                p.esfSupport, p.plannedParticipants, p.plannedWomenPercent, p.unitCostPerHour, p.followUpMonths);
    }

    static SubprojectInfo toInfo(Subproject s) {
        List<String> codes = s.municipalityCodes == null || s.municipalityCodes.isBlank() ? List.of()
                : Arrays.asList(s.municipalityCodes.split(","));
        return new SubprojectInfo(s.id, s.projectId, s.name, s.ownerOrganisation, codes, s.plannedParticipants);
    }
}
