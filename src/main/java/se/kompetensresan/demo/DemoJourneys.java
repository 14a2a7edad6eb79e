package se.kompetensresan.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.kompetensresan.catalogue.CatalogueService;
import se.kompetensresan.catalogue.CourseDateForm;
import se.kompetensresan.catalogue.CourseDateService;
import se.kompetensresan.catalogue.TrainingCourseInfo;
import se.kompetensresan.coaching.CoachingService;
import se.kompetensresan.coaching.PlannedActivityForm;
import se.kompetensresan.coaching.CoachingSessionForm;
import se.kompetensresan.coaching.PlannedActivityInfo;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.participant.AttendanceService;
import se.kompetensresan.participant.ParticipantInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.journey.inbox.AnalysisInfo;
import se.kompetensresan.journey.JourneyService;
import se.kompetensresan.journey.inbox.TaskInbox;
import se.kompetensresan.journey.inbox.TaskInfo;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.Luhn;
import se.kompetensresan.survey.SurveyRound;
import se.kompetensresan.survey.SurveyService;
import se.kompetensresan.training.TrainingActivityForm;
import se.kompetensresan.training.TrainingService;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Starts journeys for ten demo companies and walks each, through the same services the users' screens call,
 * to a different phase: survey open (one half filled in), analysis waiting, coaching under way, plan waiting
 * for approval, training to book, attendance to report, attendance to approve, and one journey through
 * training that reaches the follow-up survey when its timer fires. Runs in the background after start-up,
 * since the engine's job executor runs the asynchronous steps.
 */
@Component
class DemoJourneys {

    private static final Logger LOG = LoggerFactory.getLogger(DemoJourneys.class);
    private static final String COACH = "coach";

    /** How far each demo company gets, in the order of the company list. */
    enum Stage { SURVEY_OPEN, SURVEY_HALF, ANALYSIS, COACHING, APPROVAL, BOOKING, REPORTING, APPROVING, FOLLOW_UP }

    private final RunAs runAs;
    private final JourneyService journeys;
    private final TaskInbox inbox;
    private final SurveyService surveys;
    private final se.kompetensresan.survey.QuestionnaireService questionnaires;
    private final se.kompetensresan.survey.SelfAssessmentService selfAssessments;
    private final CoachingService coaching;
    private final TrainingService training;
    private final AttendanceService attendance;
    private final DemoParticipants participants;
    private final ProjectService projects;
    private final CatalogueService catalogue;
    private final CourseDateService courseDates;
    private final Clock clock;
    private final se.kompetensresan.security.UserService users;
    /** The installation's follow-up delay (the demo profile's two minutes), empty when each project's months apply. */
    private final String followUpDelay;
    /** The company that reaches the follow-up, its user and seed; answered once the follow-up timer has fired. */
    private CompanyInfo followUpCompany;
    private String followUpUser;
    private int followUpSeed;

    DemoJourneys(RunAs runAs, JourneyService journeys, TaskInbox inbox, SurveyService surveys,
                 se.kompetensresan.survey.QuestionnaireService questionnaires,
                 se.kompetensresan.survey.SelfAssessmentService selfAssessments, CoachingService coaching, TrainingService training, AttendanceService attendance,
                 DemoParticipants participants, ProjectService projects, CatalogueService catalogue,
                 CourseDateService courseDates, Clock clock, se.kompetensresan.security.UserService users,
                 @org.springframework.beans.factory.annotation.Value("${kompetensresan.journey.follow-up-delay:}")
                 String followUpDelay) {
        this.runAs = runAs;
        this.journeys = journeys;
        this.inbox = inbox;
        this.surveys = surveys;
        this.questionnaires = questionnaires;
        this.selfAssessments = selfAssessments;
        this.coaching = coaching;
        this.training = training;
        this.attendance = attendance;
        this.participants = participants;
        this.projects = projects;
        this.catalogue = catalogue;
        this.courseDates = courseDates;
        this.clock = clock;
        this.users = users;
        this.followUpDelay = followUpDelay;
    }

    /** Done when the background walk has ended: normally, or with what stopped it (a test waits on it). */
    private final java.util.concurrent.CompletableFuture<Void> outcome = new java.util.concurrent.CompletableFuture<>();

    java.util.concurrent.CompletableFuture<Void> outcome() {
        return outcome;
    }

    /** Walks the journeys in a background thread; the application is usable meanwhile. */
    void load(List<CompanyInfo> companies, List<String> companyUsernames) {
        Thread t = new Thread(() -> {
            try {
                walk(companies, companyUsernames);
                LOG.info("Demo journeys ready");
                outcome.complete(null);
            } catch (RuntimeException e) {
                LOG.warn("Demo journeys stopped early: {}", e.toString(), e);
                outcome.completeExceptionally(e);
                return;
            }
            try {
                answerFollowUp();
            } catch (RuntimeException e) {
                LOG.warn("Demo follow-up not answered: {}", e.toString(), e);
            }
        }, "demo-journeys");
        t.setDaemon(true);
        t.start();
    }

