package se.kompetensresan.reporting;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.journey.JourneyPhase;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The dashboard and the lists behind its figures, for coaches (their delprojekt), managers (theirs) and admins
 * (everything). Each call resolves the filter against the signed-in user first ({@link ScopeResolver}); a project,
 * delprojekt or county the user does not work in is refused and logged.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private final ScopeResolver scopes;
    private final ReportQueries queries;
    private final ProjectService projects;
    private final ReportingSettings settings;
    private final CurrentUser currentUser;
    private final Clock clock;

    DashboardService(ScopeResolver scopes, ReportQueries queries, ProjectService projects, ReportingSettings settings,
                     CurrentUser currentUser, Clock clock) {
        this.scopes = scopes;
        this.queries = queries;
        this.projects = projects;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The projects the user may report on (those with a delprojekt they work in; every project for an admin). */
    public List<ProjectInfo> projects() {
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER, Role.COACH);
        return projects.allProjects().stream().filter(p -> projects.subprojectsOf(p.id()).stream()
                .anyMatch(s -> u.canSeeSubproject(s.id()))).toList();
    }

    /** The delprojekt of the project the user may report on. */
    public List<SubprojectInfo> subprojects(long projectId) {
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER, Role.COACH);
        return projects.subprojectsOf(projectId).stream().filter(s -> u.canSeeSubproject(s.id())).toList();
    }

    /** The default filter: the user's first project, the current quarter. Empty when the user has no project. */
    public java.util.Optional<ReportFilter> defaultFilter() {
        return projects().stream().findFirst().map(p -> ReportFilter.quarter(p.id(), LocalDate.now(clock)));
    }

    /**
     * Checks that the user may export this selection (project, delprojekt, county: managers and admins of it; else
     * refused and logged) and returns the project's name.
     */
    public String exportSelection(ReportFilter f) {
        return scopes.forExport(f).project().name();
    }

    public Dashboard dashboard(ReportFilter f) {
        Scope s = scopes.forDashboard(f);
        Dashboard.Companies companies = new Dashboard.Companies(queries.companiesEnrolled(s), s.plannedCompanies(),
                queries.companiesByPhase(s), queries.overdueTasks(s, clock.instant()), queries.surveysSubmitted(s));
        Dashboard.Participants participants = new Dashboard.Participants(
                queries.participants(s, ParticipantState.STARTED), queries.participants(s, ParticipantState.ACTIVE),
                queries.participants(s, ParticipantState.ENDED), queries.participants(s, ParticipantState.TOTAL),
                s.plannedParticipants(), s.plannedWomenPercent(), settings.womenShareMargin(), queries.ageBands(s));
        Map<YearMonth, GenderCount> reported = queries.reportedHours(s);
        Map<YearMonth, GenderCount[]> ledger = queries.monthHours(s);
        List<Dashboard.MonthHours> hours = new ArrayList<>();
        for (YearMonth m = f.firstMonth(); !m.isAfter(f.lastMonth()); m = m.plusMonths(1)) {
            GenderCount[] l = ledger.getOrDefault(m, new GenderCount[]{GenderCount.ZERO, GenderCount.ZERO});
            hours.add(new Dashboard.MonthHours(m, reported.getOrDefault(m, GenderCount.ZERO), l[0], l[1]));
        }
        Map<YearMonth, BigDecimal[]> money = queries.coFinancing(s);
        BigDecimal cumulated = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<YearMonth, BigDecimal[]> e : money.entrySet()) {
            if (e.getKey().isBefore(f.firstMonth())) {
                cumulated = cumulated.add(e.getValue()[0]).add(e.getValue()[1]);
            }
        }
        List<Dashboard.MonthCoFinancing> coFinancing = new ArrayList<>();
        for (YearMonth m = f.firstMonth(); !m.isAfter(f.lastMonth()); m = m.plusMonths(1)) {
            BigDecimal[] v = money.getOrDefault(m, new BigDecimal[]{BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)});
            cumulated = cumulated.add(v[0]).add(v[1]);
            coFinancing.add(new Dashboard.MonthCoFinancing(m, v[0], v[1], cumulated));
        }
        ProjectInfo p = s.project();
        BigDecimal planned = p.budget() == null ? BigDecimal.ZERO : projects.plannedCoFinancing(p.id());
        return new Dashboard(f, p.name(), p.caseNumber(), companies, participants, hours, coFinancing, planned,
                queries.plannedActivitiesCost(s), p.budget() == null ? BigDecimal.ZERO : p.budget());
    }

    /** The participants behind a figure, at most the configured number of rows, by name. */
    public List<ReportParticipant> participants(ReportFilter f, ParticipantQuery q) {
        return queries.participants(scopes.forDashboard(f), q, settings.listLimit());
    }

    /** How many participants are behind a figure (the whole count, also beyond the list's limit). */
    public long countParticipants(ReportFilter f, ParticipantQuery q) {
        return queries.countParticipants(scopes.forDashboard(f), q);
    }

    /** The enrolled companies behind a figure (one phase or all), at most the configured number of rows. */
    public List<ReportCompany> companies(ReportFilter f, JourneyPhase phase) {
        return queries.companies(scopes.forDashboard(f), phase, settings.listLimit());
    }
}
