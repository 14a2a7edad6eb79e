package se.kompetensresan.journey.casefile;

import se.kompetensresan.journey.JourneyWalker;
import org.springframework.context.ApplicationContext;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.journey.JourneyInfo;
import se.kompetensresan.journey.JourneyPhase;
import se.kompetensresan.journey.JourneyProcess;
import se.kompetensresan.journey.JourneyService;

import se.kompetensresan.journey.casefile.CaseFile;

import se.kompetensresan.journey.casefile.AttachmentInfo;
import se.kompetensresan.journey.casefile.AttachmentTypes;
import se.kompetensresan.journey.casefile.CommentInfo;
import se.kompetensresan.journey.casefile.TimelineEntry;
import se.kompetensresan.journey.inbox.InboxFilter;
import se.kompetensresan.journey.inbox.TaskInbox;
import se.kompetensresan.journey.inbox.TaskInfo;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.UserMessageException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;

/** The case (comments, attachments), assignment, coach reassignment and saved inbox filters on the real context. */
@SpringBootTest
@ActiveProfiles("test")
class CaseFileTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    JourneyService journeys;
    @Autowired
    CaseFile caseFile;
    @Autowired
    TaskInbox inbox;
    @Autowired
    UserService users;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    org.camunda.bpm.engine.HistoryService history;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private JourneyFixtures fx() {
        return new JourneyFixtures(users, projects, companies);
    }

    JourneyInfo startAt(CompanyInfo company, String... activities) {
        return new JourneyWalker(ctx).startAt(fx(), company, Map.of(JourneyProcess.Var.SURVEY_RESPONSE_ID, 1L), activities);
    }

    @Test
    void everyUserTaskGetsADueDate() {
        CompanyInfo c = fx().company(fx().subproject(), 10);
        JourneyInfo j = startAt(c, JourneyProcess.TASK_FILL_IN_SURVEY, JourneyProcess.TASK_ANALYSE_SURVEY);
        var list = tasks.createTaskQuery().processInstanceBusinessKey(j.caseNumber()).list();
        assertThat(list).hasSize(2).allSatisfy(t -> assertThat(t.getDueDate()).isNotNull()
                .satisfies(d -> assertThat(ChronoUnit.DAYS.between(Instant.now(), d.toInstant())).isBetween(13L, 14L)));
    }

    @Test
    void overdueTaskIsMarkedOverdueAndCounted() {
        CompanyInfo c = fx().company(fx().subproject(), 10);
        JourneyInfo j = startAt(c, JourneyProcess.TASK_ANALYSE_SURVEY);
        var t = tasks.createTaskQuery().processInstanceBusinessKey(j.caseNumber()).singleResult();
        t.setDueDate(Date.from(Instant.now().minus(2, ChronoUnit.DAYS)));
        tasks.saveTask(t);
        JourneyFixtures.signIn(fx().user(Role.COACH, null, Set.of(c.subprojectId())), Role.COACH);

        assertThat(inbox.tasks(new InboxFilter(InboxFilter.Scope.ALL, true, null, null)))
                .singleElement().satisfies(x -> assertThat(x.overdue()).isTrue());
        assertThat(journeys.journeyOf(c.id()).orElseThrow().overdueTasks()).isEqualTo(1);
    }

    @Test
    void coachAssignsOnlyToACoachOfTheSameDelprojekt() {
        long sp = fx().subproject();
        CompanyInfo c = fx().company(sp, 10);
        startAt(c, JourneyProcess.TASK_ANALYSE_SURVEY);
        String colleague = fx().user(Role.COACH, null, Set.of(sp));
        String stranger = fx().user(Role.COACH, null, Set.of(fx().subproject()));
        String companyUser = fx().user(Role.COMPANY, c.id(), Set.of());
        String me = fx().user(Role.COACH, null, Set.of(sp));
        JourneyFixtures.signIn(me, Role.COACH);
        String taskId = inbox.tasks().get(0).taskId();

        assertThat(inbox.assignableCoaches(List.of(taskId))).extracting(UserAccount::username)
                .contains(me, colleague).doesNotContain(stranger);
        assertThatThrownBy(() -> inbox.assign(taskId, stranger)).isInstanceOf(UserMessageException.class)
                .hasMessage("journey.inbox.error.notACoachHere");
        assertThatThrownBy(() -> inbox.assign(taskId, companyUser)).isInstanceOf(UserMessageException.class);

        inbox.assign(taskId, colleague);
        assertThat(inbox.task(taskId).assignee()).isEqualTo(colleague);
        // now it is the colleague's: I may not take it away
        assertThatThrownBy(() -> inbox.assign(taskId, me)).isInstanceOf(UserMessageException.class)
                .hasMessage("journey.error.assignedToOther");
        assertThat(caseFile.timeline(c.id())).extracting(e -> e.type().name()).contains("TASK_ASSIGNED");
    }

    @Test
    void companyTasksCannotBeAssignedAndForeignTasksAreRefused() {
        long sp = fx().subproject();
        CompanyInfo c = fx().company(sp, 10);
        JourneyInfo j = startAt(c, JourneyProcess.TASK_FILL_IN_SURVEY);
        String coach = fx().user(Role.COACH, null, Set.of(sp));
        String companyTask = tasks.createTaskQuery().processInstanceBusinessKey(j.caseNumber()).singleResult().getId();
        JourneyFixtures.signIn(fx().user(Role.MANAGER, null, Set.of(sp)), Role.MANAGER);
        assertThatThrownBy(() -> inbox.assign(companyTask, coach)).isInstanceOf(UserMessageException.class)
                .hasMessage("journey.inbox.error.notCoachTask");
        JourneyFixtures.signIn(fx().user(Role.MANAGER, null, Set.of(fx().subproject())), Role.MANAGER);
        assertThatThrownBy(() -> inbox.assign(companyTask, coach)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void bulkReassignIsAllOrNothing() {
        long sp = fx().subproject();
        CompanyInfo a = fx().company(sp, 10);
        CompanyInfo b = fx().company(sp, 10);
        CompanyInfo foreign = fx().company(fx().subproject(), 10);
        startAt(a, JourneyProcess.TASK_ANALYSE_SURVEY);
        startAt(b, JourneyProcess.TASK_CONDUCT_COACHING);
        JourneyInfo f = startAt(foreign, JourneyProcess.TASK_CONDUCT_COACHING);
        String coach = fx().user(Role.COACH, null, Set.of(sp));
        JourneyFixtures.signIn(fx().user(Role.MANAGER, null, Set.of(sp)), Role.MANAGER);
        List<String> ids = inbox.tasks().stream().map(TaskInfo::taskId).toList();
        String foreignTask = tasks.createTaskQuery().processInstanceBusinessKey(f.caseNumber()).singleResult().getId();

        List<String> withForeign = new ArrayList<>(ids);
        withForeign.add(foreignTask);
        assertThatThrownBy(() -> inbox.assignAll(withForeign, coach)).isInstanceOf(AccessRefusedException.class);

        inbox.assignAll(ids, coach);
        assertThat(inbox.tasks()).hasSize(2).allSatisfy(t -> assertThat(t.assignee()).isEqualTo(coach));
    }

    /** Issue 13: Camunda's tables hold the user's id as assignee, never a username (an e-mail address). */
    @Test
    void camundaAssigneesAreUserIdsNotUsernamesOrEmailAddresses() {
        long sp = fx().subproject();
        CompanyInfo c = fx().company(sp, 10);
        JourneyInfo j = startAt(c, JourneyProcess.TASK_FILL_IN_SURVEY, JourneyProcess.TASK_CONTACT_COMPANY,
                JourneyProcess.TASK_ANALYSE_SURVEY);
        String coach = fx().user(Role.COACH, null, Set.of(sp));
        String companyUser = "anna." + System.nanoTime() + "@foretag.example";
        users.create(new se.kompetensresan.security.UserForm(companyUser, "secret", "Anna Andersson", companyUser,
                Role.COMPANY, c.id(), Set.of()));
        String coachId = users.findAccount(coach).orElseThrow().assigneeId();
        String companyUserId = users.findAccount(companyUser).orElseThrow().assigneeId();
        assertThat(coachId).matches("[0-9]+");
        assertThat(companyUserId).matches("[0-9]+");

        // the coach claims one task and completes another (claimed on completion)
        JourneyFixtures.signIn(coach, Role.COACH);
        String analyse = tasks.createTaskQuery().processInstanceBusinessKey(j.caseNumber())
                .taskDefinitionKey(JourneyProcess.TASK_ANALYSE_SURVEY).singleResult().getId();
        String contact = tasks.createTaskQuery().processInstanceBusinessKey(j.caseNumber())
                .taskDefinitionKey(JourneyProcess.TASK_CONTACT_COMPANY).singleResult().getId();
        inbox.claim(analyse);
        inbox.completeContact(contact, "Ringde företaget");
        // the company user (username = e-mail address) completes the survey task
        JourneyFixtures.signIn(companyUser, Role.COMPANY);
        ctx.publishEvent(new se.kompetensresan.survey.SurveySubmitted(1L, c.id(),
                se.kompetensresan.survey.SurveyRound.FIRST));

        assertThat(tasks.createTaskQuery().taskId(analyse).singleResult().getAssignee()).isEqualTo(coachId);
        var done = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(j.caseNumber()).list();
        assertThat(done).filteredOn(t -> t.getId().equals(analyse)).singleElement()
                .satisfies(t -> assertThat(t.getAssignee()).isEqualTo(coachId));
        assertThat(done).filteredOn(t -> t.getId().equals(contact)).singleElement()
                .satisfies(t -> assertThat(t.getAssignee()).isEqualTo(coachId));
        assertThat(done).filteredOn(t -> t.getTaskDefinitionKey().equals(JourneyProcess.TASK_FILL_IN_SURVEY))
                .singleElement().satisfies(t -> assertThat(t.getAssignee()).isEqualTo(companyUserId));
        assertThat(done).extracting(org.camunda.bpm.engine.history.HistoricTaskInstance::getAssignee)
                .doesNotContain(coach, companyUser);

        // the product still speaks usernames and names
        JourneyFixtures.signIn(coach, Role.COACH);
        TaskInfo mine = inbox.task(analyse);
        assertThat(mine.assignee()).isEqualTo(coach);
        assertThat(mine.assigneeName()).isEqualTo("Test COACH");
        assertThat(inbox.tasks(new InboxFilter(InboxFilter.Scope.MINE, false, null, null)))
                .extracting(TaskInfo::taskId).contains(analyse);
        assertThat(journeys.journeyOf(c.id()).orElseThrow().coach()).isEqualTo(coach);
        assertThat(caseFile.timeline(c.id())).extracting(TimelineEntry::actor)
                .contains(coach, companyUser).doesNotContain(coachId, companyUserId);
        inbox.unclaim(analyse);
        assertThat(tasks.createTaskQuery().taskId(analyse).singleResult().getAssignee()).isNull();

        // a database from before ids: a username as assignee still reads as that person and is still theirs
        tasks.setAssignee(analyse, coach);
        assertThat(inbox.task(analyse).assignee()).isEqualTo(coach);
        assertThat(inbox.task(analyse).assigneeName()).isEqualTo("Test COACH");
        inbox.unclaim(analyse);
        assertThat(tasks.createTaskQuery().taskId(analyse).singleResult().getAssignee()).isNull();

        // another coach sees the person's name, not an id, when the task is someone else's
        inbox.claim(analyse);
        JourneyFixtures.signIn(fx().user(Role.COACH, null, Set.of(sp)), Role.COACH);
        assertThatThrownBy(() -> inbox.claim(analyse)).isInstanceOf(UserMessageException.class)
                .satisfies(e -> assertThat(((UserMessageException) e).args()).containsExactly("Test COACH"));
    }

    @Test
    void managerReassignsTheJourneyAndItsOpenCoachTasksMove() {
        long sp = fx().subproject();
        CompanyInfo c = fx().company(sp, 10);
        JourneyInfo j = startAt(c, JourneyProcess.TASK_FILL_IN_SURVEY, JourneyProcess.TASK_CONTACT_COMPANY,
                JourneyProcess.TASK_ANALYSE_SURVEY);
        String oldCoach = fx().user(Role.COACH, null, Set.of(sp));
        String newCoach = fx().user(Role.COACH, null, Set.of(sp));
        String stranger = fx().user(Role.COACH, null, Set.of(fx().subproject()));
        JourneyFixtures.signIn(oldCoach, Role.COACH);
        inbox.claim(inbox.tasks().get(0).taskId());
        assertThatThrownBy(() -> journeys.reassignCoach(c.id(), newCoach)).isInstanceOf(AccessRefusedException.class);

        JourneyFixtures.signIn(fx().user(Role.MANAGER, null, Set.of(sp)), Role.MANAGER);
        assertThat(journeys.journeyOf(c.id()).orElseThrow().coach()).isEqualTo(oldCoach);
        assertThat(journeys.coachesFor(c.id())).extracting(UserAccount::username).contains(oldCoach, newCoach)
                .doesNotContain(stranger);
        assertThatThrownBy(() -> journeys.reassignCoach(c.id(), stranger)).isInstanceOf(UserMessageException.class);

        int moved = journeys.reassignCoach(c.id(), newCoach);

        assertThat(moved).isEqualTo(2);
        var open = tasks.createTaskQuery().processInstanceBusinessKey(j.caseNumber()).list();
        assertThat(open).filteredOn(t -> !t.getTaskDefinitionKey().equals(JourneyProcess.TASK_FILL_IN_SURVEY))
                .hasSize(2).allSatisfy(t -> assertThat(t.getAssignee())
                        .isEqualTo(users.findAccount(newCoach).orElseThrow().assigneeId()));
        assertThat(open).filteredOn(t -> t.getTaskDefinitionKey().equals(JourneyProcess.TASK_FILL_IN_SURVEY))
                .singleElement().satisfies(t -> assertThat(t.getAssignee()).isNull());
        assertThat(journeys.journeyOf(c.id()).orElseThrow().coach()).isEqualTo(newCoach);
        assertThat(caseFile.timeline(c.id())).anySatisfy(e -> {
            assertThat(e.type().name()).isEqualTo("COACH_REASSIGNED");
            assertThat(e.argument(0)).isEqualTo(newCoach);
        });
    }

    @Test
    void internalCommentsAreHiddenFromTheCompany() {
        long sp = fx().subproject();
        CompanyInfo c = fx().company(sp, 10);
        startAt(c, JourneyProcess.TASK_ANALYSE_SURVEY);
        String companyUser = fx().user(Role.COMPANY, c.id(), Set.of());
        JourneyFixtures.signIn(fx().user(Role.COACH, null, Set.of(sp)), Role.COACH);
        caseFile.addComment(c.id(), "Öppen kommentar", false);
        caseFile.addComment(c.id(), "Bara för coacher", true);
        assertThatThrownBy(() -> caseFile.addComment(c.id(), "  ", false)).isInstanceOf(UserMessageException.class);
        assertThat(caseFile.comments(c.id())).extracting(CommentInfo::body).containsExactly("Öppen kommentar", "Bara för coacher");

        JourneyFixtures.signIn(companyUser, Role.COMPANY);
        assertThat(caseFile.comments(c.id())).extracting(CommentInfo::body).containsExactly("Öppen kommentar");
        assertThatThrownBy(() -> caseFile.addComment(c.id(), "hemligt", true)).isInstanceOf(AccessRefusedException.class);
        caseFile.addComment(c.id(), "Tack!", false);

        JourneyFixtures.signIn(fx().user(Role.COMPANY, fx().company(sp, 3).id(), Set.of()), Role.COMPANY);
        assertThatThrownBy(() -> caseFile.comments(c.id())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void attachmentsAreCheckedByContentAndSize() {
        long sp = fx().subproject();
        CompanyInfo c = fx().company(sp, 10);
        startAt(c, JourneyProcess.TASK_ANALYSE_SURVEY);
        JourneyFixtures.signIn(fx().user(Role.COMPANY, c.id(), Set.of()), Role.COMPANY);

        AttachmentInfo pdf = caseFile.addAttachment(c.id(), "plan.pdf", AttachmentTypesTest.pdf());
        caseFile.addAttachment(c.id(), "matris.xlsx", AttachmentTypesTest.xlsx());
        assertThatThrownBy(() -> caseFile.addAttachment(c.id(), "faktura.pdf", AttachmentTypesTest.exe()))
                .isInstanceOf(UserMessageException.class).hasMessage("journey.attachment.error.type");
        byte[] big = new byte[AttachmentTypes.MAX_BYTES + 1];
        System.arraycopy(AttachmentTypesTest.pdf(), 0, big, 0, AttachmentTypesTest.pdf().length);
        assertThatThrownBy(() -> caseFile.addAttachment(c.id(), "stor.pdf", big))
                .isInstanceOf(UserMessageException.class).hasMessage("journey.attachment.error.size");

        assertThat(caseFile.attachments(c.id())).extracting(AttachmentInfo::fileName).containsExactly("plan.pdf", "matris.xlsx");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(caseFile.attachment(pdf.id()).content()).isEqualTo(AttachmentTypesTest.pdf());

        JourneyFixtures.signIn(fx().user(Role.COACH, null, Set.of(fx().subproject())), Role.COACH);
        assertThatThrownBy(() -> caseFile.attachment(pdf.id())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> caseFile.attachments(c.id())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void savedFiltersArePerUser() {
        long sp = fx().subproject();
        JourneyFixtures.signIn(fx().user(Role.COACH, null, Set.of(sp)), Role.COACH);
        InboxFilter f = new InboxFilter(InboxFilter.Scope.UNASSIGNED, true, JourneyPhase.COACHING, sp);
        inbox.saveFilter("Akut", f);
        inbox.saveFilter("Akut", f.withScope(InboxFilter.Scope.MINE));
        assertThatThrownBy(() -> inbox.saveFilter(" ", f)).isInstanceOf(UserMessageException.class);
        assertThatThrownBy(() -> inbox.saveFilter("Fel", new InboxFilter(InboxFilter.Scope.ALL, false, null, fx().subproject())))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(inbox.savedFilters()).containsExactly(Map.entry("Akut", f.withScope(InboxFilter.Scope.MINE)));

        JourneyFixtures.signIn(fx().user(Role.COACH, null, Set.of(sp)), Role.COACH);
        assertThat(inbox.savedFilters()).isEmpty();
    }

    @Test
    void timelineShowsTasksCompletedOutsideOurViewsAndFiredTimers() {
        CompanyInfo c = fx().company(fx().subproject(), 10);
        JourneyInfo j = startAt(c, JourneyProcess.TASK_FILL_IN_SURVEY);
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(j.caseNumber()).singleResult().getId();
        var reminder = management.createJobQuery().processInstanceId(pi).activityId(JourneyProcess.BOUNDARY_SURVEY_REMINDER)
                .singleResult();
        management.executeJob(reminder.getId());
        // a task completed in Camunda's own Tasklist or Cockpit (no event of ours)
        var t = tasks.createTaskQuery().processInstanceBusinessKey(j.caseNumber()).singleResult();
        tasks.setAssignee(t.getId(), "operator");
        tasks.complete(t.getId());

        JourneyFixtures.signIn(fx().user(Role.COACH, null, Set.of(c.subprojectId())), Role.COACH);
        assertThat(caseFile.timeline(c.id())).anySatisfy(e -> {
            assertThat(e.type().name()).isEqualTo("TIMER_FIRED");
            assertThat(e.argument(0)).isEqualTo(JourneyProcess.BOUNDARY_SURVEY_REMINDER);
        }).anySatisfy(e -> {
            assertThat(e.type().name()).isEqualTo("TASK_COMPLETED");
            assertThat(e.actor()).isEqualTo("operator");
            assertThat(e.argument(0)).isEqualTo(JourneyProcess.TASK_FILL_IN_SURVEY);
        });
    }
}