    /** The open course every booking demo company attends (one course date, several companies' seats). */
    static final String SHARED_OPEN_COURSE = "Heta arbeten";

    /**
     * Two dates of every open demo course (as the admin): one last week, on which the demo companies that get that
     * far book their actions of the course, and one in two weeks with nothing booked yet (below its minimum, so
     * the managers' overview flags it; the coach books the BOOKING company's action on it). Returns the past
     * date's id by course id.
     */
    private Map<Long, Long> courseDates() {
        return as("admin", () -> {
            Map<Long, Long> past = new HashMap<>();
            LocalDate today = LocalDate.now(clock);
            for (TrainingCourseInfo c : catalogue.search(null, null, false)) {
                if (!c.open()) {
                    continue;
                }
                past.put(c.id(), courseDates.save(new CourseDateForm(null, c.id(), today.minusDays(5),
                        today.minusDays(5), "Karlskoga, Lärcentrum", 6, 20)).id());
                courseDates.save(new CourseDateForm(null, c.id(), today.plusDays(14), today.plusDays(15),
                        "Örebro, Yrkeshögskolan", 6, 12));
            }
            return past;
        });
    }

    /** The username of the demo company's colleague who answers a section of its kartläggning. */
    static String colleagueOf(String companyUser) {
        return companyUser + ".produktion";
    }

