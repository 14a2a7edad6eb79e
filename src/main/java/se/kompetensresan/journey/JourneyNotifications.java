package se.kompetensresan.journey;

import se.kompetensresan.company.CompanySettings;
import se.kompetensresan.journey.casefile.JourneyEventType;

import org.springframework.stereotype.Component;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.mail.MailService;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.BundleI18NProvider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * E-mail the process sends: the reminders while a company task waits (survey, plan approval, attendance, follow-up;
 * also when a coach sends one now), and the invitation to the follow-up survey when its time has come. Mail goes through
 * the outbox (sent after commit, retried; kept in the outbox when no SMTP server is configured), in each
 * recipient's language, to the company's users and its contact person.
 */
@Component
class JourneyNotifications {

    private final CompanyService companies;
    private final UserService users;
    private final MailService mail;
    private final BundleI18NProvider i18n;
    private final JourneyRecorder recorder;
    private final String baseUrl;

    JourneyNotifications(CompanyService companies, UserService users, MailService mail, BundleI18NProvider i18n,
                         JourneyRecorder recorder, CompanySettings companySettings) {
        this.companies = companies;
        this.users = users;
        this.mail = mail;
        this.i18n = i18n;
        this.recorder = recorder;
        this.baseUrl = companySettings.baseUrl();
    }

    /**
     * Queues the reminder of the company task ({@code journey.mail.reminder.<taskKey>}, with a link to the task's
     * page) and records it in the journey's timeline, by the actor (the process's {@code system} or the coach who
     * sent it now); returns how many recipients.
     */
    int reminder(String caseNumber, long companyId, String taskKey, String path, String actor) {
        int n = send(caseNumber, companyId, path, "journey.mail.reminder." + taskKey);
        recorder.record(caseNumber, actor, JourneyEventType.REMINDER_SENT, List.of(taskKey, String.valueOf(n)), null);
        return n;
    }

    /** Queues the invitation to the follow-up survey and records it in the journey's timeline; returns how many. */
    int followUpInvitation(String caseNumber, long companyId, long followUpResponseId) {
        int n = send(caseNumber, companyId, "survey/" + followUpResponseId, "journey.mail.followUp");
        recorder.record(caseNumber, JourneyRecorder.SYSTEM, JourneyEventType.FOLLOW_UP_INVITED, List.of(String.valueOf(n)), null);
        return n;
    }

    /** To the company's users and its contact person, each once: {@code <key>.subject} and {@code <key>.body}. */
    private int send(String caseNumber, long companyId, String path, String key) {
        CompanyInfo company = companies.lookup(companyId).orElseThrow();
        Map<String, Locale> recipients = new LinkedHashMap<>();
        for (UserAccount u : users.ofCompany(companyId)) {
            if (u.email() != null && !u.email().isBlank()) {
                recipients.putIfAbsent(u.email().toLowerCase(Locale.ROOT), u.locale());
            }
        }
        if (company.contactEmail() != null && !company.contactEmail().isBlank()) {
            recipients.putIfAbsent(company.contactEmail().toLowerCase(Locale.ROOT), BundleI18NProvider.SWEDISH);
        }
        String link = baseUrl.replaceAll("/+$", "") + "/" + path;
        recipients.forEach((to, locale) -> mail.queue(to,
                i18n.getTranslation(key + ".subject", locale, company.name()),
                i18n.getTranslation(key + ".body", locale, company.name(), caseNumber, link)));
        return recipients.size();
    }
}
