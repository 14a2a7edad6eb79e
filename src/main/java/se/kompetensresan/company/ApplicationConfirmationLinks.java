package se.kompetensresan.company;

import org.springframework.stereotype.Component;
import se.kompetensresan.mail.LinkMaker;

/** The link that confirms an application's e-mail address, made when the outbox sends the mail. */
@Component
class ApplicationConfirmationLinks implements LinkMaker {

    private final OnboardingService onboarding;
    private final CompanySettings props;

    ApplicationConfirmationLinks(@org.springframework.context.annotation.Lazy OnboardingService onboarding, CompanySettings props) {
        this.onboarding = onboarding;
        this.props = props;
    }

    @Override
    public String kind() {
        return OnboardingService.CONFIRMATION_LINK;
    }

    @Override
    public String make(long applicationId) {
        return props.baseUrl().replaceAll("/+$", "") + "/onboarding/confirm/" + onboarding.newConfirmationToken(applicationId);
    }
}
