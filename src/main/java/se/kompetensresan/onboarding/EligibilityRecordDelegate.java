package se.kompetensresan.onboarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.kompetensresan.company.ApplicationStatus;
import se.kompetensresan.company.OnboardingService;

/** ServiceTask_RecordEligibility: stores the decision's outcome and reason on the application. */
@Component("recordEligibilityDelegate")
class EligibilityRecordDelegate implements JavaDelegate {

    private final OnboardingService onboarding;

    EligibilityRecordDelegate(OnboardingService onboarding) {
        this.onboarding = onboarding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApplicationVariables vars = ApplicationVariables.of(execution);
        onboarding.recordEligibility(vars.applicationId(), ApplicationStatus.valueOf(vars.outcome()), vars.reasonKey());
    }
}
