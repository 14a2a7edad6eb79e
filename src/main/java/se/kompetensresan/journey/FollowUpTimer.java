package se.kompetensresan.journey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.project.ProjectService;

/**
 * The wait before the follow-up survey, read by the timer IntermediateCatchEvent_FollowUpDue as
 * {@code ${followUpTimer.delay(execution)}}: the project's setting (follow-up after N months) when the timer
 * starts, unless {@code kompetensresan.journey.follow-up-delay} overrides it for the whole installation (the demo
 * profile's two minutes).
 */
@Component("followUpTimer")
public class FollowUpTimer {

    private final JourneySettings settings;
    private final CompanyService companies;
    private final ProjectService projects;

    FollowUpTimer(JourneySettings settings, CompanyService companies, ProjectService projects) {
        this.settings = settings;
        this.companies = companies;
        this.projects = projects;
    }

    /** An ISO 8601 duration such as P3M. */
    public String delay(DelegateExecution execution) {
        if (settings.followUpDelay() != null && !settings.followUpDelay().isBlank()) {
            return settings.followUpDelay();
        }
        long companyId = JourneyVariables.of(execution).companyId();
        int months = companies.lookup(companyId)
                .flatMap(c -> projects.subproject(c.subprojectId()))
                .flatMap(s -> projects.project(s.projectId()))
                .map(p -> p.followUpMonths())
                .filter(m -> m > 0)
                .orElse(3);
        return "P" + months + "M";
    }
}
