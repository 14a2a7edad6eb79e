package se.kompetensresan.survey.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.survey.ComparisonChart;
import se.kompetensresan.survey.ProjectComparison;
import se.kompetensresan.survey.SurveyService;

import java.util.List;

/** The project's before/after comparison per area (kartläggning vs uppföljning) for managers and admins. */
@Route("survey/follow-up")
@Menu(order = 5, title = "survey.menu.followup", icon = "vaadin:line-bar-chart")
@RolesAllowed({"MANAGER", "ADMIN"})
class FollowUpView extends VerticalLayout implements HasDynamicTitle {

    private final SurveyService surveys;
    private final Select<ProjectInfo> project = new Select<>();
    private final Paragraph count = new Paragraph();
    private final ComparisonChart chart = new ComparisonChart();

    FollowUpView(SurveyService surveys, ProjectService projects) {
        this.surveys = surveys;
        setId("followup");
        setMaxWidth("60em");
        setWidthFull();
        H1 title = new H1(getTranslation("survey.followup.title"));
        Paragraph intro = new Paragraph(getTranslation("survey.followup.intro"));
        intro.addClassName("survey-hint");
        project.setId("followup-project");
        project.setLabel(getTranslation("survey.followup.project"));
        project.setItemLabelGenerator(ProjectInfo::name);
        List<ProjectInfo> visible = projects.visibleProjects();
        project.setItems(visible);
        project.addValueChangeListener(e -> show());
        count.setId("followup-count");
        chart.setId("followup-chart");
        add(title, intro, project, count, chart);
        if (!visible.isEmpty()) {
            project.setValue(visible.get(0));
        } else {
            show();
        }
    }

    private void show() {
        ProjectInfo p = project.getValue();
        ProjectComparison c = p == null ? new ProjectComparison(0, 0, List.of()) : surveys.projectComparison(p.id());
        count.setText(getTranslation("survey.followup.count", c.companies()));
        chart.setAverages(c);
        chart.setVisible(c.companies() > 0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.followup.title");
    }
}
