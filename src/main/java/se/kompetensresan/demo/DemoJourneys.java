package se.kompetensresan.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.kompetensresan.coaching.CoachingService;
import se.kompetensresan.coaching.CoachingSessionForm;
import se.kompetensresan.coaching.PlannedActivityInfo;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.journey.inbox.AnalysisInfo;
import se.kompetensresan.journey.JourneyService;
import se.kompetensresan.journey.inbox.TaskInbox;
import se.kompetensresan.journey.inbox.TaskInfo;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.Luhn;
import se.kompetensresan.survey.SurveyRound;
import se.kompetensresan.survey.SurveyService;
import se.kompetensresan.training.TrainingActivityForm;
import se.kompetensresan.training.ParticipantHours;
import se.kompetensresan.training.TrainingService;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    private static final List<String> WOMEN = List.of("Anna Karlsson", "Maria Eriksson", "Sara Johansson", "Elin Persson");
    private static final List<String> MEN = List.of("Erik Andersson", "Lars Nilsson", "Johan Larsson", "Per Olsson",
            "Anders Svensson", "Mikael Gustafsson");

    /** How far each demo company gets, in the order of the company list. */
    enum Stage { SURVEY_OPEN, SURVEY_HALF, ANALYSIS, COACHING, APPROVAL, BOOKING, REPORTING, APPROVING, FOLLOW_UP }

    private final RunAs runAs;
    private final JourneyService journeys;
    private final TaskInbox inbox;
    private final SurveyService surveys;
    private final CoachingService coaching;
    private final TrainingService training;
    private final Clock clock;

    DemoJourneys(RunAs runAs, JourneyService journeys, TaskInbox inbox, SurveyService surveys,
                 CoachingService coaching, TrainingService training, Clock clock) {
        this.runAs = runAs;
        this.journeys = journeys;
        this.inbox = inbox;
        this.surveys = surveys;
        this.coaching = coaching;
        this.training = training;
        this.clock = clock;
    }

    /** Walks the journeys in a background thread; the application is usable meanwhile. */
    void load(List<CompanyInfo> companies, List<String> companyUsernames) {
        Thread t = new Thread(() -> {
            try {
                walk(companies, companyUsernames);
                LOG.info("Demo journeys ready");
            } catch (RuntimeException e) {
                LOG.warn("Demo journeys stopped early: {}", e.toString(), e);
            }
        }, "demo-journeys");
        t.setDaemon(true);
        t.start();
    }

    void walk(List<CompanyInfo> companies, List<String> companyUsernames) {
        Stage[] stages = Stage.values();
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
                continue;
            }
            as(companyUser, () -> {
                surveys.submit(responseId);
                return null;
            });
            TaskInfo analysis = await(COACH, c.id(), "Task_AnalyseSurvey");
            if (stage == Stage.ANALYSIS) {
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
            as(COACH, () -> coaching.submitPlan(c.id()));
            await(companyUser, c.id(), "Task_ApprovePlan");
            if (stage == Stage.APPROVAL) {
                continue;
            }
            as(companyUser, () -> coaching.approvePlan(c.id()));
            List<PlannedActivityInfo> actions = as(COACH, () -> coaching.currentPlan(c.id()).orElseThrow().activities());
            await(COACH, c.id(), "Task_BookTraining");
            if (stage == Stage.BOOKING) {
                continue;
            }
            List<Long> activityIds = new ArrayList<>();
            for (PlannedActivityInfo action : actions) {
                LocalDate end = LocalDate.now(clock).minusDays(2);
                activityIds.add(as(COACH, () -> training.bookActivity(action.id(), new TrainingActivityForm(
                        action.title(), "Lärcentrum Karlskoga", "Karlskoga", end.minusDays(3), end,
                        Math.min(action.hoursPerParticipant(), 16)))).id());
            }
            await(companyUser, c.id(), "Task_ReportAttendance");
            if (stage == Stage.REPORTING) {
                continue;
            }
            int person = 0;
            for (long activityId : activityIds) {
                List<ParticipantHours> rows = new ArrayList<>();
                // a catalogue course may be shorter than the 8–16 hours reported here
                int booked = as(companyUser, () -> training.activity(activityId).hoursPerParticipant());
                for (int k = 0; k < 4; k++, person++) {
                    boolean woman = person % 3 == 0;
                    String name = woman ? WOMEN.get(person % WOMEN.size()) : MEN.get(person % MEN.size());
                    rows.add(new ParticipantHours(name, personnummer(1970 + (i * 7 + person) % 30, person, woman),
                            new BigDecimal(Math.min(8 + (person % 3) * 4, booked))));
                }
                awaitTask(companyUser, c.id(), "Task_ReportAttendance");
                as(companyUser, () -> training.reportAttendance(activityId, rows));
            }
            await(COACH, c.id(), "Task_ApproveAttendance");
            if (stage == Stage.APPROVING) {
                continue;
            }
            for (long activityId : activityIds) {
                awaitTask(COACH, c.id(), "Task_ApproveAttendance");
                as(COACH, () -> training.approveAttendance(activityId));
            }
            // Stage.FOLLOW_UP: the follow-up timer (two minutes in the demo profile) opens the second survey
        }
    }

    private void answerSurvey(String companyUser, long responseId, int seed, boolean half) {
        List<String> areas = CompetenceAreas.ALL;
        int count = half ? areas.size() / 2 : areas.size();
        for (int a = 0; a < count; a++) {
            String area = areas.get(a);
            // two areas per company get a gap of two levels, the rest little or none
            boolean priority = a == seed % areas.size() || a == (seed + 5) % areas.size();
            int current = priority ? 1 + (seed + a) % 2 : 2 + (a + seed) % 2;
            int required = priority ? current + 2 : current + ((a + seed) % 4 == 0 ? 1 : 0);
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

    /** A valid personnummer YYYYMMDDNNNC; the ninth digit is even for a woman, odd for a man. */
    static String personnummer(int year, int n, boolean woman) {
        String date = String.format("%04d%02d%02d", year, 1 + n % 12, 1 + n % 28);
        int serial = 20 + (n * 3) % 70;
        int genderDigit = woman ? (n % 5) * 2 : (n % 5) * 2 + 1;
        String nine = date.substring(2) + String.format("%02d", serial) + genderDigit;
        for (int check = 0; check <= 9; check++) {
            if (Luhn.valid(nine + check)) {
                return date + "-" + nine.substring(6) + check;
            }
        }
        throw new IllegalStateException();
    }

    private TaskInfo await(String username, long companyId, String taskKey) {
        return awaitTask(username, companyId, taskKey);
    }

    /** Waits (up to a minute) until the engine's job executor has brought the journey to the task. */
    private TaskInfo awaitTask(String username, long companyId, String taskKey) {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            Optional<TaskInfo> task = as(username, () -> inbox.tasks().stream()
                    .filter(t -> t.companyId() == companyId && t.taskKey().equals(taskKey)).findFirst());
            if (task.isPresent()) {
                return task.get();
            }
            try {
                Thread.sleep(250);
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
