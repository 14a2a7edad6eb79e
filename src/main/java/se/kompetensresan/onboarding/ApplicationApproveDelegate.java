package se.kompetensresan.onboarding;

import se.kompetensresan.journey.JourneyService;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.OnboardingService;

/**
 * ServiceTask_ApproveApplication: creates the company in the covering delprojekt, its COMPANY user and the
 * invitation e-mail (OnboardingService.approve), then starts the company's kompetensresa. One transaction:
 * a failure rolls both back and the job is retried.
 */
@Component("approveApplicationDelegate")
class ApplicationApproveDelegate implements JavaDelegate {

    private final OnboardingService onboarding;
    private final JourneyService journeys;

    ApplicationApproveDelegate(OnboardingService onboarding, JourneyService journeys) {
        this.onboarding = onboarding;
        this.journeys = journeys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApplicationVariables vars = ApplicationVariables.of(execution);
        Long subprojectId = vars.subprojectId();
        if (subprojectId == null) {
            throw new IllegalStateException("application " + vars.applicationId() + " has no delprojekt");
        }
        CompanyInfo company = onboarding.approve(vars.applicationId(), subprojectId);
        journeys.startAsSystem(company.id());
    }
}
