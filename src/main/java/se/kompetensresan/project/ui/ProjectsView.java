package se.kompetensresan.project.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.shared.Geography;

import java.text.NumberFormat;
import java.util.stream.Collectors;

/** Projects and their delprojekt with the targets the funder follows. */
@Route("projects")
@Menu(order = 5, title = "project.menu.projects", icon = "vaadin:briefcase")
@RolesAllowed({"ADMIN", "MANAGER"})
class ProjectsView extends VerticalLayout implements HasDynamicTitle {

    ProjectsView(ProjectService projects, Geography geography) {
        setId("projects-view");
        add(new H2(getTranslation("project.title")));
        NumberFormat sek = NumberFormat.getIntegerInstance(getLocale());
        for (ProjectInfo p : projects.visibleProjects()) {
            Div card = new Div();
            card.addClassName("project-card");
            card.add(new H3(p.name()));
            card.add(line("project.owner", p.ownerOrganisation()));
            if (p.caseNumber() != null) {
                card.add(line("project.caseNumber", p.caseNumber()));
            }
            card.add(line("project.period", p.startDate() + " – " + p.endDate()));
            card.add(line("project.budget", sek.format(p.budget()) + " kr"));
            card.add(line("project.esfSupport", sek.format(p.esfSupport()) + " kr"));
            card.add(line("project.plannedParticipants", String.valueOf(p.plannedParticipants())));
            card.add(line("project.plannedWomen", p.plannedWomenPercent() + " %"));
            card.add(line("project.unitCost", sek.format(p.unitCostPerHour()) + " kr"));
            Grid<SubprojectInfo> subs = new Grid<>();
            subs.addColumn(SubprojectInfo::name).setHeader(getTranslation("project.subproject")).setAutoWidth(true);
            subs.addColumn(SubprojectInfo::ownerOrganisation).setHeader(getTranslation("project.owner")).setAutoWidth(true);
            subs.addColumn(s -> s.municipalityCodes().stream()
                            .map(c -> geography.municipality(c).map(Geography.Municipality::name).orElse(c))
                            .collect(Collectors.joining(", ")))
                    .setHeader(getTranslation("project.area")).setFlexGrow(1);
            subs.addColumn(SubprojectInfo::plannedParticipants).setHeader(getTranslation("project.plannedParticipants"));
            subs.setItems(projects.subprojectsOf(p.id()));
            subs.setAllRowsVisible(true);
            Details details = new Details(getTranslation("project.subprojects"), subs);
            details.setOpened(true);
            card.add(details);
            add(card);
        }
    }

    private Div line(String key, String value) {
        Span label = new Span(getTranslation(key) + ": ");
        label.addClassName("label");
        return new Div(label, new Span(value == null ? "–" : value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("project.title");
    }
}
