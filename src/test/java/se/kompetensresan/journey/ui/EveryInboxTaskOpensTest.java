package se.kompetensresan.journey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasErrorParameter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.coaching.CoachingService;
import se.kompetensresan.coaching.CoachingSessionForm;
import se.kompetensresan.coaching.PlannedActivityForm;
import se.kompetensresan.coaching.PlannedActivityInfo;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.journey.JourneyInfo;
import se.kompetensresan.journey.JourneyProcess;
import se.kompetensresan.journey.JourneyService;
import se.kompetensresan.journey.JourneyWalker;
import se.kompetensresan.journey.inbox.AnalysisInfo;
import se.kompetensresan.journey.inbox.TaskInbox;
import se.kompetensresan.journey.inbox.TaskInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.Role;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.survey.SurveyRound;
import se.kompetensresan.survey.SurveyService;
import se.kompetensresan.participant.AttendanceService;
import se.kompetensresan.participant.ParticipantForm;
import se.kompetensresan.participant.ParticipantService;
import se.kompetensresan.training.TrainingActivityForm;
import se.kompetensresan.training.TrainingService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every task a user can see in the inbox opens as a form, for every role that sees it: the company, the coach, a
 * manager and an admin. Whoever may not act sees the form read-only with a line saying who may. One journey is
 * walked the real way (survey, analysis, coaching, two training activities, follow-up); at every step each role
 * opens each of its visible tasks.
 */
class EveryInboxTaskOpensTest extends KaribuTest {

    /** The view each task's route shows (its root component id). */
    private static final Map<String, String> VIEW = Map.ofEntries(
            Map.entry(JourneyProcess.TASK_FILL_IN_SURVEY, "survey"),
            Map.entry(JourneyProcess.TASK_CONTACT_COMPANY, "contact-company"),
            Map.entry(JourneyProcess.TASK_ANALYSE_SURVEY, "analysis"),
            Map.entry(JourneyProcess.TASK_CONDUCT_COACHING, "coaching-view"),
            Map.entry(JourneyProcess.TASK_APPROVE_PLAN, "plan-approval-view"),
            Map.entry(JourneyProcess.TASK_CONTACT_COMPANY_ABOUT_PLAN, "contact-company"),
            Map.entry(JourneyProcess.TASK_BOOK_TRAINING, "book-training-view"),
            Map.entry(JourneyProcess.TASK_REPORT_ATTENDANCE, "attendance-view"),
            Map.entry(JourneyProcess.TASK_CONTACT_COMPANY_ABOUT_ATTENDANCE, "contact-company"),
            Map.entry(JourneyProcess.TASK_APPROVE_ATTENDANCE, "approve-attendance-view"),
            Map.entry(JourneyProcess.TASK_FILL_IN_FOLLOW_UP, "survey"),
            Map.entry(JourneyProcess.TASK_CONTACT_COMPANY_ABOUT_FOLLOW_UP, "contact-company"),
            Map.entry(JourneyProcess.TASK_CLOSE_JOURNEY, "close-journey"));

    /** Tasks whose read-only form says who may act in a line of its own (the survey says it in its own way). */
    private static final Set<String> WITH_NOTICE = Set.of(JourneyProcess.TASK_CONTACT_COMPANY,
            JourneyProcess.TASK_CONTACT_COMPANY_ABOUT_PLAN, JourneyProcess.TASK_CONTACT_COMPANY_ABOUT_ATTENDANCE,
            JourneyProcess.TASK_CONTACT_COMPANY_ABOUT_FOLLOW_UP,
            JourneyProcess.TASK_ANALYSE_SURVEY, JourneyProcess.TASK_CONDUCT_COACHING,
            JourneyProcess.TASK_BOOK_TRAINING, JourneyProcess.TASK_REPORT_ATTENDANCE,
            JourneyProcess.TASK_APPROVE_ATTENDANCE, JourneyProcess.TASK_CLOSE_JOURNEY);

    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    JourneyService journeys;
    @Autowired
    SurveyService surveys;
    @Autowired
    CoachingService coaching;
    @Autowired
    TrainingService training;
    @Autowired
    TaskInbox inbox;
    @Autowired
    ParticipantService participants;
    @Autowired
    AttendanceService attendance;
    /** The one participant of each company, added on its first attendance report. */
    private final Map<Long, Long> participantOf = new java.util.HashMap<>();

