package se.kompetensresan.journey.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.inbox.InboxFilter;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.journey.JourneyPhase;
import se.kompetensresan.journey.JourneyProcess;
import se.kompetensresan.journey.JourneyService;
import se.kompetensresan.journey.inbox.TaskInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import se.kompetensresan.security.UserAccount;

class InboxViewTest extends KaribuTest {

    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    JourneyService journeys;
    @Autowired
    RuntimeService runtime;

    JourneyFixtures fx;
    JourneyViewTestSupport support;
    long subproject;
    CompanyInfo mine;
    CompanyInfo neighbour;
    CompanyInfo foreign;

    @BeforeEach
    void journeys() {
        fx = new JourneyFixtures(userService, projects, companies);
        support = new JourneyViewTestSupport(fx, ctx);
        subproject = fx.subproject();
        mine = fx.company(subproject, 20);
        neighbour = fx.company(subproject, 20);
        foreign = fx.company(fx.subproject(), 20);
        support.startAt(mine, JourneyProcess.TASK_FILL_IN_SURVEY, Map.of(JourneyProcess.Var.SURVEY_RESPONSE_ID, 55L));
        support.startAt(neighbour, JourneyProcess.TASK_ANALYSE_SURVEY, Map.of());
        support.startAt(foreign, JourneyProcess.TASK_ANALYSE_SURVEY, Map.of());
    }

