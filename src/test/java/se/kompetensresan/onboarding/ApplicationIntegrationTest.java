package se.kompetensresan.onboarding;

import se.kompetensresan.journey.JourneyFixtures;

import se.kompetensresan.journey.JourneyProcess;
import se.kompetensresan.journey.inbox.TaskInbox;
import se.kompetensresan.journey.inbox.TaskInfo;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.company.ApplicationForm;
import se.kompetensresan.company.ApplicationInfo;
import se.kompetensresan.company.ApplicationReceipt;
import se.kompetensresan.company.ApplicationStatus;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.company.OnboardingService;
import se.kompetensresan.company.TurnoverClass;
import se.kompetensresan.mail.MailService;
import se.kompetensresan.mail.OutboxInfo;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.security.InvitationStatus;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.UserMessageException;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.Set;

/**
 * Onboarding on the real context: a company applies through the public onboarding, the
 * CompanyApplication process judges it (jobs executed by the test), the approved company's contact person
 * sets a password from the e-mailed link and finds Fyll i kartläggning in the inbox; a not-eligible
 * application is rejected with its reason and no company; a borderline one waits for a manager.
 */
@SpringBootTest
@ActiveProfiles("test")
class ApplicationIntegrationTest {

    private static final Pattern LINK = Pattern.compile("/set-password/([A-Za-z0-9_\\-]+)");

    @Autowired
    ApplicationContext ctx;
    @Autowired
    OnboardingService onboarding;
    @Autowired
    ApplicationReview review;
    @Autowired
    TaskInbox inbox;
    @Autowired
    MailService mail;
    @Autowired
    UserService users;
    @Autowired
    CompanyService companies;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;

    CoachingTestData w;
    String email;