    /** The company registers its participant on the activity, records a day of 8 hours and confirms (Rapportera närvaro). */
    private void reportAttendance(long companyId, String companyUser, long activityId, LocalDate day) {
        new JourneyWalker(ctx).as(companyUser, Role.COMPANY, () -> {
            long p = participantOf.computeIfAbsent(companyId, c -> participants.add(c, new ParticipantForm("Anna Svetsare",
                    "19900101-0025", false, null, "anna@example.se", day.minusDays(30), "sv")).id());
            attendance.register(activityId, p);
            attendance.record(activityId, p, day, "6"); // two activities on the same day: 12 of the 13 hours a day
            attendance.confirmComplete(activityId);
            return null;
        });
    }

    private final Set<String> opened = new TreeSet<>();
    private final Map<Role, String> users = new LinkedHashMap<>();
    private CompanyInfo company;

    @Test
    void everyTaskInTheInboxOpensAsAFormForEveryRoleThatSeesIt() {
        JourneyFixtures fx = new JourneyFixtures(userService, projects, companies);
        long subproject = fx.subproject();
        company = fx.company(subproject, 20);
        users.put(Role.COMPANY, fx.user(Role.COMPANY, company.id(), Set.of()));
        users.put(Role.COACH, fx.user(Role.COACH, null, Set.of(subproject)));
        users.put(Role.MANAGER, fx.user(Role.MANAGER, null, Set.of(subproject)));
        users.put(Role.ADMIN, fx.user(Role.ADMIN, null, Set.of()));
        String companyUser = users.get(Role.COMPANY);
        String coach = users.get(Role.COACH);
        JourneyWalker walk = new JourneyWalker(ctx);
        JourneyInfo j = journeys.startAsSystem(company.id());
        String pi = walk.processInstance(j);
        walk.runJobs(pi);

        // kartläggning, three weeks without an answer: the coach is to contact the company
        walk.fireTimer(pi, JourneyProcess.BOUNDARY_SURVEY_ESCALATION);
        walk.runJobs(pi);
        openEveryVisibleTask();
        walk.as(coach, Role.COACH, () -> {
            inbox.completeContact(walk.only(JourneyProcess.TASK_CONTACT_COMPANY, company.id()).taskId(), "Ringde VD");
            return null;
        });
        walk.as(companyUser, Role.COMPANY, () -> {
            long responseId = surveys.responseIdFor(company.id(), SurveyRound.FIRST).orElseThrow();
            walk.answerAll(responseId, 1);
            surveys.submit(responseId);
            return null;
        });
        walk.runJobs(pi);

        // analys
        openEveryVisibleTask();
        walk.as(coach, Role.COACH, () -> {
            TaskInfo task = walk.only(JourneyProcess.TASK_ANALYSE_SURVEY, company.id());
            AnalysisInfo proposal = inbox.analysis(task.taskId());
            inbox.completeAnalysis(task.taskId(), proposal.proposedTrack(), proposal.proposedAreas());
            return null;
        });
        walk.runJobs(pi);

        // coaching: a session and a plan of two actions, which the company approves
        openEveryVisibleTask();
        walk.as(coach, Role.COACH, () -> {
            coaching.logSession(company.id(), new CoachingSessionForm(LocalDate.now().minusDays(1), 60, "VD",
                    "Genomgång av kartläggningen", "Svetsutbildning"));
            coaching.saveActivity(company.id(), new PlannedActivityForm(null, CompetenceAreas.WELDING, "Svetsning TIG",
                    "Svetsare", 2, 8, LocalDate.now(), new BigDecimal("8000")));
            return coaching.submitPlan(company.id());
        });
        // the plan waits three weeks: the coach is to contact the company about it
        walk.fireTimer(pi, JourneyProcess.BOUNDARY_PLAN_APPROVAL_ESCALATION);
        openEveryVisibleTask();
        contacted(walk, coach, JourneyProcess.TASK_CONTACT_COMPANY_ABOUT_PLAN);
        walk.as(companyUser, Role.COMPANY, () -> coaching.approvePlan(company.id()));

        // utbildning: two activities, booked under their own names; both ended two days ago
        openEveryVisibleTask();
        List<PlannedActivityInfo> actions = walk.as(coach, Role.COACH,
                () -> coaching.currentPlan(company.id()).orElseThrow().activities());
        assertThat(actions).hasSize(2);
        LocalDate end = LocalDate.now().minusDays(2);
        List<Long> activityIds = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            long plannedId = actions.get(i).id();
            String course = i == 0 ? "Svetsning MIG/MAG" : "Svetsning TIG";
            activityIds.add(walk.as(coach, Role.COACH, () -> training.bookActivity(plannedId,
                    new TrainingActivityForm(course, "Lärcentrum", "Karlskoga", end.minusDays(1), end, 8)).id()));
        }
        walk.runJobs(pi);
        // one attendance report waits three weeks
        fireFirst(pi, JourneyProcess.BOUNDARY_ATTENDANCE_ESCALATION);
        openEveryVisibleTask();
        contacted(walk, coach, JourneyProcess.TASK_CONTACT_COMPANY_ABOUT_ATTENDANCE);
        for (long activityId : activityIds) {
            reportAttendance(company.id(), companyUser, activityId, end);
        }
        openEveryVisibleTask();
        for (long activityId : activityIds) {
            walk.as(coach, Role.COACH, () -> {
                attendance.approve(activityId);
                return null;
            });
        }

