package se.kompetensresan.journey.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.journey.JourneyInfo;
import se.kompetensresan.journey.JourneyProcess;
import se.kompetensresan.journey.JourneyWalker;
import se.kompetensresan.journey.casefile.CaseFile;
import se.kompetensresan.journey.casefile.JourneyEventType;
import se.kompetensresan.journey.inbox.TaskInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.Role;

import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** "Skicka påminnelse" from the inbox (one row, selected rows) and from the list of journeys. */
class RemindNowViewTest extends KaribuTest {

    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    CaseFile caseFile;

    private JourneyFixtures fx;
    private long sp;

    /** A journey at the activity, of a company with a contact e-mail (the reminder's recipient). */
    private JourneyInfo waitingAt(CompanyInfo c, String activity) {
        fx.asAdmin(() -> companies.updateContact(c.id(), new se.kompetensresan.company.ContactDetails("HR",
                "hr-" + c.id() + "@foretag.example", "070-123 45 67", "Storgatan 1")));
        return new JourneyViewTestSupport(fx, ctx).startAt(c, activity, Map.of());
    }

    private long remindersIn(CompanyInfo c) {
        return caseFile.timeline(c.id()).stream().filter(e -> e.type() == JourneyEventType.REMINDER_SENT).count();
    }

    private static String notificationText() {
        var n = NotificationsKt.getNotifications();
        assertThat(n).isNotEmpty();
        return n.get(n.size() - 1).getElement().getProperty("text", "")
                + n.get(n.size() - 1).getElement().getChildren().map(e -> e.getTextRecursively()).reduce("", String::concat);
    }

    @Test
    void aCoachRemindsTheCompanyOfAnEscalatedTaskFromItsInboxRowAndASecondClickSaysItWasAMomentAgo() {
        fx = new JourneyFixtures(userService, projects, companies);
        sp = fx.subproject();
        CompanyInfo c = fx.company(sp, 10);
        JourneyInfo j = waitingAt(c, JourneyProcess.TASK_APPROVE_PLAN);
        new JourneyWalker(ctx).fireTimer(new JourneyWalker(ctx).processInstance(j), JourneyProcess.BOUNDARY_PLAN_APPROVAL_ESCALATION);
        login(fx.user(Role.COACH, null, Set.of(sp)));
        UI.getCurrent().navigate("inbox");
        InboxView v = _get(InboxView.class);
        TaskInfo contact = v.shown().stream().filter(t -> t.companyId() == c.id()).findFirst().orElseThrow();
        assertThat(contact.taskKey()).isEqualTo(JourneyProcess.TASK_CONTACT_COMPANY_ABOUT_PLAN);

        _click(remindButton(v, contact));

        assertThat(notificationText()).contains("Påminnelse skickad till 1 företag");
        assertThat(remindersIn(c)).isEqualTo(1);
        NotificationsKt.clearNotifications();
        _click(remindButton(v, contact));
        assertThat(notificationText()).contains("för mindre än 60 minuter sedan");
        assertThat(remindersIn(c)).isEqualTo(1);
    }

    /** The row's bell in the actions column. */
    private static Button remindButton(InboxView v, TaskInfo t) {
        int row = v.shown().stream().map(TaskInfo::taskId).toList().indexOf(t.taskId());
        return (Button) GridKt._getCellComponent(v.grid, row, "actions").getChildren()
                .filter(b -> b.getId().orElse("").equals("task-remind-" + t.taskId())).findFirst().orElseThrow();
    }

    @Test
    void aManagerRemindsTheSelectedRowsOfTheInboxAndEachCompanyOnce() {
        fx = new JourneyFixtures(userService, projects, companies);
        sp = fx.subproject();
        CompanyInfo a = fx.company(sp, 10);
        CompanyInfo b = fx.company(sp, 10);
        waitingAt(a, JourneyProcess.TASK_APPROVE_PLAN);
        waitingAt(b, JourneyProcess.TASK_APPROVE_PLAN);
        login(fx.user(Role.MANAGER, null, Set.of(sp)));
        UI.getCurrent().navigate("inbox");
        InboxView v = _get(InboxView.class);
        Button remind = _get(Button.class, spec -> spec.withId("inbox-remind"));
        assertThat(remind.isEnabled()).as("nothing selected yet").isFalse();

        v.shown().stream().filter(t -> t.companyId() == a.id() || t.companyId() == b.id()).forEach(v.grid::select);
        assertThat(remind.getText()).isEqualTo("Påminn markerade (2)");
        _click(remind);

        assertThat(notificationText()).contains("Påminnelse skickad till 2 företag");
        assertThat(remindersIn(a)).isEqualTo(1);
        assertThat(remindersIn(b)).isEqualTo(1);
        assertThat(v.grid.getSelectedItems()).isEmpty();
    }

    @Test
    void aCoachRemindsTheSelectedJourneysOfTheListAndHearsWhichHadNothingWaiting() {
        fx = new JourneyFixtures(userService, projects, companies);
        sp = fx.subproject();
        CompanyInfo waiting = fx.company(sp, 10);
        CompanyInfo coachesTurn = fx.company(sp, 10);
        JourneyInfo a = waitingAt(waiting, JourneyProcess.TASK_FILL_IN_FOLLOW_UP);
        JourneyInfo b = waitingAt(coachesTurn, JourneyProcess.TASK_ANALYSE_SURVEY);
        login(fx.user(Role.COACH, null, Set.of(sp)));
        UI.getCurrent().navigate("journeys");
        JourneysView v = _get(JourneysView.class);
        v.shown().stream().filter(j -> j.id() == a.id() || j.id() == b.id()).forEach(v.grid::select);

        _click(v.remindSelected);

        assertThat(notificationText()).contains("Påminnelse skickad till 1 företag")
                .contains("1 företag har ingen uppgift som väntar på det");
        assertThat(remindersIn(waiting)).isEqualTo(1);
        assertThat(remindersIn(coachesTurn)).isZero();
        // one journey's own button
        NotificationsKt.clearNotifications();
        int row = v.shown().indexOf(v.shown().stream().filter(j -> j.id() == b.id()).findFirst().orElseThrow());
        _click((Button) GridKt._getCellComponent(v.grid, row, "remind"));
        assertThat(notificationText()).contains("ingen uppgift som väntar");
    }

    @Test
    void anAdminHasNoReminderButtons() {
        fx = new JourneyFixtures(userService, projects, companies);
        sp = fx.subproject();
        waitingAt(fx.company(sp, 10), JourneyProcess.TASK_APPROVE_PLAN);
        login(fx.user(Role.ADMIN, null, Set.of()));
        UI.getCurrent().navigate("inbox");
        _assertNone(Button.class, spec -> spec.withId("inbox-remind"));
        UI.getCurrent().navigate("journeys");
        assertThat(_get(JourneysView.class).grid.getColumnByKey("remind")).isNull();
    }
}
