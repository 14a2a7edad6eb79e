package se.kompetensresan.onboarding;

/**
 * Every name the BPMN model {@code processes/CompanyApplication.bpmn} and the decision
 * {@code processes/Eligibility.dmn} use. Business key = the application's reference (KR-yyyy-nnnnn).
 * The model and this class change together.
 */
public final class ApplicationProcess {
    private ApplicationProcess() {
    }

    public static final String PROCESS_ID = "CompanyApplication";
    public static final String DECISION_ELIGIBILITY = "Eligibility";

    // events
    public static final String START_EVENT = "StartEvent_ApplicationReceived";
    public static final String END_APPROVED = "EndEvent_ApplicationApproved";
    public static final String END_REJECTED = "EndEvent_ApplicationRejected";

    // service tasks (delegate bean names in the comments)
    public static final String SERVICE_PREPARE_ELIGIBILITY = "ServiceTask_PrepareEligibility"; // eligibilityInputDelegate
    public static final String RULE_ELIGIBILITY = "BusinessRuleTask_Eligibility";
    public static final String SERVICE_RECORD_ELIGIBILITY = "ServiceTask_RecordEligibility";   // recordEligibilityDelegate
    public static final String SERVICE_APPROVE = "ServiceTask_ApproveApplication";             // approveApplicationDelegate
    public static final String SERVICE_REJECT = "ServiceTask_RejectApplication";               // rejectApplicationDelegate

    // user task and gateways
    public static final String TASK_ASSESS_APPLICATION = "Task_AssessApplication";
    public static final String GATEWAY_ELIGIBILITY = "Gateway_Eligibility";
    public static final String GATEWAY_ASSESSED = "Gateway_ApplicationAssessed";

    // decision outcomes (the DMN's output "outcome")
    public static final String ELIGIBLE = "ELIGIBLE";
    public static final String NOT_ELIGIBLE = "NOT_ELIGIBLE";
    public static final String MANUAL_REVIEW = "MANUAL_REVIEW";

    // candidate group (= role name)
    public static final String GROUP_MANAGER = "MANAGER";

    /** Process variables; their types live in {@link ApplicationVariables}. */
    public static final class Var {
        private Var() {
        }

        public static final String APPLICATION_ID = "applicationId";
        public static final String PROJECT_ID = "projectId";
        /** The delprojekt whose municipalities include the company's (absent when outside the area). */
        public static final String SUBPROJECT_ID = "subprojectId";
        public static final String EMPLOYEES = "employees";
        public static final String SNI_DIVISION = "sniDivision";
        public static final String SECTOR_LIST_MATCH = "sectorListMatch";
        public static final String MUNICIPALITY_IN_AREA = "municipalityInArea";
        /** The decision's outcome (ELIGIBLE, NOT_ELIGIBLE, MANUAL_REVIEW). */
        public static final String OUTCOME = "eligibilityOutcome";
        /** The message key of the decision's (or the manager's) reason. */
        public static final String REASON_KEY = "reasonKey";
        /** The manager's verdict on Task_AssessApplication. */
        public static final String APPROVED = "applicationApproved";
    }
}