        // uppföljning
        walk.fireTimer(pi, JourneyProcess.TIMER_FOLLOW_UP_DUE);
        walk.runJobs(pi);
        walk.fireTimer(pi, JourneyProcess.BOUNDARY_FOLLOW_UP_ESCALATION);
        openEveryVisibleTask();
        contacted(walk, coach, JourneyProcess.TASK_CONTACT_COMPANY_ABOUT_FOLLOW_UP);
        walk.as(companyUser, Role.COMPANY, () -> {
            long followUp = surveys.responseIdFor(company.id(), SurveyRound.FOLLOW_UP).orElseThrow();
            walk.answerAll(followUp, 3);
            surveys.submit(followUp);
            return null;
        });
        openEveryVisibleTask();

        Set<String> expected = new TreeSet<>();
        VIEW.keySet().forEach(key -> {
            String group = JourneyProcess.groupOfTask(key);
            expected.add(group + " " + key);
            expected.add("MANAGER " + key);
            expected.add("ADMIN " + key);
        });
        assertThat(opened).isEqualTo(expected);
    }

    /** The coach notes the contact the escalation asked for. */
    private void contacted(JourneyWalker walk, String coach, String contactTask) {
        walk.as(coach, Role.COACH, () -> {
            inbox.completeContact(walk.only(contactTask, company.id()).taskId(), "Ringde HR");
            return null;
        });
    }

    /** Fires the first of the instance's timers at the event (a multi-instance activity has one per instance). */
    private void fireFirst(String pi, String activityId) {
        var management = ctx.getBean(org.camunda.bpm.engine.ManagementService.class);
        management.executeJob(management.createJobQuery().processInstanceId(pi).activityId(activityId).list().get(0).getId());
    }

    @Test
    void trainingTasksAndTheTimelineNameTheirCourse() {
        JourneyFixtures fx = new JourneyFixtures(userService, projects, companies);
        long subproject = fx.subproject();
        company = fx.company(subproject, 20);
        String companyUser = fx.user(Role.COMPANY, company.id(), Set.of());
        String coach = fx.user(Role.COACH, null, Set.of(subproject));
        JourneyWalker walk = new JourneyWalker(ctx);
        String pi = walk.start(company.id());
        walk.as(companyUser, Role.COMPANY, () -> {
            long responseId = surveys.responseIdFor(company.id(), SurveyRound.FIRST).orElseThrow();
            walk.answerAll(responseId, 1);
            surveys.submit(responseId);
            return null;
        });
        walk.runJobs(pi);
        walk.as(coach, Role.COACH, () -> {
            TaskInfo task = walk.only(JourneyProcess.TASK_ANALYSE_SURVEY, company.id());
            AnalysisInfo proposal = inbox.analysis(task.taskId());
            inbox.completeAnalysis(task.taskId(), proposal.proposedTrack(), proposal.proposedAreas());
            return null;
        });
        walk.runJobs(pi);
        walk.as(coach, Role.COACH, () -> {
            coaching.logSession(company.id(), new CoachingSessionForm(LocalDate.now().minusDays(1), 60, "VD",
                    "Genomgång av kartläggningen", "Svetsutbildning"));
            coaching.saveActivity(company.id(), new PlannedActivityForm(null, CompetenceAreas.WELDING, "Svetsning TIG",
                    "Svetsare", 2, 8, LocalDate.now(), new BigDecimal("8000")));
            return coaching.submitPlan(company.id());
        });
        walk.as(companyUser, Role.COMPANY, () -> coaching.approvePlan(company.id()));
        List<PlannedActivityInfo> actions = walk.as(coach, Role.COACH,
                () -> coaching.currentPlan(company.id()).orElseThrow().activities());
        // before booking, the rows carry the plan's action titles
        login(coach);
        assertThat(inbox.tasksOf(company.id())).extracting(TaskInfo::courseName)
                .containsExactlyInAnyOrderElementsOf(actions.stream().map(PlannedActivityInfo::title).toList());
        LocalDate end = LocalDate.now().minusDays(2);
        String firstCourse = "Svetsning MIG/MAG för " + company.name();
        long first = walk.as(coach, Role.COACH, () -> training.bookActivity(actions.get(0).id(),
                new TrainingActivityForm(firstCourse, "Lärcentrum", "Karlskoga", end.minusDays(1), end, 8)).id());
        walk.as(coach, Role.COACH, () -> training.bookActivity(actions.get(1).id(),
                new TrainingActivityForm("Svetsning TIG, fortsättning", "Lärcentrum", "Karlskoga", end.minusDays(1), end, 8)));
        walk.runJobs(pi);
        reportAttendance(company.id(), companyUser, first, end);

        login(fx.user(Role.MANAGER, null, Set.of(subproject))); // sees the company's and the coach's tasks
        UI.getCurrent().navigate("journeys/" + company.id());
        List<String> tasks = _find(Span.class, spec -> spec.withClasses("journey-task-text")).stream()
                .map(Span::getText).toList();
        assertThat(tasks).hasSize(2).anySatisfy(t -> assertThat(t).startsWith("Attestera närvaro: " + firstCourse))
                .anySatisfy(t -> assertThat(t).startsWith("Rapportera närvaro: Svetsning TIG, fortsättning"));
        List<String> timeline = _find(ListItem.class, spec -> spec.withClasses("timeline-entry")).stream()
                .map(ListItem::getText).toList();
        assertThat(timeline).anySatisfy(e -> assertThat(e).contains("Utbildning bokad: " + firstCourse))
                .anySatisfy(e -> assertThat(e).contains("Utbildning bokad: Svetsning TIG, fortsättning"))
                .anySatisfy(e -> assertThat(e).contains("Utbildningen ”" + firstCourse + "” har slutat"))
                .anySatisfy(e -> assertThat(e).contains("Utbildningen ”Svetsning TIG, fortsättning” har slutat"))
                .anySatisfy(e -> assertThat(e).contains("Närvaro rapporterad: " + firstCourse))
                .noneSatisfy(e -> assertThat(e).containsAnyOf("insats", "Timer:", "(" + coach + ")"));
        String coachName = userService.findAccount(coach).orElseThrow().name();
        assertThat(timeline).anySatisfy(e -> assertThat(e).endsWith("(" + coachName + ")"));
    }

    /** Each role opens every task of the company it sees in its inbox. */
    private void openEveryVisibleTask() {
        for (var e : users.entrySet()) {
            Role role = e.getKey();
            login(e.getValue());
            List<TaskInfo> visible = inbox.tasksOf(company.id());
            for (TaskInfo t : visible) {
                String what = role + " opening " + t.taskKey() + " at " + t.route();
                UI.getCurrent().navigate(t.route());
                Component view = (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
                assertThat(view).as(what).isNotInstanceOf(HasErrorParameter.class);
                assertThat(view.getId().orElse("")).as(what).isEqualTo(VIEW.get(t.taskKey()));
                boolean acts = role.name().equals(t.candidateGroup());
                List<Paragraph> notice = _find(Paragraph.class, spec -> spec.withId("task-read-only"));
                if (acts) {
                    assertThat(notice).as(what).isEmpty();
                } else if (WITH_NOTICE.contains(t.taskKey())) {
                    assertThat(notice).as(what).singleElement()
                            .satisfies(p -> assertThat(p.getText()).startsWith("Bara "));
                }
                opened.add(role + " " + t.taskKey());
            }
        }
    }
}
