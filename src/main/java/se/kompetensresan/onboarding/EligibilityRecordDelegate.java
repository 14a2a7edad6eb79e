package se.kompetensresan.onboarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.kompetensresan.company.ApplicationStatus;
import se.kompetensresan.company.OnboardingService;

/** ServiceTask_RecordEligibility: stores the decision's outcome and reason on the application. */
@Component("recordEligibilityDelegate")
class EligibilityRecordDelegate implements JavaDelegate {

    /** The reason recorded (and told the company) when the project's period has ended. */
    static final String PROJECT_ENDED = "application.reason.projectEnded";

    private final OnboardingService onboarding;

    EligibilityRecordDelegate(OnboardingService onboarding) {
        this.onboarding = onboarding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApplicationVariables vars = ApplicationVariables.of(execution);
        if (onboarding.projectEnded(vars.applicationId())) {
            // the project's period has ended: it cannot take the company in, whatever the rules say
            vars.outcome(ApplicationStatus.NOT_ELIGIBLE.name()).reasonKey(PROJECT_ENDED);
        }
        onboarding.recordEligibility(vars.applicationId(), ApplicationStatus.valueOf(vars.outcome()), vars.reasonKey());
    }
}
