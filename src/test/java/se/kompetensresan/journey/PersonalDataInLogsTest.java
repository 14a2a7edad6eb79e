package se.kompetensresan.journey;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.company.ApplicationForm;
import se.kompetensresan.company.ApplicationReceipt;
import se.kompetensresan.company.Applications;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.company.OnboardingService;
import se.kompetensresan.company.TurnoverClass;
import se.kompetensresan.mail.TestMailbox;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No e-mail address or personnummer in any log line: a company applies, is approved and invited, sets its password,
 * fails a sign-in check and tries another tenant's company; one more line logs a personnummer and an address on
 * purpose. The captured console output (the real logback pattern) is scanned for both.
 */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataInLogsTest {

    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    @Autowired
    ApplicationContext ctx;
    @Autowired
    OnboardingService onboarding;
    @Autowired
    CompanyService companies;
    @Autowired
    UserService users;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void noLogLineHoldsAnEmailAddressOrAPersonnummer(CapturedOutput output) {
        CoachingTestData w = new CoachingTestData(ctx);
        String email = "loggtest-" + UUID.randomUUID().toString().substring(0, 8) + "@verkstad.se";
        ApplicationReceipt r = Applications.applyAndConfirm(ctx, new ApplicationForm(w.project.id(),
                CoachingTestData.organisationNumber(), "Loggverkstaden " + w.key, "Bruksgatan 1", "69141", "Karlskoga", "1883",
                "25.620", 4, 21, TurnoverClass.FROM_10_TO_50_MSEK, "Anna Andersson", email, "0586-123 45", true,
                BigDecimal.ZERO, "sv"));
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(r.reference()).singleResult().getId();
        for (int i = 0; i < 20 && !management.createJobQuery().processInstanceId(pi).list().isEmpty(); i++) {
            management.createJobQuery().processInstanceId(pi).list().forEach(j -> management.executeJob(j.getId()));
        }
        String token = TestMailbox.setPasswordToken(ctx, email).orElseThrow();
        String username = onboarding.setPassword(token, "ett riktigt bra lösenord", "ett riktigt bra lösenord");
        assertThat(username).contains("@");

        JourneyFixtures.signIn(username, Role.COMPANY);
        assertThatThrownBy(() -> companies.get(w.companyB.id())).isInstanceOf(se.kompetensresan.security.AccessRefusedException.class);
        LoggerFactory.getLogger(PersonalDataInLogsTest.class).warn("a careless line: {} {} {}", "19811218-9876",
                email, new IllegalStateException("for " + email + " / 811218-9876"));

        String out = output.getAll();
        assertThat(out).contains("access refused: user ", "a careless line: [personnummer] [e-mail]");
        assertThat(EMAIL.matcher(out).results().map(m -> m.group()).distinct().toList()).as("e-mail addresses in the log").isEmpty();
        assertThat(out).doesNotContain("811218-9876", "8112189876", username, "Anna Andersson");
    }
}
