package se.kompetensresan.journey;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every name the BPMN model {@code processes/CompetenceJourney.bpmn} and the decision
 * {@code processes/CoachingTrack.dmn} use: process id, element ids, message names, variable names and
 * candidate groups. The model and this class change together.
 */
public final class JourneyProcess {
    private JourneyProcess() {
    }

    public static final String PROCESS_ID = "CompetenceJourney";
    public static final String DECISION_COACHING_TRACK = "CoachingTrack";
    public static final String CASE_NUMBER_PREFIX = "KR-";

    // events
    public static final String START_EVENT = "StartEvent_JourneyStarted";
    public static final String BOUNDARY_SURVEY_REMINDER = "BoundaryEvent_SurveyReminder";
    public static final String BOUNDARY_SURVEY_ESCALATION = "BoundaryEvent_SurveyEscalation";
    public static final String END_REMINDER_SENT = "EndEvent_ReminderSent";
    public static final String END_COMPANY_CONTACTED = "EndEvent_CompanyContacted";
    public static final String BOUNDARY_PLAN_APPROVAL_REMINDER = "BoundaryEvent_PlanApprovalReminder";
    public static final String BOUNDARY_PLAN_APPROVAL_ESCALATION = "BoundaryEvent_PlanApprovalEscalation";
    public static final String BOUNDARY_ATTENDANCE_REMINDER = "BoundaryEvent_AttendanceReminder";
    public static final String BOUNDARY_ATTENDANCE_ESCALATION = "BoundaryEvent_AttendanceEscalation";
    public static final String BOUNDARY_FOLLOW_UP_REMINDER = "BoundaryEvent_FollowUpReminder";
    public static final String BOUNDARY_FOLLOW_UP_ESCALATION = "BoundaryEvent_FollowUpEscalation";
    public static final String TIMER_TRAINING_ENDED = "IntermediateCatchEvent_TrainingEnded";
    public static final String END_TRAINING_DONE = "EndEvent_TrainingDone";
    public static final String TIMER_FOLLOW_UP_DUE = "IntermediateCatchEvent_FollowUpDue";
    public static final String END_JOURNEY_COMPLETED = "EndEvent_JourneyCompleted";
    public static final String START_COMPANY_WITHDREW = "StartEvent_CompanyWithdrew";
    public static final String END_JOURNEY_WITHDRAWN = "EndEvent_JourneyWithdrawn";

    // service tasks (delegate bean names in the comments)
    public static final String SERVICE_OPEN_SURVEY = "ServiceTask_OpenSurvey";                 // openSurveyDelegate
    public static final String SERVICE_SEND_SURVEY_REMINDER = "ServiceTask_SendSurveyReminder"; // taskReminderDelegate
    public static final String SERVICE_SEND_PLAN_APPROVAL_REMINDER = "ServiceTask_SendPlanApprovalReminder"; // taskReminderDelegate
    public static final String SERVICE_SEND_ATTENDANCE_REMINDER = "ServiceTask_SendAttendanceReminder"; // taskReminderDelegate
    public static final String SERVICE_SEND_FOLLOW_UP_REMINDER = "ServiceTask_SendFollowUpReminder"; // taskReminderDelegate
    public static final String SERVICE_SCORE_SURVEY = "ServiceTask_ScoreSurvey";               // scoreSurveyDelegate
    public static final String RULE_PROPOSE_COACHING_TRACK = "BusinessRuleTask_ProposeCoachingTrack";
    public static final String SERVICE_PROPOSE_PRIORITY_AREAS = "ServiceTask_ProposePriorityAreas"; // priorityAreasDelegate
    public static final String SERVICE_PREPARE_PLAN = "ServiceTask_PreparePlan";               // preparePlanDelegate
    public static final String SERVICE_OPEN_FOLLOW_UP = "ServiceTask_OpenFollowUp";            // openFollowUpDelegate
    public static final String SERVICE_COMPLETE_JOURNEY = "ServiceTask_CompleteJourney";       // completeJourneyDelegate
    public static final String SERVICE_MARK_WITHDRAWN = "ServiceTask_MarkWithdrawn";           // withdrawJourneyDelegate

    // user tasks
    public static final String TASK_FILL_IN_SURVEY = "Task_FillInSurvey";
    public static final String TASK_CONTACT_COMPANY = "Task_ContactCompany";
    public static final String TASK_ANALYSE_SURVEY = "Task_AnalyseSurvey";
    public static final String TASK_CONDUCT_COACHING = "Task_ConductCoaching";
    public static final String TASK_APPROVE_PLAN = "Task_ApprovePlan";
    public static final String TASK_BOOK_TRAINING = "Task_BookTraining";
    public static final String TASK_REPORT_ATTENDANCE = "Task_ReportAttendance";
    public static final String TASK_APPROVE_ATTENDANCE = "Task_ApproveAttendance";
    public static final String TASK_FILL_IN_FOLLOW_UP = "Task_FillInFollowUp";
    public static final String TASK_CLOSE_JOURNEY = "Task_CloseJourney";
    // the coach's tasks when a company task has waited too long (the survey's is TASK_CONTACT_COMPANY)
    public static final String TASK_CONTACT_COMPANY_ABOUT_PLAN = "Task_ContactCompanyAboutPlan";
    public static final String TASK_CONTACT_COMPANY_ABOUT_ATTENDANCE = "Task_ContactCompanyAboutAttendance";
    public static final String TASK_CONTACT_COMPANY_ABOUT_FOLLOW_UP = "Task_ContactCompanyAboutFollowUp";