    void walk(List<CompanyInfo> companies, List<String> companyUsernames) {
        Stage[] stages = Stage.values();
        Map<Long, Long> pastCourseDates = courseDates();
        Long sharedCourse = as(COACH, () -> catalogue.search(SHARED_OPEN_COURSE, CompetenceAreas.WORK_ENVIRONMENT, false)
                .stream().filter(TrainingCourseInfo::open).map(TrainingCourseInfo::id).findFirst().orElse(null));
        List<List<ParticipantInfo>> withHours = new ArrayList<>();
        Long projectId = null;
        if (!companies.isEmpty()) {
            offerSelfAssessment(companies.get(0));
        }
        for (int i = 0; i < stages.length && i < companies.size(); i++) {
            CompanyInfo c = companies.get(i);
            String companyUser = companyUsernames.get(i);
            Stage stage = stages[i];
            journeys.startAsSystem(c.id());
            if (stage == Stage.SURVEY_OPEN) {
                continue;
            }
            await(companyUser, c.id(), "Task_FillInSurvey");
            long responseId = as(companyUser, () -> surveys.responseIdFor(c.id(), SurveyRound.FIRST).orElseThrow());
            answerSurvey(companyUser, responseId, i, stage == Stage.SURVEY_HALF);
            if (stage == Stage.SURVEY_HALF) {
                // the contact has given the strategy section to the production manager (DemoData's colleague)
                users.findAccount(colleagueOf(companyUser)).ifPresent(colleague -> as(companyUser,
                        () -> surveys.assignSection(responseId, "strategy", colleague.id())));
                continue;
            }
            as(companyUser, () -> {
                surveys.submit(responseId);
                return null;
            });
            TaskInfo analysis = await(COACH, c.id(), "Task_AnalyseSurvey");
            if (stage == Stage.ANALYSIS) {
                employeesAnswer(companyUser, c, i);
                continue;
            }
            as(COACH, () -> {
                AnalysisInfo proposal = inbox.analysis(analysis.taskId());
                inbox.completeAnalysis(analysis.taskId(), proposal.proposedTrack(), proposal.proposedAreas());
                return null;
            });
            await(COACH, c.id(), "Task_ConductCoaching");
            as(COACH, () -> coaching.logSession(c.id(), new CoachingSessionForm(LocalDate.now(clock).minusDays(7), 120,
                    "VD, produktionschef, HR-ansvarig", "Genomgång av kartläggningen och de största kompetensgapen.",
                    "Ta fram förslag på utbildningar för de prioriterade områdena.")));
            if (stage == Stage.COACHING) {
                continue;
            }
            if (sharedCourse != null && (stage == Stage.BOOKING || stage == Stage.REPORTING || stage == Stage.APPROVING)) {
                // the open course on a course date shared with other companies
                as(COACH, () -> {
                    boolean planned = coaching.currentPlan(c.id()).orElseThrow().activities().stream()
                            .anyMatch(a -> sharedCourse.equals(a.courseId()));
                    return planned ? null : coaching.saveActivity(c.id(), new PlannedActivityForm(null,
                            CompetenceAreas.WORK_ENVIRONMENT, SHARED_OPEN_COURSE, "Underhåll och produktion", 4, 8,
                            LocalDate.now(clock).plusDays(14), null, sharedCourse));
                });
            }
            as(COACH, () -> coaching.submitPlan(c.id()));
            await(companyUser, c.id(), "Task_ApprovePlan");
            if (stage == Stage.APPROVAL) {
                continue;
            }
            as(companyUser, () -> coaching.approvePlan(c.id()));
            // the actions on an open course's date last, so that the first one is the long activity
            List<PlannedActivityInfo> actions = as(COACH, () -> coaching.currentPlan(c.id()).orElseThrow().activities())
                    .stream().sorted(java.util.Comparator.comparing((PlannedActivityInfo a) -> a.courseId() != null
                            && pastCourseDates.containsKey(a.courseId()))).toList();
            await(COACH, c.id(), "Task_BookTraining");
            // participants of the company (about one in five a woman)
            List<ParticipantInfo> people = participants.register(c, companyUser, stage == Stage.BOOKING ? 5 : 10, i);
            if (stage == Stage.BOOKING) {
                continue; // registered, no hours yet: the project office can still erase one on request
            }
            // the first action runs over the last three months (a day a week or two), the others a few days just now
            List<Long> activityIds = new ArrayList<>();
            for (int k = 0; k < actions.size(); k++) {
                PlannedActivityInfo action = actions.get(k);
                LocalDate end = LocalDate.now(clock).minusDays(2);
                LocalDate start = k == 0 ? participants.longActivityStart() : end.minusDays(3);
                Long courseDate = action.courseId() == null ? null : pastCourseDates.get(action.courseId());
                activityIds.add(as(COACH, () -> training.bookActivity(action.id(), new TrainingActivityForm(
                        action.title(), "Lärcentrum Karlskoga", courseDate == null ? "Karlskoga" : null, start, end,
                        Math.min(action.hoursPerParticipant(), 16), courseDate))).id());
            }
            participants.recordHours(companyUser, people, activityIds);
            withHours.add(people);
            projectId = projects.subproject(c.subprojectId()).map(SubprojectInfo::projectId).orElseThrow();
            await(companyUser, c.id(), "Task_ReportAttendance");
            if (stage == Stage.REPORTING) {
                continue;
            }
            for (long activityId : activityIds) {
                awaitTask(companyUser, c.id(), "Task_ReportAttendance");
                as(companyUser, () -> {
                    attendance.confirmComplete(activityId);
                    return null;
                });
            }
            await(COACH, c.id(), "Task_ApproveAttendance");
            if (stage == Stage.APPROVING) {
                continue;
            }
            for (long activityId : activityIds) {
                awaitTask(COACH, c.id(), "Task_ApproveAttendance");
                as(COACH, () -> {
                    attendance.approve(activityId);
                    return null;
                });
            }
            // Stage.FOLLOW_UP: the follow-up timer (two minutes in the demo profile) opens the second survey, which
            // answerFollowUp fills in after the walk (so that nothing waits for the timer)
            followUpCompany = c;
            followUpUser = companyUser;
            followUpSeed = i;
        }
        if (withHours.size() >= 2) {
            // the monthly signing of the last three months: most sign, one disputes, one does not answer
            List<ParticipantInfo> others = new ArrayList<>();
            withHours.subList(2, withHours.size()).forEach(others::addAll);
            participants.signPreviousMonths(projectId, withHours.get(0), withHours.get(1), others);
        }
    }

    /**
     * A copy of the published questionnaire that also asks for the employees' self-assessment, published for the
     * demo companies' project: their kartläggningar offer the company link.
     */
    private void offerSelfAssessment(CompanyInfo c) {
        long project = projects.subproject(c.subprojectId()).map(SubprojectInfo::projectId).orElseThrow();
        runAs.as("admin", () -> {
            var draft = questionnaires.newVersion(questionnaires.ensureDefault());
            questionnaires.setSelfAssessment(draft.id(), true);
            return questionnaires.publish(draft.id(), java.util.Set.of(project));
        });
    }

    /** The company shares its link and six employees answer it (each area one level around the company's view). */
    private void employeesAnswer(String companyUser, CompanyInfo c, int seed) {
        String link = as(companyUser, () -> selfAssessments.renewLink(c.id()));
        String token = link.substring(link.lastIndexOf('/') + 1);
        java.util.Random random = new java.util.Random(seed);
        for (int k = 0; k < 6; k++) {
            Map<String, Integer> levels = new java.util.LinkedHashMap<>();
            Map<String, Boolean> wishes = new java.util.LinkedHashMap<>();
            for (String area : CompetenceAreas.ALL) {
                levels.put(area, 1 + random.nextInt(4));
                wishes.put(area, random.nextInt(3) > 0);
            }
            selfAssessments.answer(token, levels, wishes);
        }
    }

