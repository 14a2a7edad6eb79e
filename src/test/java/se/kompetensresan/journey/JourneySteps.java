package se.kompetensresan.journey;

import org.springframework.context.ApplicationContext;
import se.kompetensresan.coaching.CoachingService;
import se.kompetensresan.coaching.CoachingSessionForm;
import se.kompetensresan.coaching.PlannedActivityInfo;
import se.kompetensresan.journey.inbox.AnalysisInfo;
import se.kompetensresan.journey.inbox.TaskInbox;
import se.kompetensresan.security.Role;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.survey.SurveyRound;
import se.kompetensresan.survey.SurveyService;
import se.kompetensresan.participant.AttendanceService;
import se.kompetensresan.participant.ParticipantForm;
import se.kompetensresan.participant.ParticipantService;
import se.kompetensresan.training.TrainingActivityForm;
import se.kompetensresan.training.TrainingService;

import java.time.LocalDate;
import java.util.List;

/**
 * A whole journey walked through the real services, stage by stage, the way {@code JourneyIntegrationTest} does it:
 * survey submitted, analysis confirmed with two priority areas, a coaching session and the plan, the plan approved,
 * two training activities booked, one participant added and registered on both with six hours each on their last day
 * (twelve of the thirteen hours a day allows), attendance confirmed complete and approved for both, the follow-up timer fired, the
 * follow-up survey submitted, the journey closed (twelve user tasks). The tasks are found by process instance, as a
 * user arriving from the inbox has the task id already. For the benchmarks and the query-count tests.
 */
public class JourneySteps {

    /** Where a walk stops: the user task(s) that then wait; {@link #DONE} = the journey has ended. */
    public enum Stage { SURVEY, ANALYSIS, COACHING, APPROVE_PLAN, BOOK_TRAINING, REPORT_ATTENDANCE, APPROVE_ATTENDANCE,
        FOLLOW_UP, CLOSE, DONE }

    /** The user tasks of a whole walk (the bare engine's process gets as many). */
    public static final int USER_TASKS = 12;

    /** The participant's personnummer (valid; one participant per company, so unique within it). */
    static final String PERSONNUMMER = "19900101-0025";

    private final JourneyWalker walk;
    private final TaskInbox inbox;
    private final SurveyService surveys;
    private final CoachingService coaching;
    private final TrainingService training;
    private final ParticipantService participants;
    private final AttendanceService attendance;

    public JourneySteps(ApplicationContext ctx) {
        this.walk = new JourneyWalker(ctx);
        this.inbox = ctx.getBean(TaskInbox.class);
        this.surveys = ctx.getBean(SurveyService.class);
        this.coaching = ctx.getBean(CoachingService.class);
        this.training = ctx.getBean(TrainingService.class);
        this.participants = ctx.getBean(ParticipantService.class);
        this.attendance = ctx.getBean(AttendanceService.class);
    }

    /** Starts the company's journey and walks it until the stage waits; returns the process instance id. */
    public String walk(long companyId, String companyUser, String coach, Stage until) {
        String pi = walk.start(companyId);
        if (until == Stage.SURVEY) {
            return pi;
        }
        walk.as(companyUser, Role.COMPANY, () -> {
            long responseId = surveys.responseIdFor(companyId, SurveyRound.FIRST).orElseThrow();
            walk.answerAll(responseId, 1);
            surveys.submit(responseId);
            return null;
        });
        walk.runJobs(pi);
        if (until == Stage.ANALYSIS) {
            return pi;
        }
        walk.as(coach, Role.COACH, () -> {
            String taskId = walk.taskId(pi, JourneyProcess.TASK_ANALYSE_SURVEY);
            AnalysisInfo proposal = inbox.analysis(taskId);
            inbox.completeAnalysis(taskId, proposal.proposedTrack(), List.of(CompetenceAreas.WELDING, CompetenceAreas.LEAN));
            return null;
        });
        walk.runJobs(pi);
        if (until == Stage.COACHING) {
            return pi;
        }
        walk.as(coach, Role.COACH, () -> {
            coaching.logSession(companyId, new CoachingSessionForm(LocalDate.now().minusDays(1), 60, "VD",
                    "Genomgång av kartläggningen", "Svetsning och lean"));
            return coaching.submitPlan(companyId);
        });
        if (until == Stage.APPROVE_PLAN) {
            return pi;
        }
        walk.as(companyUser, Role.COMPANY, () -> coaching.approvePlan(companyId));
        if (until == Stage.BOOK_TRAINING) {
            return pi;
        }
        List<PlannedActivityInfo> actions = walk.as(coach, Role.COACH,
                () -> coaching.currentPlan(companyId).orElseThrow().activities());
        if (actions.size() != 2) {
            throw new IllegalStateException("the plan has " + actions.size() + " actions, not two");
        }
        LocalDate end = LocalDate.now().minusDays(2);
        List<Long> activityIds = actions.stream().map(a -> walk.as(coach, Role.COACH, () -> training.bookActivity(a.id(),
                new TrainingActivityForm("Kurs " + a.areaCode(), "Lärcentrum", "Karlskoga", end.minusDays(1), end, 8)).id()))
                .toList();
        walk.runJobs(pi);
        if (until == Stage.REPORT_ATTENDANCE) {
            return pi;
        }
        walk.as(companyUser, Role.COMPANY, () -> {
            long anna = participants.add(companyId, new ParticipantForm("Anna Svetsare", PERSONNUMMER, false, null,
                    "deltagare." + companyId + "@example.se", end.minusDays(30), "sv")).id();
            for (long activityId : activityIds) {
                attendance.register(activityId, anna);
                attendance.record(activityId, anna, end, "6");
                attendance.confirmComplete(activityId);
            }
            return null;
        });
        walk.runJobs(pi);
        if (until == Stage.APPROVE_ATTENDANCE) {
            return pi;
        }
        for (long activityId : activityIds) {
            walk.as(coach, Role.COACH, () -> {
                attendance.approve(activityId);
                return null;
            });
        }
        walk.fireTimer(pi, JourneyProcess.TIMER_FOLLOW_UP_DUE);
        walk.runJobs(pi);
        if (until == Stage.FOLLOW_UP) {
            return pi;
        }
        walk.as(companyUser, Role.COMPANY, () -> {
            long followUp = surveys.responseIdFor(companyId, SurveyRound.FOLLOW_UP).orElseThrow();
            walk.answerAll(followUp, 3);
            surveys.submit(followUp);
            return null;
        });
        walk.runJobs(pi);
        if (until == Stage.CLOSE) {
            return pi;
        }
        walk.as(coach, Role.COACH, () -> {
            inbox.completeClose(walk.taskId(pi, JourneyProcess.TASK_CLOSE_JOURNEY), "Målen är nådda");
            return null;
        });
        walk.runJobs(pi);
        return pi;
    }
}
