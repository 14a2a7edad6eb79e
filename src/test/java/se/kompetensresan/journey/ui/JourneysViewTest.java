package se.kompetensresan.journey.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.journey.JourneyInfo;
import se.kompetensresan.journey.JourneyProcess;
import se.kompetensresan.journey.JourneyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;

import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

class JourneysViewTest extends KaribuTest {

    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    JourneyService journeys;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    @Test
    void managerSeesCoachAndOverdueFiltersAndReassignsTheCoach() {
        JourneyFixtures fx = new JourneyFixtures(userService, projects, companies);
        JourneyViewTestSupport support = new JourneyViewTestSupport(fx, ctx);
        long sp = fx.subproject();
        CompanyInfo a = fx.company(sp, 10);
        CompanyInfo b = fx.company(sp, 10);
        JourneyInfo ja = support.startAt(a, JourneyProcess.TASK_ANALYSE_SURVEY, Map.of());
        support.startAt(b, JourneyProcess.TASK_CONDUCT_COACHING, Map.of());
        String oldCoach = fx.user(Role.COACH, null, Set.of(sp));
        String newCoach = fx.user(Role.COACH, null, Set.of(sp));
        var t = tasks.createTaskQuery().processInstanceBusinessKey(ja.caseNumber()).singleResult();
        t.setAssignee(oldCoach);
        t.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(1))));
        tasks.saveTask(t);

        login(fx.user(Role.MANAGER, null, Set.of(sp)));
        UI.getCurrent().navigate("journeys");
        JourneysView v = _get(JourneysView.class);
        assertThat(v.shown()).hasSize(2);
        assertThat(v.shown()).filteredOn(j -> j.companyId() == a.id()).singleElement().satisfies(j -> {
            assertThat(j.coach()).isEqualTo(oldCoach);
            assertThat(j.overdueTasks()).isEqualTo(1);
        });
        LocatorJ._setValue(v.overdueOnly, true);
        assertThat(v.shown()).extracting(JourneyInfo::companyId).containsExactly(a.id());
        LocatorJ._setValue(v.overdueOnly, false);
        LocatorJ._setValue(v.coachFilter, oldCoach);
        assertThat(v.shown()).extracting(JourneyInfo::companyId).containsExactly(a.id());
        LocatorJ._setValue(v.coachFilter, null);
        GridKt._sortByKey(v.grid, "overdue", SortDirection.DESCENDING);
        assertThat(GridKt._get(v.grid, 0).companyId()).isEqualTo(a.id());

        int row = v.shown().indexOf(v.shown().stream().filter(j -> j.companyId() == a.id()).findFirst().orElseThrow());
        var actions = GridKt._getCellComponent(v.grid, row, "withdraw");
        _click((Button) actions.getChildren().filter(c -> c.getId().orElse("").startsWith("journey-reassign-")).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<UserAccount> coach = _get(ComboBox.class, spec -> spec.withId("journey-reassign-coach"));
        LocatorJ._setValue(coach, userService.findAccount(newCoach).orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("journey-reassign-confirm")));

        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ja.caseNumber()).singleResult().getAssignee())
                .isEqualTo(userService.findAccount(newCoach).orElseThrow().assigneeId());
        assertThat(v.shown()).filteredOn(j -> j.companyId() == a.id()).singleElement()
                .satisfies(j -> assertThat(j.coach()).isEqualTo(newCoach));
    }

    @Test
    @SuppressWarnings("unchecked")
    void managerStartsAJourneyFromItsOwnDialogAndAnEmptyChoiceSaysWhatIsMissing() {
        JourneyFixtures fx = new JourneyFixtures(userService, projects, companies);
        long sp = fx.subproject();
        CompanyInfo c = fx.company(sp, 10);
        login(fx.user(Role.MANAGER, null, Set.of(sp)));
        UI.getCurrent().navigate("journeys");
        // the filters hold no company box: starting is a button of its own
        LocatorJ._assertNone(ComboBox.class, spec -> spec.withId("journey-start-company"));

        _click(_get(Button.class, spec -> spec.withId("journey-start")));
        ComboBox<CompanyInfo> company = _get(ComboBox.class, spec -> spec.withId("journey-start-company"));
        assertThat(company.getLabel()).isEqualTo("Företag som ska börja kompetensresan");
        _click(_get(Button.class, spec -> spec.withId("journey-start-confirm")));
        assertThat(company.isInvalid()).isTrue();
        assertThat(company.getErrorMessage()).isEqualTo("Välj ett företag att starta kompetensresan för");
        LocatorJ._assertOne(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("journey-start-dialog"));

        LocatorJ._setValue(company, company.getListDataView().getItems().filter(x -> x.id() == c.id()).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("journey-start-confirm")));
        LocatorJ._assertNone(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("journey-start-dialog"));
        assertThat(_get(JourneysView.class).shown()).extracting(JourneyInfo::companyId).contains(c.id());
    }
}
