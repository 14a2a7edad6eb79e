package se.kompetensresan.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.project.ProjectForm;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.Geography;

import java.text.NumberFormat;
import java.util.stream.Collectors;

/** Projects and their delprojekt with the targets the funder follows. */
@Route("projects")
@Menu(order = 5, title = "project.menu.projects", icon = "vaadin:briefcase")
@RolesAllowed({"ADMIN", "MANAGER"})
class ProjectsView extends VerticalLayout implements HasDynamicTitle {

    private final ProjectService projects;
    private final Geography geography;
    private final UserService users;
    private final CurrentUser currentUser;

    ProjectsView(ProjectService projects, Geography geography, UserService users, CurrentUser currentUser) {
        this.projects = projects;
        this.geography = geography;
        this.users = users;
        this.currentUser = currentUser;
        setId("projects-view");
        render();
    }

    private void render() {
        removeAll();
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("project.title")));
        header.setAlignItems(Alignment.BASELINE);
        if (currentUser.require().is(Role.ADMIN)) {
            Button create = new Button(getTranslation("project.edit.new"), VaadinIcon.PLUS.create(),
                    e -> new ProjectDialog(projects, null, this::render).open());
            create.setId("project-new");
            header.add(create);
        }
        add(header);
        NumberFormat sek = NumberFormat.getIntegerInstance(getLocale());
        for (ProjectInfo p : projects.visibleProjects()) {
            Div card = new Div();
            card.addClassName("project-card");
            Button edit = new Button(getTranslation("project.edit.button"), VaadinIcon.EDIT.create(),
                    e -> new ProjectDialog(projects, projects.form(p.id()), this::render).open());
            edit.setId("project-edit-" + p.id());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button addSub = new Button(getTranslation("project.sub.new"), VaadinIcon.PLUS.create(),
                    e -> new SubprojectDialog(projects, users, geography, p.id(), null, this::render).open());
            addSub.setId("subproject-new-" + p.id());
            addSub.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout title = new HorizontalLayout(new H3(p.name()), edit, addSub);
            title.setAlignItems(Alignment.BASELINE);
            title.setWrap(true);
            card.add(title);
            card.add(line("project.owner", p.ownerOrganisation()));
            if (p.caseNumber() != null) {
                card.add(line("project.caseNumber", p.caseNumber()));
            }
            card.add(line("project.period", p.startDate() + " – " + p.endDate()));
            card.add(line("project.budget", sek.format(p.budget()) + " kr"));
            card.add(line("project.esfSupport", sek.format(p.esfSupport()) + " kr"));
            ProjectForm form = projects.form(p.id());
            Div rate = line("project.coFinancing", form.coFinancingPercent() + " %");
            rate.setId("project-co-financing-" + p.id());
            ProjectForm.coFinancingHint(form.budget(), form.esfSupport(), form.coFinancingPercent()).ifPresent(r -> {
                NumberFormat nf = NumberFormat.getNumberInstance(getLocale());
                nf.setMaximumFractionDigits(1);
                Span hint = new Span(" · " + getTranslation("project.coFinancing.implied", nf.format(r)));
                hint.setId("project-co-financing-hint-" + p.id());
                hint.getStyle().set("color", "var(--lumo-warning-text-color)").set("font-weight", "600");
                rate.add(hint);
            });
            card.add(rate);
            card.add(line("project.plannedParticipants", String.valueOf(p.plannedParticipants())));
            card.add(line("project.plannedWomen", p.plannedWomenPercent() + " %"));
            card.add(line("project.unitCost", sek.format(p.unitCostPerHour()) + " kr"));
            Div sectors = line("project.field.extraSectors", form.extraSectors().isEmpty()
                    ? getTranslation("project.sectors.none") : form.extraSectors());
            sectors.setId("project-extra-sectors-" + p.id());
            card.add(sectors);
            Grid<SubprojectInfo> subs = new Grid<>();
            subs.addColumn(SubprojectInfo::name).setHeader(getTranslation("project.subproject")).setAutoWidth(true);
            subs.addColumn(SubprojectInfo::ownerOrganisation).setHeader(getTranslation("project.owner")).setAutoWidth(true);
            subs.addColumn(s -> s.municipalityCodes().stream()
                            .map(c -> geography.municipality(c).map(Geography.Municipality::name).orElse(c))
                            .collect(Collectors.joining(", ")))
                    .setHeader(getTranslation("project.area")).setFlexGrow(1);
            subs.addColumn(SubprojectInfo::plannedParticipants).setHeader(getTranslation("project.plannedParticipants"));
            subs.addComponentColumn(s -> {
                Button b = new Button(VaadinIcon.EDIT.create(), e -> new SubprojectDialog(projects, users, geography,
                        p.id(), projects.subprojectForm(s.id()), this::render).open());
                b.setId("subproject-edit-" + s.id());
                b.setAriaLabel(getTranslation("project.sub.title") + " " + s.name());
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                return b;
            }).setAutoWidth(true).setFlexGrow(0);
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