    /** The company tasks that get reminders, in the order of the journey. */
    public static final List<String> REMINDED_TASKS = List.of(TASK_FILL_IN_SURVEY, TASK_APPROVE_PLAN,
            TASK_REPORT_ATTENDANCE, TASK_FILL_IN_FOLLOW_UP);

    /** The coach's "contact the company" tasks (one per reminded company task). */
    public static final Set<String> CONTACT_TASKS = Set.of(TASK_CONTACT_COMPANY, TASK_CONTACT_COMPANY_ABOUT_PLAN,
            TASK_CONTACT_COMPANY_ABOUT_ATTENDANCE, TASK_CONTACT_COMPANY_ABOUT_FOLLOW_UP);

    /** The company task each reminder service task reminds of. */
    static final Map<String, String> REMINDED_TASK_OF_SERVICE = Map.of(
            SERVICE_SEND_SURVEY_REMINDER, TASK_FILL_IN_SURVEY,
            SERVICE_SEND_PLAN_APPROVAL_REMINDER, TASK_APPROVE_PLAN,
            SERVICE_SEND_ATTENDANCE_REMINDER, TASK_REPORT_ATTENDANCE,
            SERVICE_SEND_FOLLOW_UP_REMINDER, TASK_FILL_IN_FOLLOW_UP);

    /**
     * The page (path without the leading slash) where the company works its task, from the task's variables; null
     * for a task that is not a company journey task.
     */
    public static String companyTaskPath(String taskKey, JourneyVariables v, long companyId) {
        return switch (taskKey) {
            case TASK_FILL_IN_SURVEY -> "survey/" + v.surveyResponseId();
            case TASK_FILL_IN_FOLLOW_UP -> "survey/" + v.followUpResponseId();
            case TASK_APPROVE_PLAN -> "plan/" + companyId;
            case TASK_REPORT_ATTENDANCE -> "training/attendance/" + v.trainingActivityId();
            default -> null;
        };
    }

    /** A participant disputed their month: the company corrects it (processes/ParticipantMonthCorrection.bpmn). */
    public static final String CORRECTION_PROCESS_ID = "ParticipantMonthCorrection";
    public static final String TASK_CORRECT_PARTICIPANT_MONTH = "Task_CorrectParticipantMonth";

    // gateways and sub-processes
    public static final String GATEWAY_PLAN_APPROVED = "Gateway_PlanApproved";
    public static final String SUBPROCESS_TRAINING = "SubProcess_Training";
    public static final String SUBPROCESS_COMPANY_WITHDREW = "SubProcess_CompanyWithdrew";

    // messages
    public static final String MESSAGE_COMPANY_WITHDREW = "Message_CompanyWithdrew";

    // candidate groups (= role names)
    public static final String GROUP_COMPANY = "COMPANY";
    public static final String GROUP_COACH = "COACH";

    // bean names used in expressions
    public static final String BEAN_SETTINGS = "journeySettings";
    public static final String BEAN_PHASE_LISTENER = "journeyPhaseListener";

    /** Process variables; their types live in {@link JourneyVariables}. */
    public static final class Var {
        private Var() {
        }

        public static final String COMPANY_ID = "companyId";
        public static final String SUBPROJECT_ID = "subprojectId";
        public static final String SURVEY_RESPONSE_ID = "surveyResponseId";
        public static final String AVERAGE_GAP = "averageGap";
        public static final String MAX_GAP = "maxGap";
        public static final String STRATEGIC_GAP = "strategicGap";
        public static final String EMPLOYEES = "employees";
        public static final String PROPOSED_TRACK = "proposedTrack";
        public static final String PRIORITY_GAP_THRESHOLD = "priorityGapThreshold";
        public static final String PRIORITY_AREAS = "priorityAreas";
        public static final String COACHING_TRACK = "coachingTrack";
        public static final String PLAN_ID = "planId";
        public static final String PLANNED_ACTIVITY_IDS = "plannedActivityIds";
        public static final String PLAN_APPROVED = "planApproved";
        public static final String PLANNED_ACTIVITY_ID = "plannedActivityId";
        public static final String TRAINING_ACTIVITY_ID = "trainingActivityId";
        public static final String TRAINING_ENDS_AT = "trainingEndsAt";
        public static final String FOLLOW_UP_RESPONSE_ID = "followUpResponseId";
        public static final String PARTICIPANT_ID = "participantId";
        public static final String PARTICIPANT_MONTH_ID = "participantMonthId";
    }

