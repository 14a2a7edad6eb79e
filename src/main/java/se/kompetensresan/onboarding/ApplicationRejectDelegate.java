package se.kompetensresan.onboarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.kompetensresan.company.ApplicationInfo;
import se.kompetensresan.company.CompanySettings;
import se.kompetensresan.company.OnboardingService;
import se.kompetensresan.mail.MailService;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.shared.BundleI18NProvider;

import java.util.Locale;

/**
 * ServiceTask_RejectApplication: closes the application (a NOT_ELIGIBLE decision has closed it already; a
 * manager's rejection is recorded as REJECTED) and e-mails the contact person the reason, in the language
 * the company applied in, with the link to the status page.
 */
@Component("rejectApplicationDelegate")
class ApplicationRejectDelegate implements JavaDelegate {

    private final OnboardingService onboarding;
    private final ProjectService projects;
    private final MailService mail;
    private final BundleI18NProvider i18n;
    private final CompanySettings company;

    ApplicationRejectDelegate(OnboardingService onboarding, ProjectService projects, MailService mail,
                              BundleI18NProvider i18n, CompanySettings company) {
        this.onboarding = onboarding;
        this.projects = projects;
        this.mail = mail;
        this.i18n = i18n;
        this.company = company;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApplicationVariables vars = ApplicationVariables.of(execution);
        long id = vars.applicationId();
        ApplicationInfo a = onboarding.application(id);
        if (a.status().open()) {
            onboarding.reject(id, vars.reasonKey());
        }
        Locale locale = onboarding.language(id);
        String projectName = projects.project(a.projectId()).map(ProjectInfo::name).orElse("");
        String link = company.baseUrl().replaceAll("/+$", "") + "/onboarding/status/" + a.reference();
        mail.queue(a.contactEmail(), i18n.getTranslation("application.mail.rejected.subject", locale, a.reference()),
                i18n.getTranslation("application.mail.rejected.body", locale, a.contactName(), a.name(), projectName,
                        i18n.getTranslation(vars.reasonKey(), locale), a.reference(), link));
    }
}
