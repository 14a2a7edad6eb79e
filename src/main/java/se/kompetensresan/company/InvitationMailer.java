package se.kompetensresan.company;

import org.springframework.stereotype.Component;
import se.kompetensresan.mail.MailService;
import se.kompetensresan.security.UserForm;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.BundleI18NProvider;
import se.kompetensresan.shared.UserMessageException;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/** Creates a company user with an unusable password and e-mails the one-time link to set it (valid 7 days). */
@Component
class InvitationMailer {

    static final Duration VALIDITY = Duration.ofDays(7);

    private final UserService users;
    private final MailService mail;
    private final BundleI18NProvider i18n;
    private final CompanySettings props;
    private final Clock clock;

    InvitationMailer(UserService users, MailService mail, BundleI18NProvider i18n, CompanySettings props, Clock clock) {
        this.users = users;
        this.mail = mail;
        this.i18n = i18n;
        this.props = props;
        this.clock = clock;
    }

    /** Invites a COMPANY user (username = e-mail address) of the company; returns the username. */
    String inviteCompanyUser(long companyId, String companyName, String name, String email, Locale locale) {
        String username = email.strip().toLowerCase(Locale.ROOT);
        if (users.exists(username)) {
            throw new UserMessageException("company.error.user.exists", username);
        }
        long userId = users.invite(new UserForm(username, null, name.strip(), email.strip(), Role.COMPANY, companyId, Set.of()));
        // the link is made when the mail is sent, never stored in the outbox
        mail.queueWithLink(email.strip(), i18n.getTranslation("company.mail.invitation.subject", locale, companyName),
                i18n.getTranslation("company.mail.invitation.body", locale, name.strip(), companyName, MailService.LINK, username),
                userId, se.kompetensresan.security.OneTimeTokenPurpose.INVITATION);
        return username;
    }
}