    /** For the load test: starts the journey and walks it to the coach's analysis (survey answered, submitted). */
    void walkToAnalysis(CompanyInfo c, String companyUser, int seed) {
        journeys.startAsSystem(c.id());
        await(companyUser, c.id(), "Task_FillInSurvey");
        long responseId = as(companyUser, () -> surveys.responseIdFor(c.id(), SurveyRound.FIRST).orElseThrow());
        answerSurvey(companyUser, responseId, seed, false);
        as(companyUser, () -> {
            surveys.submit(responseId);
            return null;
        });
    }

    /**
     * With a short installation-wide follow-up delay (the demo profile's), waits for the follow-up company's
     * uppföljning and answers it: the priority areas two levels up, some others one, so that the effect pages show
     * a change. Without one (each project's months) there is nothing to wait for.
     */
    void answerFollowUp() {
        if (followUpCompany == null || followUpDelay == null || followUpDelay.isBlank()) {
            return;
        }
        java.time.Duration delay = java.time.Duration.parse(followUpDelay);
        if (delay.compareTo(java.time.Duration.ofMinutes(10)) > 0) {
            return;
        }
        CompanyInfo c = followUpCompany;
        awaitTask(followUpUser, c.id(), "Task_FillInFollowUp", delay.plusMinutes(2).toMillis(), 2000);
        long responseId = as(followUpUser, () -> surveys.responseIdFor(c.id(), SurveyRound.FOLLOW_UP).orElseThrow());
        answerSurvey(followUpUser, responseId, followUpSeed, false, true);
        as(followUpUser, () -> {
            surveys.submit(responseId);
            return null;
        });
        LOG.info("Demo follow-up of {} submitted", c.name());
    }

    private void answerSurvey(String companyUser, long responseId, int seed, boolean half) {
        answerSurvey(companyUser, responseId, seed, half, false);
    }

    /** The kartläggning's answers, or (followUp) the same with the current levels raised as after training. */
    private void answerSurvey(String companyUser, long responseId, int seed, boolean half, boolean followUp) {
        List<String> areas = CompetenceAreas.ALL;
        int count = half ? areas.size() / 2 : areas.size();
        for (int a = 0; a < count; a++) {
            String area = areas.get(a);
            // two areas per company get a gap of two levels, the rest little or none
            boolean priority = a == seed % areas.size() || a == (seed + 5) % areas.size();
            int before = priority ? 1 + (seed + a) % 2 : 2 + (a + seed) % 2;
            int current = !followUp ? before : Math.min(4, before + (priority ? 2 : a % 3 == 0 ? 1 : 0));
            int required = priority ? before + 2 : before + ((a + seed) % 4 == 0 ? 1 : 0);
            int employees = 3 + (a * 7 + seed * 3) % 25;
            as(companyUser, () -> surveys.saveAnswer(responseId, area, current, Math.min(required, 4), employees));
        }
        // the company questions of the default questionnaire that must be answered before submitting
        String[][] company = {{"recruitmentCount", String.valueOf(seed % 5)}, {"genderGoals", "planned"},
                {"trainingBudget", "50k-200k"}, {"competencePlanning", "adhoc"}, {"strategyLinked", "3"},
                {"leadersSupport", String.valueOf(2 + seed % 3)}, {"learningCulture", "3"}};
        for (String[] qa : half ? new String[0][] : company) {
            as(companyUser, () -> surveys.saveValue(responseId, null, qa[0], qa[1]));
        }
    }

    private TaskInfo await(String username, long companyId, String taskKey) {
        return awaitTask(username, companyId, taskKey);
    }

    /** Waits (up to a minute) until the engine's job executor has brought the journey to the task. */
    private TaskInfo awaitTask(String username, long companyId, String taskKey) {
        return awaitTask(username, companyId, taskKey, 60_000, 250);
    }

    /** Waits (up to the time given) until the engine's job executor has brought the journey to the task. */
    private TaskInfo awaitTask(String username, long companyId, String taskKey, long timeoutMillis, long pollMillis) {
        long until = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < until) {
            Optional<TaskInfo> task = as(username, () -> inbox.tasks().stream()
                    .filter(t -> t.companyId() == companyId && t.taskKey().equals(taskKey)).findFirst());
            if (task.isPresent()) {
                return task.get();
            }
            try {
                Thread.sleep(pollMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("demo journey of company " + companyId + " never reached " + taskKey);
    }

    private <T> T as(String username, Supplier<T> work) {
        return runAs.as(username, work);
    }
}
