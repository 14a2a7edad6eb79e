package se.kompetensresan.onboarding;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.company.ApplicationInfo;
import se.kompetensresan.company.OnboardingService;
import se.kompetensresan.onboarding.ApplicationProcess.Var;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.shared.UserMessageException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The managers' side of the applications: the list of their projects' applications and the manual
 * assessment (Task_AssessApplication, "Bedöm ansökan"). A MANAGER sees the applications whose municipality
 * lies in one of their delprojekt (and those of their projects outside every delprojekt) and assesses only the
 * former; an ADMIN sees and assesses all. Foreign ids are refused and logged.
 */
@Service
@Transactional
public class ApplicationReview {

    /** The reasons a manager can give for a rejection (message keys). */
    public static final List<String> REJECT_REASONS = List.of("application.reason.notManufacturing",
            "application.reason.tooLarge", "application.reason.notSme", "application.reason.outsideArea",
            "application.reason.deMinimis", "application.reason.other");

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationReview.class);

    private final OnboardingService onboarding;
    private final ProjectService projects;
    private final TaskService tasks;
    private final CurrentUser currentUser;

    ApplicationReview(OnboardingService onboarding, ProjectService projects, TaskService tasks, CurrentUser currentUser) {
        this.onboarding = onboarding;
        this.projects = projects;
        this.tasks = tasks;
        this.currentUser = currentUser;
    }

    /** The applications the current MANAGER or ADMIN may see, newest first. */
    @Transactional(readOnly = true)
    public List<ApplicationSummary> applications() {
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER);
        Map<Long, Task> waiting = new HashMap<>();
        for (Task t : tasks.createTaskQuery().processDefinitionKey(ApplicationProcess.PROCESS_ID)
                .taskDefinitionKey(ApplicationProcess.TASK_ASSESS_APPLICATION).list()) {
            waiting.put(ApplicationVariables.ofTask(tasks, t.getId()).applicationId(), t);
        }
        List<ApplicationSummary> out = new ArrayList<>();
        for (ProjectInfo p : u.is(Role.ADMIN) ? projects.allProjects() : projects.visibleProjects()) {
            List<SubprojectInfo> subs = projects.subprojectsOf(p.id());
            for (ApplicationInfo a : onboarding.applicationsOf(p.id())) {
                Optional<SubprojectInfo> covering = subs.stream()
                        .filter(s -> s.municipalityCodes().contains(a.municipalityCode())).findFirst();
                boolean visible = u.is(Role.ADMIN) || covering.map(s -> u.subprojectIds().contains(s.id())).orElse(true);
                if (visible) {
                    out.add(new ApplicationSummary(a, p.name(), covering.map(SubprojectInfo::id).orElse(null),
                            covering.map(SubprojectInfo::name).orElse(null), waiting.containsKey(a.id())));
                }
            }
        }
        out.sort(Comparator.comparing((ApplicationSummary s) -> s.application().createdAt()).reversed()
                .thenComparing(s -> -s.application().id()));
        return out;
    }

    /** The manager approves an application awaiting assessment: the process creates the company and invites it. */
    public void approve(long applicationId) {
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER);
        Task t = assessable(applicationId, u);
        onboarding.requireRunningProject(applicationId); // an ended project takes no one in: refused with a message
        complete(t, u, ApplicationVariables.newMap().approved(true).asMap());
        LOG.info("{} approved application {}", u.username(), applicationId);
    }

    /** The manager rejects an application awaiting assessment with one of {@link #REJECT_REASONS}. */
    public void reject(long applicationId, String reasonKey) {
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER);
        if (reasonKey == null || !REJECT_REASONS.contains(reasonKey)) {
            throw new UserMessageException("application.error.reason");
        }
        Task t = assessable(applicationId, u);
        complete(t, u, ApplicationVariables.newMap().approved(false).reasonKey(reasonKey).asMap());
        LOG.info("{} rejected application {}: {}", u.username(), applicationId, reasonKey);
    }

    private void complete(Task t, UserAccount u, Map<String, Object> vars) {
        if (t.getAssignee() == null) {
            tasks.setAssignee(t.getId(), u.assigneeId());
        }
        tasks.complete(t.getId(), vars);
    }

    private Task assessable(long applicationId, UserAccount u) {
        Task t = tasks.createTaskQuery().processDefinitionKey(ApplicationProcess.PROCESS_ID)
                .taskDefinitionKey(ApplicationProcess.TASK_ASSESS_APPLICATION)
                .processVariableValueEquals(Var.APPLICATION_ID, applicationId).singleResult();
        if (t == null) {
            throw new UserMessageException("application.error.noTask");
        }
        Long subprojectId = ApplicationVariables.ofTask(tasks, t.getId()).subprojectId();
        if (!u.is(Role.ADMIN) && (subprojectId == null || !u.subprojectIds().contains(subprojectId))) {
            throw currentUser.refused(u.username() + " tried to assess application " + applicationId);
        }
        return t;
    }
}