    /** The phase a journey enters when the process reaches the activity (see the journeyPhaseListener). */
    static final Map<String, JourneyPhase> PHASE_BY_ACTIVITY = Map.of(
            TASK_FILL_IN_SURVEY, JourneyPhase.SURVEY,
            TASK_CONTACT_COMPANY, JourneyPhase.SURVEY,
            SERVICE_SCORE_SURVEY, JourneyPhase.ANALYSIS,
            TASK_ANALYSE_SURVEY, JourneyPhase.ANALYSIS,
            TASK_CONDUCT_COACHING, JourneyPhase.COACHING,
            SUBPROCESS_TRAINING, JourneyPhase.TRAINING,
            TIMER_FOLLOW_UP_DUE, JourneyPhase.FOLLOW_UP);

    /** The candidate group (= role) of each user task: who works it. */
    private static final Map<String, String> GROUP_BY_TASK = Map.ofEntries(
            Map.entry(TASK_FILL_IN_SURVEY, GROUP_COMPANY),
            Map.entry(TASK_CONTACT_COMPANY, GROUP_COACH),
            Map.entry(TASK_ANALYSE_SURVEY, GROUP_COACH),
            Map.entry(TASK_CONDUCT_COACHING, GROUP_COACH),
            Map.entry(TASK_APPROVE_PLAN, GROUP_COMPANY),
            Map.entry(TASK_BOOK_TRAINING, GROUP_COACH),
            Map.entry(TASK_REPORT_ATTENDANCE, GROUP_COMPANY),
            Map.entry(TASK_APPROVE_ATTENDANCE, GROUP_COACH),
            Map.entry(TASK_FILL_IN_FOLLOW_UP, GROUP_COMPANY),
            Map.entry(TASK_CLOSE_JOURNEY, GROUP_COACH),
            Map.entry(TASK_CONTACT_COMPANY_ABOUT_PLAN, GROUP_COACH),
            Map.entry(TASK_CONTACT_COMPANY_ABOUT_ATTENDANCE, GROUP_COACH),
            Map.entry(TASK_CONTACT_COMPANY_ABOUT_FOLLOW_UP, GROUP_COACH),
            Map.entry(TASK_CORRECT_PARTICIPANT_MONTH, GROUP_COMPANY));

    /** The candidate group of the user task (null for an unknown key). */
    public static String groupOfTask(String taskKey) {
        return taskKey == null ? null : GROUP_BY_TASK.get(taskKey);
    }

    public static boolean isCoachTask(String taskKey) {
        return GROUP_COACH.equals(groupOfTask(taskKey));
    }

    /** The phase the user task belongs to (null for an unknown key). */
    public static JourneyPhase phaseOfTask(String taskKey) {
        return taskKey == null ? null : PHASE_BY_TASK.get(taskKey);
    }

    /** The phase a user task belongs to. */
    private static final Map<String, JourneyPhase> PHASE_BY_TASK = Map.ofEntries(
            Map.entry(TASK_FILL_IN_SURVEY, JourneyPhase.SURVEY),
            Map.entry(TASK_CONTACT_COMPANY, JourneyPhase.SURVEY),
            Map.entry(TASK_ANALYSE_SURVEY, JourneyPhase.ANALYSIS),
            Map.entry(TASK_CONDUCT_COACHING, JourneyPhase.COACHING),
            Map.entry(TASK_APPROVE_PLAN, JourneyPhase.COACHING),
            Map.entry(TASK_CONTACT_COMPANY_ABOUT_PLAN, JourneyPhase.COACHING),
            Map.entry(TASK_BOOK_TRAINING, JourneyPhase.TRAINING),
            Map.entry(TASK_REPORT_ATTENDANCE, JourneyPhase.TRAINING),
            Map.entry(TASK_CONTACT_COMPANY_ABOUT_ATTENDANCE, JourneyPhase.TRAINING),
            Map.entry(TASK_APPROVE_ATTENDANCE, JourneyPhase.TRAINING),
            Map.entry(TASK_FILL_IN_FOLLOW_UP, JourneyPhase.FOLLOW_UP),
            Map.entry(TASK_CONTACT_COMPANY_ABOUT_FOLLOW_UP, JourneyPhase.FOLLOW_UP),
            Map.entry(TASK_CLOSE_JOURNEY, JourneyPhase.FOLLOW_UP));

    /** Activity ids of multi-instance bodies carry a suffix; the phase is the activity's own. */
    static JourneyPhase phaseOfActivity(String activityId) {
        if (activityId == null) {
            return null;
        }
        int hash = activityId.indexOf('#');
        return PHASE_BY_ACTIVITY.get(hash < 0 ? activityId : activityId.substring(0, hash));
    }

    /** Most priority areas the process proposes. */
    static final int MAX_PRIORITY_AREAS = 5;
}
