package se.kompetensresan.company;

import org.springframework.context.ApplicationContext;
import se.kompetensresan.mail.TestMailbox;

/** Tests: an application as the public form sends it, confirmed through the e-mailed link (which starts the process). */
public final class Applications {

    private Applications() {
    }

    public static ApplicationReceipt applyAndConfirm(ApplicationContext ctx, ApplicationForm form) {
        OnboardingService onboarding = ctx.getBean(OnboardingService.class);
        ApplicationReceipt r = onboarding.apply(form);
        String token = TestMailbox.confirmationToken(ctx, form.contactEmail())
                .orElseThrow(() -> new AssertionError("no confirmation link to " + form.contactEmail()));
        onboarding.confirm(token).orElseThrow(() -> new AssertionError("confirmation refused"));
        return r;
    }
}
