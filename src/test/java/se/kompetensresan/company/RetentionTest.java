package se.kompetensresan.company;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.mail.MailService;
import se.kompetensresan.shared.RetentionSettings;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The nightly retention: what is due is deleted or anonymised, what is not stays, per project. */
@SpringBootTest
@ActiveProfiles("test")
class RetentionTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    OnboardingService onboarding;
    @Autowired
    ApplicationRetention applicationRetention;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailService mail;

    private ApplicationReceipt apply(CoachingTestData w) {
        return onboarding.apply(new ApplicationForm(w.project.id(), CoachingTestData.organisationNumber(), "Gamla " + w.key,
                "Bruksgatan 1", "69141", "Karlskoga", "1883", "25.620", 4, 21, TurnoverClass.FROM_10_TO_50_MSEK,
                "Anna Andersson", "anna-" + UUID.randomUUID() + "@verkstad.se", "0586-123 45", true, BigDecimal.ZERO, "sv"));
    }

    private void age(long applicationId, Duration by) {
        Timestamp t = Timestamp.from(Instant.now().minus(by));
        jdbc.update("update company_application set created_at = ?, decided_at = ? where id = ?", t, t, applicationId);
    }

    @Test
    void unconfirmedApplicationsGoAfterAWeekRefusedOnesLoseTheirContactAfterAYear() {
        CoachingTestData w = new CoachingTestData(ctx);
        ApplicationReceipt oldUnconfirmed = apply(w);
        ApplicationReceipt newUnconfirmed = apply(w);
        ApplicationReceipt oldRefused = apply(w);
        ApplicationReceipt newRefused = apply(w);
        for (ApplicationReceipt r : new ApplicationReceipt[]{oldRefused, newRefused}) {
            onboarding.recordEligibility(r.applicationId(), ApplicationStatus.NOT_ELIGIBLE, "application.reason.tooLarge");
        }
        age(oldUnconfirmed.applicationId(), Duration.ofDays(8));
        age(oldRefused.applicationId(), Duration.ofDays(400));
        age(newRefused.applicationId(), Duration.ofDays(300));

        assertThat(applicationRetention.run()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from company_application where id = ?", Long.class,
                oldUnconfirmed.applicationId())).isZero();
        assertThat(onboarding.application(newUnconfirmed.applicationId()).status()).isEqualTo(ApplicationStatus.UNCONFIRMED);
        ApplicationInfo erased = onboarding.application(oldRefused.applicationId());
        assertThat(erased.contactEmail()).isEqualTo(ApplicationRetention.ERASED);
        assertThat(erased.contactName()).isEqualTo(ApplicationRetention.ERASED);
        assertThat(erased.status()).isEqualTo(ApplicationStatus.NOT_ELIGIBLE);
        assertThat(onboarding.application(newRefused.applicationId()).contactName()).isEqualTo("Anna Andersson");
    }

    @Test
    void aProjectCanKeepRefusedApplicationsShorterThanTheDefault() {
        var defaults = ctx.getBean(RetentionSettings.class);
        var custom = new RetentionSettings(defaults.cron(), defaults.participants(), defaults.refusedApplications(),
                defaults.unconfirmedApplications(), defaults.outboxBodies(), defaults.attachments(), defaults.auditLog(),
                Map.of(42L, Map.of("refused-applications", Duration.ofDays(30))));
        assertThat(custom.of(RetentionSettings.Kind.refusedApplications, 42L)).isEqualTo(Duration.ofDays(30));
        assertThat(custom.of(RetentionSettings.Kind.refusedApplications, 7L)).isEqualTo(Duration.ofDays(365));
        assertThat(custom.of(RetentionSettings.Kind.participants, 42L)).isEqualTo(Duration.ofDays(3650));
    }

    @Test
    void sentOutboxMessagesLoseBodyAndRecipientAfterThirtyDays() throws Exception {
        String to = "gammal-" + UUID.randomUUID() + "@example.se";
        long id = new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class))
                .execute(s -> mail.queue(to, "Ämne", "Hej Anna Andersson"));
        se.kompetensresan.mail.TestMailbox.deliver(ctx, to);
        jdbc.update("update outbox_message set created_at = ? where id = ?", Timestamp.from(Instant.now().minus(Duration.ofDays(31))), id);
        Object retention = ctx.getBean(Class.forName("se.kompetensresan.mail.OutboxRetention"));
        var run = retention.getClass().getMethod("run");
        assertThat((int) run.invoke(retention)).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select body from outbox_message where id = ?", String.class, id)).isEqualTo("[removed]");
        assertThat(jdbc.queryForObject("select recipient from outbox_message where id = ?", String.class, id)).isEqualTo("[removed]");
    }
}
