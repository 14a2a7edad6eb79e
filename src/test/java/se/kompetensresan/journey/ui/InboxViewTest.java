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
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.journey.JourneyProcess;
import se.kompetensresan.journey.JourneyService;
import se.kompetensresan.journey.TaskInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

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
        support = new JourneyViewTestSupport(fx, journeys, runtime);
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
        assertThat(_get(Span.class, spec -> spec.withId("inbox-count")).getText()).isEqualTo("1 uppgifter");
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

        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(Grid.class, spec -> spec.withId("inbox-grid"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("inbox-empty")).isVisible()).isTrue();
    }
}
