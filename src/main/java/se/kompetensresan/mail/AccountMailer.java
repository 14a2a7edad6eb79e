package se.kompetensresan.mail;

import org.springframework.stereotype.Component;
import se.kompetensresan.security.AccountChange;
import se.kompetensresan.security.AccountMails;
import se.kompetensresan.security.OneTimeTokenPurpose;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.BundleI18NProvider;

/** The account mails of the security module, queued with a link made at send time ({@link MailService#queueWithLink}). */
@Component
class AccountMailer implements AccountMails {

    private final MailService mail;
    private final UserService users;
    private final BundleI18NProvider i18n;
    private final java.time.Clock clock;

    AccountMailer(MailService mail, UserService users, BundleI18NProvider i18n, java.time.Clock clock) {
        this.clock = clock;
        this.mail = mail;
        this.users = users;
        this.i18n = i18n;
    }

    @Override
    public void sendInvitation(long userId) {
        send(userId, "mail.account.invitation", OneTimeTokenPurpose.INVITATION);
    }

    @Override
    public void sendPasswordReset(long userId) {
        send(userId, "mail.account.reset", OneTimeTokenPurpose.RESET);
    }

    @Override
    public void notifyChange(long userId, AccountChange change) {
        UserAccount u = users.account(userId).orElseThrow();
        if (u.email() == null || u.email().isBlank()) {
            return;
        }
        String what = i18n.getTranslation("mail.account.change." + change.name(), u.locale());
        String when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", u.locale())
                .format(java.time.ZonedDateTime.now(clock));
        mail.queue(u.email(), i18n.getTranslation("mail.account.change.subject", u.locale(), what),
                i18n.getTranslation(change.notice() ? "mail.account.notice.body" : "mail.account.change.body", u.locale(), u.displayName(), what, when, u.username()));
    }

    private void send(long userId, String key, OneTimeTokenPurpose purpose) {
        UserAccount u = users.account(userId).orElseThrow();
        if (u.email() == null || u.email().isBlank()) {
            return;
        }
        mail.queueWithLink(u.email(), i18n.getTranslation(key + ".subject", u.locale()),
                i18n.getTranslation(key + ".body", u.locale(), u.displayName(), MailService.LINK, u.username()), userId, purpose);
    }
}
