package se.kompetensresan.onboarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.kompetensresan.company.ApplicationInfo;
import se.kompetensresan.company.OnboardingService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;

import java.util.Optional;

/**
 * ServiceTask_PrepareEligibility: reads the application and the project's delprojekt; sets the decision's
 * inputs (employees, sniDivision, sectorListMatch, municipalityInArea), projectId and the covering subprojectId.
 * The sector list is the project's own (edited on the project page) and the installation's configuration.
 */
@Component("eligibilityInputDelegate")
class EligibilityInputDelegate implements JavaDelegate {

    private final OnboardingService onboarding;
    private final ProjectService projects;
    private final EligibilitySettings settings;

    EligibilityInputDelegate(OnboardingService onboarding, ProjectService projects, EligibilitySettings settings) {
        this.onboarding = onboarding;
        this.projects = projects;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApplicationVariables vars = ApplicationVariables.of(execution);
        ApplicationInfo a = onboarding.application(vars.applicationId());
        Integer division = sniDivision(a);
        Optional<SubprojectInfo> covering = projects.subprojectsOf(a.projectId()).stream()
                .filter(s -> s.municipalityCodes().contains(a.municipalityCode())).findFirst();
        vars.projectId(a.projectId())
                .subprojectId(covering.map(SubprojectInfo::id).orElse(null))
                .employees(a.employees())
                .sniDivision(division)
                .sectorListMatch(division != null && (settings.sectorsOf(a.projectId()).contains(division)
                        || projects.extraSectorsOf(a.projectId()).contains(division)))
                .municipalityInArea(covering.isPresent());
    }

    /** The division (first two digits, 1–99) of the main SNI code; null when there is none. */
    static Integer sniDivision(ApplicationInfo a) {
        if (a.sniCodes().isEmpty()) {
            return null;
        }
        String digits = a.mainSniCode().replaceAll("\\D", "");
        return digits.length() < 2 ? null : Integer.valueOf(digits.substring(0, 2));
    }
}
