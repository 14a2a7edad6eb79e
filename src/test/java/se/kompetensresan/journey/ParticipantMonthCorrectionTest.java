package se.kompetensresan.journey;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.participant.AttendanceService;
import se.kompetensresan.participant.LedgerWorld;
import se.kompetensresan.participant.ParticipantInfo;
import se.kompetensresan.participant.SigningService;
import se.kompetensresan.journey.inbox.TaskInbox;
import se.kompetensresan.journey.inbox.TaskInfo;

import static org.assertj.core.api.Assertions.assertThat;

/** A disputed month is a task in the company's inbox until the corrected month is sent again. */
@SpringBootTest
@ActiveProfiles("test")
class ParticipantMonthCorrectionTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    SigningService signing;
    @Autowired
    AttendanceService attendance;
    @Autowired
    TaskInbox inbox;
    @Autowired
    TaskService taskService;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aDisputedMonthIsATaskInTheCompanysInboxUntilItIsSentAgain() {
        LedgerWorld world = new LedgerWorld(ctx);
        CoachingTestData w = world.w;
        ParticipantInfo anna = world.participant("Anna Svetsare", true);
        world.hours(world.activity1, anna, world.day(3), "4");
        world.hours(world.activity1, anna, world.day(4), "4");
        w.runAs(w.companyUserA);
        signing.sendMonth(w.companyA.id(), world.month);
        SecurityContextHolder.clearContext();
        signing.dispute(world.latestToken(anna), anna.email(), "Jag var bara där den 3:e");

        w.runAs(w.companyUserA);
        TaskInfo task = inbox.tasks().stream()
                .filter(t -> t.taskKey().equals(JourneyProcess.TASK_CORRECT_PARTICIPANT_MONTH)).findFirst().orElseThrow();
        assertThat(task.companyId()).isEqualTo(w.companyA.id());
        assertThat(task.route()).isEqualTo("participant/" + anna.id());
        assertThat(taskService.getVariables(task.taskId()).values().toString())
                .as("ids only in the process").doesNotContain("Anna").doesNotContain("1985").doesNotContain("@");
        w.runAs(w.companyUserB);
        assertThat(inbox.tasks()).noneMatch(t -> t.taskId().equals(task.taskId()));
        w.runAs(w.coachA);
        assertThat(inbox.tasks()).as("a company task").noneMatch(t -> t.taskId().equals(task.taskId()));

        w.runAs(w.companyUserA);
        attendance.record(world.activity1, anna.id(), world.day(4), "");
        long monthId = signing.monthsOf(anna.id()).get(0).id();
        signing.resend(monthId, "Tog bort den 4:e");
        assertThat(inbox.tasks()).noneMatch(t -> t.taskId().equals(task.taskId()));
    }
}