    @SuppressWarnings("unchecked")
    private List<TaskInfo> rows() {
        Grid<TaskInfo> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
        List<TaskInfo> out = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            out.add(GridKt._get(grid, i));
        }
        return out;
    }

    @Test
    void companyUserSeesOnlyTheOwnCompanysTasks() {
        login(fx.user(Role.COMPANY, mine.id(), Set.of()));
        UI.getCurrent().navigate("inbox");

        assertThat(rows()).singleElement().satisfies(t -> {
            assertThat(t.companyId()).isEqualTo(mine.id());
            assertThat(t.route()).isEqualTo("survey/55");
        });
        assertThat(_get(Span.class, spec -> spec.withId("inbox-count")).getText()).isEqualTo("1 uppgift");
    }

    @Test
    void coachSeesTheCoachTasksOfTheirDelprojektOnly() {
        String coach = fx.user(Role.COACH, null, Set.of(subproject));
        login(coach);
        UI.getCurrent().navigate("inbox");

        List<TaskInfo> rows = rows();
        assertThat(rows).singleElement().satisfies(t -> {
            assertThat(t.companyId()).isEqualTo(neighbour.id());
            assertThat(t.taskKey()).isEqualTo(JourneyProcess.TASK_ANALYSE_SURVEY);
            assertThat(t.route()).isEqualTo("journey/analysis/" + t.taskId());
        });
        assertThat(GridKt._getFormattedRow(_get(Grid.class, spec -> spec.withId("inbox-grid")), 0))
                .contains("Analysera kartläggning", neighbour.name());
    }

    @Test
    void userWithoutTasksSeesTheEmptyState() {
        login(fx.user(Role.COMPANY, fx.company(subproject, 5).id(), Set.of()));
        UI.getCurrent().navigate("inbox");

        LocatorJ._assertNone(Grid.class, spec -> spec.withId("inbox-grid"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("inbox-empty")).isVisible()).isTrue();
    }

    @Autowired
    TaskService taskService;

    /** A button of a row's actions cell (grid cells are not part of the component tree until rendered). */
    @SuppressWarnings("unchecked")
    private Button rowButton(String id) {
        Grid<TaskInfo> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
        for (int i = 0; i < GridKt._size(grid); i++) {
            var cell = GridKt._getCellComponent(grid, i, "actions");
            var found = cell.getChildren().filter(c -> id.equals(c.getId().orElse(null))).findFirst();
            if (found.isPresent()) {
                return (Button) found.get();
            }
        }
        throw new AssertionError("no row button " + id);
    }

    private InboxView view() {
        return _get(InboxView.class);
    }

    private void makeOverdue(String caseNumber) {
        var t = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
        t.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(3))));
        taskService.saveTask(t);
    }

    @Test
    void coachFiltersCountsAndSortsTheInbox() {
        long sp = fx.subproject();
        CompanyInfo a = fx.company(sp, 10);
        CompanyInfo b = fx.company(sp, 10);
        support.startAt(a, JourneyProcess.TASK_ANALYSE_SURVEY, Map.of());
        var jb = support.startAt(b, JourneyProcess.TASK_CONDUCT_COACHING, Map.of());
        makeOverdue(jb.caseNumber());
        login(fx.user(Role.COACH, null, Set.of(sp)));
        UI.getCurrent().navigate("inbox");
        InboxView v = view();

        assertThat(rows()).hasSize(2);
        assertThat(v.overdue.getLabel()).endsWith("(1)");
        assertThat(v.scope.getItemLabelGenerator().apply(InboxFilter.Scope.UNASSIGNED)).endsWith("(2)");
        assertThat(v.scope.getItemLabelGenerator().apply(InboxFilter.Scope.MINE)).endsWith("(0)");
        assertThat(v.scope.getItemLabelGenerator().apply(InboxFilter.Scope.GROUPS)).endsWith("(2)");
        assertThat(v.phase.getItemLabelGenerator().apply(JourneyPhase.COACHING)).endsWith("(1)");

        // the overdue task is shown as overdue (red, with a title)
        int overdueRow = rows().indexOf(rows().stream().filter(t -> t.companyId() == b.id()).findFirst().orElseThrow());
        Span due = (Span) GridKt._getCellComponent(v.grid, overdueRow, "due");
        assertThat(due.getClassNames()).contains("overdue");
        assertThat(due.getStyle().get("color")).contains("error");

        LocatorJ._setValue(v.overdue, true);
        assertThat(rows()).singleElement().satisfies(t -> assertThat(t.companyId()).isEqualTo(b.id()));
        LocatorJ._setValue(v.overdue, false);
        LocatorJ._setValue(v.phase, JourneyPhase.ANALYSIS);
        assertThat(rows()).singleElement().satisfies(t -> assertThat(t.companyId()).isEqualTo(a.id()));
        assertThat(_get(Span.class, spec -> spec.withId("inbox-count")).getText()).isEqualTo("1 uppgift");
        LocatorJ._setValue(v.phase, null);
        LocatorJ._setValue(v.scope, InboxFilter.Scope.MINE);
        assertThat(rows()).isEmpty();
        LocatorJ._setValue(v.scope, InboxFilter.Scope.ALL);

        String first = a.name().compareTo(b.name()) < 0 ? a.name() : b.name();
        String last = a.name().compareTo(b.name()) < 0 ? b.name() : a.name();
        GridKt._sortByKey(v.grid, "company", SortDirection.DESCENDING);
        assertThat(rows()).extracting(TaskInfo::companyName).containsExactly(last, first);
        GridKt._sortByKey(v.grid, "due", SortDirection.ASCENDING);
        assertThat(rows().get(0).companyId()).isEqualTo(b.id());
        for (String key : List.of("case", "task", "phase", "created", "followUp", "assignee")) {
            GridKt._sortByKey(v.grid, key, SortDirection.ASCENDING);
            assertThat(rows()).hasSize(2);
        }
    }

    @Test
    void savedFilterIsStoredPerUserAndSelectable() {
        long sp = fx.subproject();
        CompanyInfo a = fx.company(sp, 10);
        CompanyInfo b = fx.company(sp, 10);
        support.startAt(a, JourneyProcess.TASK_ANALYSE_SURVEY, Map.of());
        support.startAt(b, JourneyProcess.TASK_CONDUCT_COACHING, Map.of());
        String coach = fx.user(Role.COACH, null, Set.of(sp));
        login(coach);
        UI.getCurrent().navigate("inbox");
        InboxView v = view();
        LocatorJ._setValue(v.phase, JourneyPhase.COACHING);
        LocatorJ._setValue(v.scope, InboxFilter.Scope.UNASSIGNED);

        _click(_get(Button.class, spec -> spec.withId("inbox-save")));
        LocatorJ._setValue(
                _get(TextField.class, spec -> spec.withId("inbox-save-name")), "Coachning");
        _click(_get(Button.class, spec -> spec.withId("inbox-save-confirm")));

        LocatorJ._setValue(v.phase, null);
        LocatorJ._setValue(v.scope, InboxFilter.Scope.ALL);
        assertThat(rows()).hasSize(2);
        assertThat(v.saved.getValue()).isNull();

        LocatorJ._setValue(v.saved, "Coachning");
        assertThat(v.phase.getValue()).isEqualTo(JourneyPhase.COACHING);
        assertThat(v.scope.getValue()).isEqualTo(InboxFilter.Scope.UNASSIGNED);
        assertThat(rows()).singleElement().satisfies(t -> assertThat(t.companyId()).isEqualTo(b.id()));

        // a reload keeps it; another coach does not see it
        UI.getCurrent().navigate("journeys");
        UI.getCurrent().navigate("inbox");
        assertThat(view().saved.getListDataView().getItems()).containsExactly("Coachning");
        login(fx.user(Role.COACH, null, Set.of(sp)));
        UI.getCurrent().navigate("inbox");
        assertThat(view().saved.getListDataView().getItems()).isEmpty();
    }

    @Test
    void coachClaimsUnclaimsAndAssignsToAColleague() {
        long sp = fx.subproject();
        CompanyInfo a = fx.company(sp, 10);
        support.startAt(a, JourneyProcess.TASK_ANALYSE_SURVEY, Map.of());
        String coach = fx.user(Role.COACH, null, Set.of(sp));
        String colleague = fx.user(Role.COACH, null, Set.of(sp));
        fx.user(Role.COACH, null, Set.of(fx.subproject()));
        login(coach);
        UI.getCurrent().navigate("inbox");
        String taskId = rows().get(0).taskId();

        _click(rowButton("task-claim-" + taskId));
        assertThat(rows().get(0).assignee()).isEqualTo(coach);
        assertThat(view().scope.getItemLabelGenerator().apply(InboxFilter.Scope.MINE)).endsWith("(1)");
        _click(rowButton("task-unclaim-" + taskId));
        assertThat(rows().get(0).assignee()).isNull();

        _click(rowButton("task-assign-" + taskId));
        @SuppressWarnings("unchecked")
        ComboBox<UserAccount> combo =
                _get(ComboBox.class, spec -> spec.withId("task-assign-coach"));
        assertThat(combo.getListDataView().getItems().map(UserAccount::username).toList())
                .containsExactlyInAnyOrder(coach, colleague);
        LocatorJ._setValue(combo, userService.findAccount(colleague).orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("task-assign-confirm")));

        assertThat(rows().get(0).assignee()).isEqualTo(colleague);
        assertThat(rowButton("task-claim-" + taskId).isEnabled()).isFalse();
    }

    @Test
    void managerBulkReassignsSelectedRows() {
        long sp = fx.subproject();
        support.startAt(fx.company(sp, 10), JourneyProcess.TASK_ANALYSE_SURVEY, Map.of());
        support.startAt(fx.company(sp, 10), JourneyProcess.TASK_CONDUCT_COACHING, Map.of());
        support.startAt(fx.company(sp, 10), JourneyProcess.TASK_FILL_IN_SURVEY, Map.of(JourneyProcess.Var.SURVEY_RESPONSE_ID, 1L));
        String coach = fx.user(Role.COACH, null, Set.of(sp));
        login(fx.user(Role.MANAGER, null, Set.of(sp)));
        UI.getCurrent().navigate("inbox");
        InboxView v = view();
        assertThat(rows()).hasSize(3);

        rows().stream().filter(t -> "COACH".equals(t.candidateGroup())).forEach(v.grid::select);
        LocatorJ._setValue(v.assignTo, userService.findAccount(coach).orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("inbox-assign")));

        assertThat(rows()).filteredOn(t -> "COACH".equals(t.candidateGroup())).hasSize(2)
                .allSatisfy(t -> assertThat(t.assignee()).isEqualTo(coach));
        assertThat(rows()).filteredOn(t -> "COMPANY".equals(t.candidateGroup())).singleElement()
                .satisfies(t -> assertThat(t.assignee()).isNull());
    }
}
