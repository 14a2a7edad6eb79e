package se.kompetensresan.journey;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.casefile.CaseFile;
import se.kompetensresan.journey.casefile.JourneyEventType;
import se.kompetensresan.journey.casefile.TimelineEntry;
import se.kompetensresan.mail.MailService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserForm;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.UserMessageException;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reminders of the company tasks on the real engine: the process's own when a reminder timer fires, and a coach's
 * "send a reminder now" — through the outbox, into the timeline, not twice within the hour, and only for the
 * journeys of the user's delprojekt.
 */
@SpringBootTest
@ActiveProfiles("test")
class CompanyRemindersTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    CompanyReminders reminders;
    @Autowired
    CaseFile caseFile;
    @Autowired
    MailService mail;
    @Autowired
    UserService users;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;

    JourneyFixtures fx;
    JourneyWalker walk;
    long subproject;
    String coach;

    @BeforeEach
    void world() {
        fx = new JourneyFixtures(users, projects, companies);
        walk = new JourneyWalker(ctx);
        subproject = fx.subproject();
        coach = fx.user(Role.COACH, null, Set.of(subproject));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A company of the delprojekt with a user who gets mail; returns the user's address. */
    private String mailbox(CompanyInfo c) {
        String email = JourneyFixtures.unique("hr") + "@foretag.example";
        users.create(new UserForm(JourneyFixtures.unique("hr"), "pw", "HR", email, Role.COMPANY, c.id(), Set.of()));
        return email;
    }

    private List<TimelineEntry> reminders(CompanyInfo c) {
        return walk.as(coach, Role.COACH, () -> caseFile.timeline(c.id())).stream()
                .filter(e -> e.type() == JourneyEventType.REMINDER_SENT).toList();
    }

    @Test
    void theWeeklyTimerOfThePlanApprovalMailsTheCompanyALinkToThePlanAndNotesItInTheTimeline() {
        CompanyInfo c = fx.company(subproject, 12);
        String to = mailbox(c);
        JourneyInfo j = walk.startAt(fx, c, Map.of(), JourneyProcess.TASK_APPROVE_PLAN);
        String pi = walk.processInstance(j);

        walk.fireTimer(pi, JourneyProcess.BOUNDARY_PLAN_APPROVAL_REMINDER);
        walk.runJobs(pi);

        assertThat(mail.sentTo(to)).singleElement().satisfies(m -> {
            assertThat(m.subject()).startsWith("Påminnelse").contains("utvecklingsplanen").contains(c.name());
            assertThat(m.body()).contains(j.caseNumber()).contains("/plan/" + c.id());
        });
        assertThat(reminders(c)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(JourneyRecorder.SYSTEM);
            assertThat(e.arguments()).containsExactly(JourneyProcess.TASK_APPROVE_PLAN, "1");
        });
    }

    @Test
    void theFollowUpEscalationGivesTheCoachesOfTheDelprojektAContactTask() {
        CompanyInfo c = fx.company(subproject, 12);
        JourneyInfo j = walk.startAt(fx, c, Map.of(JourneyProcess.Var.FOLLOW_UP_RESPONSE_ID, 4712L),
                JourneyProcess.TASK_FILL_IN_FOLLOW_UP);
        String pi = walk.processInstance(j);

        walk.fireTimer(pi, JourneyProcess.BOUNDARY_FOLLOW_UP_ESCALATION);

        var task = walk.as(coach, Role.COACH, () -> walk.only(JourneyProcess.TASK_CONTACT_COMPANY_ABOUT_FOLLOW_UP, c.id()));
        assertThat(task.route()).isEqualTo("journey/task/" + task.taskId());
        walk.as(coach, Role.COACH, () -> {
            ctx.getBean(se.kompetensresan.journey.inbox.TaskInbox.class).completeContact(task.taskId(), "Ringde HR");
            return null;
        });
        assertThat(walk.openTaskKeys(pi)).containsExactly(JourneyProcess.TASK_FILL_IN_FOLLOW_UP);
    }

    @Test
    void aCoachRemindsNowOnceAndASecondReminderWithinTheHourIsRefused() {
        CompanyInfo c = fx.company(subproject, 12);
        String to = mailbox(c);
        JourneyInfo j = walk.startAt(fx, c, Map.of(JourneyProcess.Var.FOLLOW_UP_RESPONSE_ID, 4713L),
                JourneyProcess.TASK_FILL_IN_FOLLOW_UP);

        CompanyReminders.Outcome first = walk.as(coach, Role.COACH, () -> reminders.remindNow(List.of(j.caseNumber())));

        assertThat(first).isEqualTo(new CompanyReminders.Outcome(1, 0, 0, 0));
        assertThat(mail.sentTo(to)).singleElement().satisfies(m -> assertThat(m.body()).contains("/survey/4713"));
        assertThat(reminders(c)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(coach);
            assertThat(e.argument(0)).isEqualTo(JourneyProcess.TASK_FILL_IN_FOLLOW_UP);
        });
        assertThatThrownBy(() -> walk.as(coach, Role.COACH, () -> reminders.remindNow(List.of(j.caseNumber()))))
                .isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).messageKey()).isEqualTo("journey.remind.error.tooSoon");
        assertThat(mail.sentTo(to)).hasSize(1);
        assertThat(reminders(c)).hasSize(1);
    }

    @Test
    void aBulkReminderCountsTheCompaniesRemindedAndThoseSkipped() {
        CompanyInfo waiting = fx.company(subproject, 12);
        CompanyInfo remindedAMomentAgo = fx.company(subproject, 12);
        CompanyInfo coachesTurn = fx.company(subproject, 12);
        CompanyInfo withoutAddress = fx.company(subproject, 12);
        mailbox(waiting);
        mailbox(remindedAMomentAgo);
        String a = walk.startAt(fx, waiting, Map.of(), JourneyProcess.TASK_APPROVE_PLAN).caseNumber();
        String b = walk.startAt(fx, remindedAMomentAgo, Map.of(), JourneyProcess.TASK_APPROVE_PLAN).caseNumber();
        String d = walk.startAt(fx, coachesTurn, Map.of(), JourneyProcess.TASK_CONDUCT_COACHING).caseNumber();
        String e = walk.startAt(fx, withoutAddress, Map.of(), JourneyProcess.TASK_APPROVE_PLAN).caseNumber();
        walk.as(coach, Role.COACH, () -> reminders.remindNow(List.of(b)));

        CompanyReminders.Outcome outcome = walk.as(coach, Role.COACH, () -> reminders.remindNow(List.of(a, b, d, e)));

        assertThat(outcome).isEqualTo(new CompanyReminders.Outcome(1, 1, 1, 1));
        assertThat(reminders(waiting)).hasSize(1);
        assertThat(reminders(remindedAMomentAgo)).hasSize(1);
        assertThat(reminders(coachesTurn)).isEmpty();
        assertThatThrownBy(() -> walk.as(coach, Role.COACH, () -> reminders.remindNow(List.of(d))))
                .isInstanceOf(UserMessageException.class)
                .extracting(x -> ((UserMessageException) x).messageKey()).isEqualTo("journey.remind.error.nothingWaiting");
        assertThatThrownBy(() -> walk.as(coach, Role.COACH, () -> reminders.remindNow(List.of(e))))
                .as("a reminder that would reach nobody").isInstanceOf(UserMessageException.class)
                .extracting(x -> ((UserMessageException) x).messageKey()).isEqualTo("journey.remind.error.noAddress");
    }

    @Test
    void aCoachOfAnotherDelprojektACompanyUserAndAnAdminCannotRemindAndNothingIsSent() {
        CompanyInfo c = fx.company(subproject, 12);
        String to = mailbox(c);
        String own = walk.startAt(fx, c, Map.of(), JourneyProcess.TASK_APPROVE_PLAN).caseNumber();
        CompanyInfo other = fx.company(fx.subproject(), 12);
        String foreign = walk.startAt(fx, other, Map.of(), JourneyProcess.TASK_APPROVE_PLAN).caseNumber();
        String otherCoach = fx.user(Role.COACH, null, Set.of(other.subprojectId()));
        String companyUser = fx.user(Role.COMPANY, c.id(), Set.of());
        String admin = fx.user(Role.ADMIN, null, Set.of());

        assertThatThrownBy(() -> walk.as(otherCoach, Role.COACH, () -> reminders.remindNow(List.of(own))))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> walk.as(coach, Role.COACH, () -> reminders.remindNow(List.of(own, foreign))))
                .as("one foreign case refuses the whole request").isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> walk.as(companyUser, Role.COMPANY, () -> reminders.remindNow(List.of(own))))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> walk.as(admin, Role.ADMIN, () -> reminders.remindNow(List.of(own))))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> walk.as(coach, Role.COACH, () -> reminders.remindNow(List.of("KR-2000-9999"))))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(mail.sentTo(to)).isEmpty();
        assertThat(reminders(c)).isEmpty();
    }
}
