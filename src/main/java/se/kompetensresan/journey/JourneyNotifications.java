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
 * E-mail the process sends: the weekly reminder while the company's survey is unanswered, and the invitation to
 * the follow-up survey when its time has come. Mail goes through
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

    /** Queues the reminder to fill in the survey and records it in the journey's timeline; returns how many. */
    int surveyReminder(String caseNumber, long companyId, long surveyResponseId) {
        return send(caseNumber, companyId, surveyResponseId, "journey.mail.reminder", JourneyEventType.SURVEY_REMINDER);
    }

    /** Queues the invitation to the follow-up survey and records it in the journey's timeline; returns how many. */
    int followUpInvitation(String caseNumber, long companyId, long followUpResponseId) {
        return send(caseNumber, companyId, followUpResponseId, "journey.mail.followUp", JourneyEventType.FOLLOW_UP_INVITED);
    }

    /** To the company's users and its contact person, each once: {@code <key>.subject} and {@code <key>.body}. */
    private int send(String caseNumber, long companyId, long responseId, String key, JourneyEventType type) {
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
        String link = baseUrl + "/survey/" + responseId;
        recipients.forEach((to, locale) -> mail.queue(to,
                i18n.getTranslation(key + ".subject", locale, company.name()),
                i18n.getTranslation(key + ".body", locale, company.name(), caseNumber, link)));
        recorder.record(caseNumber, JourneyRecorder.SYSTEM, type, List.of(String.valueOf(recipients.size())), null);
        return recipients.size();
    }
}
