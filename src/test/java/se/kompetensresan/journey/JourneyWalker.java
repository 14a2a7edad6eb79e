package se.kompetensresan.journey;

import java.util.Set;
import java.util.Map;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.journey.inbox.TaskInbox;
import se.kompetensresan.journey.inbox.TaskInfo;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import se.kompetensresan.security.Role;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.survey.SurveyService;
import se.kompetensresan.survey.SurveyTestData;

import java.util.List;
import java.util.function.Supplier;

/**
 * Walks a journey in a Spring test the way its users do: acts as a user, runs the engine's jobs (the test profile
 * has no job executor), finds the open task of a kind, answers the default questionnaire.
 */
public class JourneyWalker {

    private final TaskInbox inbox;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;
    private final SurveyService surveys;
    private final JourneyService journeys;

    public JourneyWalker(ApplicationContext ctx) {
        this.inbox = ctx.getBean(TaskInbox.class);
        this.runtime = ctx.getBean(RuntimeService.class);
        this.management = ctx.getBean(ManagementService.class);
        this.tasks = ctx.getBean(TaskService.class);
        this.surveys = ctx.getBean(SurveyService.class);
        this.journeys = ctx.getBean(JourneyService.class);
    }

    /**
     * Starts the company's journey as a manager of its delprojekt and places it at the activities with the
     * variables, the way the process tests start a branch mid-process. For the tests of the inbox, the case file
     * and the views, which are about tasks that wait, not about how the journey got there ({@link #start} walks
     * the real way). The signed-in user is the same afterwards.
     */
    public JourneyInfo startAt(JourneyFixtures fx, CompanyInfo company, Map<String, Object> vars, String... activities) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        JourneyFixtures.signIn(fx.user(Role.MANAGER, null, Set.of(company.subprojectId())), Role.MANAGER);
        try {
            JourneyInfo j = journeys.start(company.id());
            String pi = processInstance(j);
            runtime.setVariables(pi, vars);
            for (int attempt = 1; ; attempt++) {
                // where a running job executor (the browser tests) may already have opened the survey, the journey
                // waits at Fyll i kartläggning instead of before the asynchronous step: cancel whichever it is
                List<String> active = runtime.getActiveActivityIds(pi);
                var modification = runtime.createProcessInstanceModification(pi);
                for (String waiting : List.of(JourneyProcess.SERVICE_OPEN_SURVEY, JourneyProcess.TASK_FILL_IN_SURVEY)) {
                    if (active.contains(waiting)) {
                        modification = modification.cancelAllForActivity(waiting);
                    }
                }
                for (String activity : activities) {
                    modification = modification.startBeforeActivity(activity);
                }
                try {
                    modification.execute();
                    return j;
                } catch (org.camunda.bpm.engine.OptimisticLockingException raced) {
                    if (attempt == 5) {
                        throw raced;
                    }
                }
            }
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    /** Starts the company's journey and moves it past the asynchronous step that opens the survey. */
    public String start(long companyId) {
        String pi = processInstance(journeys.startAsSystem(companyId));
        runJobs(pi);
        return pi;
    }

    /** The id of the instance's open task of that kind. */
    public String taskId(String pi, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(taskKey).singleResult().getId();
    }

    /** The process instance of the journey. */
    public String processInstance(JourneyInfo journey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(journey.caseNumber()).singleResult().getId();
    }

    /** Runs the work signed in as the user. */
    public <T> T as(String username, Role role, Supplier<T> work) {
        JourneyFixtures.signIn(username, role);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Executes the instance's due jobs (asynchronous steps, timers whose time has come) until none is left. */
    public void runJobs(String pi) {
        for (int i = 0; i < 20; i++) {
            var jobs = management.createJobQuery().processInstanceId(pi).executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
    }

    /** Fires the timer waiting at the given event before its time. */
    public void fireTimer(String pi, String activityId) {
        management.executeJob(management.createJobQuery().processInstanceId(pi).activityId(activityId).singleResult().getId());
    }

    /** The user tasks the instance waits in. */
    public List<String> openTaskKeys(String pi) {
        return runtime.getActiveActivityIds(pi).stream().filter(id -> id.startsWith("Task_")).toList();
    }

    /** The one task of that kind in the signed-in user's inbox. */
    public TaskInfo only(String taskKey, long companyId) {
        return inbox.tasks().stream().filter(t -> t.taskKey().equals(taskKey) && t.companyId() == companyId)
                .reduce((a, b) -> {
                    throw new AssertionError("more than one " + taskKey);
                }).orElseThrow(() -> new AssertionError("no " + taskKey));
    }

    /**
     * Answers the default questionnaire as the signed-in company user: every area 2 → 2 except welding
     * (weldingLevel → 3), so welding is the one priority area, and every required company question.
     */
    public void answerAll(long responseId, int weldingLevel) {
        for (String area : CompetenceAreas.ALL) {
            boolean welding = area.equals(CompetenceAreas.WELDING);
            surveys.saveAnswer(responseId, area, welding ? weldingLevel : 2, welding ? 3 : 2, 4);
        }
        SurveyTestData.answerCompanyQuestions(surveys, responseId);
    }
}