    @BeforeEach
    void world() {
        w = new CoachingTestData(ctx);
        email = "anna-" + UUID.randomUUID() + "@verkstad.se";
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    ApplicationForm form(String municipality, String sni, int women, int men) {
        return new ApplicationForm(w.project.id(), CoachingTestData.organisationNumber(), "Bruksverkstaden " + w.key,
                "Bruksgatan 1", "69141", "Karlskoga", municipality, sni, women, men, TurnoverClass.FROM_10_TO_50_MSEK,
                "Anna Andersson", email, "0586-123 45", true, new BigDecimal("1000"), "sv");
    }

    @Test
    void eligibleCompanyIsApprovedInvitedAndFindsItsSurveyTask() {
        ApplicationReceipt r = se.kompetensresan.company.Applications.applyAndConfirm(ctx, form("1883", "25.620, 28.110", 4, 21));
        ProcessInstance pi = process(r.reference());
        runJobs(pi.getId());

        ApplicationInfo a = onboarding.application(r.applicationId());
        assertThat(a.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(a.companyId()).isNotNull();
        assertThat(companies.lookup(a.companyId())).hasValueSatisfying(c -> {
            assertThat(c.subprojectId()).isEqualTo(w.subprojectA.id());
            assertThat(c.organisationNumber()).isEqualTo(a.organisationNumber());
        });
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();

        // the journey was started; its first (asynchronous) step opens the survey
        ProcessInstance journey = runtime.createProcessInstanceQuery().processDefinitionKey(JourneyProcess.PROCESS_ID)
                .variableValueEquals(JourneyProcess.Var.COMPANY_ID, a.companyId()).singleResult();
        assertThat(journey).isNotNull();
        runJobs(journey.getId());

        // the invitation e-mail with the one-time link
        String token = invitationToken();
        String username = onboarding.setPassword(token, "ett-bra-losenord", "ett-bra-losenord");
        assertThat(username).isEqualTo(email.toLowerCase());
        assertThat(onboarding.invitationStatus(token)).isNotEqualTo(InvitationStatus.VALID);

        JourneyFixtures.signIn(username, Role.COMPANY);
        assertThat(inbox.tasks()).extracting(TaskInfo::taskKey).containsExactly(JourneyProcess.TASK_FILL_IN_SURVEY);
        assertThat(inbox.tasks().get(0).companyId()).isEqualTo(a.companyId());
    }

    @Test
    void companyOutsideTheAreaIsNotEligibleWithItsReasonAndNoCompany() {
        ApplicationReceipt r = se.kompetensresan.company.Applications.applyAndConfirm(ctx, form("0180", "25.620", 4, 21));
        runJobs(process(r.reference()).getId());

        ApplicationInfo a = onboarding.application(r.applicationId());
        assertThat(a.status()).isEqualTo(ApplicationStatus.NOT_ELIGIBLE);
        assertThat(a.reasonKey()).isEqualTo("application.reason.outsideArea");
        assertThat(a.companyId()).isNull();
        assertThat(users.exists(email.toLowerCase())).isFalse();
        List<OutboxInfo> sent = mail.sentTo(email);
        assertThat(sent).anySatisfy(m -> {
            assertThat(m.subject()).contains(r.reference());
            assertThat(m.body()).contains("ingår inte i något av projektets delprojekt")
                    .contains("/onboarding/status/" + r.reference());
        });
        assertThat(sent).noneSatisfy(m -> assertThat(m.body()).contains("/set-password/"));
        assertThat(onboarding.statusOf(r.reference())).hasValueSatisfying(s -> {
            assertThat(s.status()).isEqualTo(ApplicationStatus.NOT_ELIGIBLE);
            assertThat(s.reasonKey()).isEqualTo("application.reason.outsideArea");
        });
    }

    @Test
    void tooLargeCompanyIsNotEligible() {
        ApplicationReceipt r = se.kompetensresan.company.Applications.applyAndConfirm(ctx, form("1883", "25.620", 100, 150));
        runJobs(process(r.reference()).getId());
        ApplicationInfo a = onboarding.application(r.applicationId());
        assertThat(a.status()).isEqualTo(ApplicationStatus.NOT_ELIGIBLE);
        assertThat(a.reasonKey()).isEqualTo("application.reason.tooLarge");
    }

    @Test
    void borderlineApplicationIsApprovedByTheManagerOfItsDelprojekt() {
        ApplicationReceipt r = se.kompetensresan.company.Applications.applyAndConfirm(ctx, form("1883", "05.100", 4, 21));
        ProcessInstance pi = process(r.reference());
        runJobs(pi.getId());
        assertThat(onboarding.application(r.applicationId()).status()).isEqualTo(ApplicationStatus.MANUAL_REVIEW);

        // the coach-less manager of the other delprojekt neither sees nor assesses it
        String managerB = new JourneyFixtures(users, null, null).user(Role.MANAGER, null, Set.of(w.subprojectB.id()));
        JourneyFixtures.signIn(managerB, Role.MANAGER);
        assertThat(review.applications()).extracting(s -> s.application().id()).doesNotContain(r.applicationId());
        assertThatThrownBy(() -> review.approve(r.applicationId())).isInstanceOf(AccessRefusedException.class);
        JourneyFixtures.signIn(w.coachA, Role.COACH);
        assertThatThrownBy(() -> review.applications()).isInstanceOf(AccessRefusedException.class);

        JourneyFixtures.signIn(w.managerA, Role.MANAGER);
        assertThat(review.applications()).filteredOn(s -> s.application().id() == r.applicationId())
                .singleElement().satisfies(s -> {
                    assertThat(s.awaitingReview()).isTrue();
                    assertThat(s.subprojectId()).isEqualTo(w.subprojectA.id());
                    assertThat(s.application().reasonKey()).isEqualTo("application.reason.borderline");
                });
        assertThatThrownBy(() -> review.reject(r.applicationId(), "application.reason.made-up"))
                .isInstanceOf(UserMessageException.class);
        review.approve(r.applicationId());
        SecurityContextHolder.clearContext();
        runJobs(pi.getId());

        ApplicationInfo a = onboarding.application(r.applicationId());
        assertThat(a.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(a.companyId()).isNotNull();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(JourneyProcess.PROCESS_ID)
                .variableValueEquals(JourneyProcess.Var.COMPANY_ID, a.companyId()).count()).isOne();
        assertThat(invitationToken()).isNotBlank();
        JourneyFixtures.signIn(w.managerA, Role.MANAGER);
        assertThatThrownBy(() -> review.approve(r.applicationId())).isInstanceOf(UserMessageException.class);
    }

    @Test
    void borderlineApplicationRejectedByTheManagerGetsTheReason() {
        ApplicationReceipt r = se.kompetensresan.company.Applications.applyAndConfirm(ctx, form("1883", "05.100", 4, 21));
        ProcessInstance pi = process(r.reference());
        runJobs(pi.getId());
        JourneyFixtures.signIn(w.managerA, Role.MANAGER);
        review.reject(r.applicationId(), "application.reason.notSme");
        SecurityContextHolder.clearContext();
        runJobs(pi.getId());

        ApplicationInfo a = onboarding.application(r.applicationId());
        assertThat(a.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(a.reasonKey()).isEqualTo("application.reason.notSme");
        assertThat(a.companyId()).isNull();
        assertThat(mail.sentTo(email)).anySatisfy(m -> assertThat(m.body()).contains("partnerföretag"));
    }

    private ProcessInstance process(String reference) {
        ProcessInstance pi = runtime.createProcessInstanceQuery().processDefinitionKey(ApplicationProcess.PROCESS_ID)
                .processInstanceBusinessKey(reference).singleResult();
        assertThat(pi).as("process of " + reference).isNotNull();
        return pi;
    }

    private String invitationToken() {
        return se.kompetensresan.mail.TestMailbox.setPasswordToken(ctx, email)
                .orElseThrow(() -> new AssertionError("no invitation to " + email));
    }

    /** Executes the process instance's jobs until none is left (the test profile has the job executor off). */
    private void runJobs(String processInstanceId) {
        for (int i = 0; i < 20; i++) {
            var jobs = management.createJobQuery().processInstanceId(processInstanceId).list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
    }
}
