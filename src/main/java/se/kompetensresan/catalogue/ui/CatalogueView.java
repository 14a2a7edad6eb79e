package se.kompetensresan.catalogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.router.RouterLink;
import se.kompetensresan.catalogue.CatalogueService;
import se.kompetensresan.catalogue.CourseDateService;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.catalogue.TrainingCourseInfo;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.shared.CompetenceAreas;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The training catalogue (utbildningskatalog) of the user's projects and the shared courses: search and filter by
 * competence area; admins and managers add, edit, deactivate and reactivate courses and add course dates to open
 * courses (the dates' overview is linked from here), coaches read.
 */
@Route("catalogue")
@Menu(order = 7, title = "catalogue.menu.catalogue", icon = "vaadin:book")
@RolesAllowed({"ADMIN", "MANAGER", "COACH"})
class CatalogueView extends VerticalLayout implements HasDynamicTitle {

    private final CatalogueService catalogue;
    private final CourseDateService courseDates;
    private final List<ProjectInfo> myProjects;
    private final Map<Long, String> projectNames;
    private final boolean editor;
    private final TextField search = new TextField();
    private final ComboBox<String> area = new ComboBox<>();
    private final Checkbox showInactive = new Checkbox();
    private final Grid<TrainingCourseInfo> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    CatalogueView(CatalogueService catalogue, CourseDateService courseDates, ProjectService projects,
                  CurrentUser currentUser) {
        this.catalogue = catalogue;
        this.courseDates = courseDates;
        Role role = currentUser.require().role();
        this.editor = role == Role.ADMIN || role == Role.MANAGER;
        this.myProjects = projects.visibleProjects();
        this.projectNames = projects.allProjects().stream().collect(Collectors.toMap(ProjectInfo::id, ProjectInfo::name));
        setId("catalogue-view");
        setMaxWidth("1200px");

        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("catalogue.title")));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        if (editor) {
            Button add = new Button(getTranslation("catalogue.course.new"), VaadinIcon.PLUS.create(),
                    e -> new CourseDialog(catalogue, myProjects, projectNames, null, this::refresh).open());
            add.setId("catalogue-new");
            header.add(add);
        }
        add(header);
        if (editor) {
            RouterLink dates = new RouterLink(getTranslation("catalogue.dates.link"), CourseDatesView.class);
            dates.setId("catalogue-dates-link");
            add(dates);
        }

        search.setId("catalogue-search");
        search.setPlaceholder(getTranslation("catalogue.search"));
        search.setAriaLabel(getTranslation("catalogue.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        area.setId("catalogue-area");
        area.setPlaceholder(getTranslation("catalogue.allAreas"));
        area.setAriaLabel(getTranslation("catalogue.course.area"));
        area.setItems(CompetenceAreas.ALL);
        area.setItemLabelGenerator(this::areaName);
        area.setClearButtonVisible(true);
        area.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, area);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (editor) {
            showInactive.setId("catalogue-show-inactive");
            showInactive.setLabel(getTranslation("catalogue.showInactive"));
            showInactive.addValueChangeListener(e -> refresh());
            filters.add(showInactive);
        }
        add(filters);

        grid.setId("catalogue-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(TrainingCourseInfo::name).setHeader(getTranslation("catalogue.course.name")).setFlexGrow(3).setSortable(true);
        grid.addColumn(TrainingCourseInfo::provider).setHeader(getTranslation("catalogue.course.provider")).setFlexGrow(2).setSortable(true);
        grid.addColumn(c -> areaName(c.areaCode())).setHeader(getTranslation("catalogue.course.area")).setFlexGrow(2).setSortable(true);
        // kind and delivery in one column, hours and price in another: ten columns did not fit 1280 px
        grid.addColumn(c -> getTranslation("catalogue.kindAndDelivery", getTranslation("catalogue.kind." + c.kind().name()),
                        getTranslation("catalogue.delivery." + c.delivery().name())))
                .setHeader(getTranslation("catalogue.course.kind")).setFlexGrow(2).setSortable(true);
        grid.addColumn(this::projectsOf).setHeader(getTranslation("catalogue.course.projects.column")).setFlexGrow(2);
        grid.addColumn(c -> getTranslation("catalogue.procurement." + c.procurement().name())
                        + (c.supplier() == null ? "" : " – " + c.supplier()))
                .setHeader(getTranslation("catalogue.course.procurement")).setFlexGrow(2);
        grid.addColumn(c -> getTranslation("catalogue.hoursAndPrice", c.hoursPerParticipant(), c.pricePerParticipant()))
                .setHeader(getTranslation("catalogue.course.hoursAndPrice")).setFlexGrow(1)
                .setComparator(TrainingCourseInfo::pricePerParticipant);
        if (editor) {
            grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItemDetailsRenderer(new ComponentRenderer<>(c -> {
            Paragraph p = new Paragraph(c.description() == null ? "" : c.description());
            p.setId("course-details-" + c.id());
            return p;
        }));
        empty.setId("catalogue-empty");
        empty.setText(getTranslation("catalogue.empty"));
        add(grid, empty);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.title");
    }

    private HorizontalLayout actions(TrainingCourseInfo c) {
        HorizontalLayout cell = new HorizontalLayout();
        cell.setSpacing(false);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        if (!c.active()) {
            Span inactive = new Span(getTranslation("catalogue.inactive"));
            inactive.getElement().getThemeList().add("badge contrast");
            cell.add(inactive);
        }
        Button edit = new Button(VaadinIcon.EDIT.create(),
                e -> new CourseDialog(catalogue, myProjects, projectNames, c, this::refresh).open());
        edit.setId("course-edit-" + c.id());
        edit.setAriaLabel(getTranslation("catalogue.course.edit"));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        cell.add(edit);
        if (c.open() && c.active()) {
            Button date = new Button(VaadinIcon.CALENDAR.create(),
                    e -> new CourseDateDialog(courseDates, List.of(c), null, () -> { }).open());
            date.setId("course-new-date-" + c.id());
            date.setAriaLabel(getTranslation("catalogue.dates.new"));
            date.setTooltipText(getTranslation("catalogue.dates.new"));
            date.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            cell.add(date);
        }
        Button toggle;
        if (c.active()) {
            toggle = new Button(getTranslation("catalogue.deactivate"), e -> {
                catalogue.setActive(c.id(), false);
                refresh();
            });
            toggle.setId("course-deactivate-" + c.id());
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        } else {
            toggle = new Button(getTranslation("catalogue.activate"), e -> {
                catalogue.setActive(c.id(), true);
                refresh();
            });
            toggle.setId("course-activate-" + c.id());
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        }
        cell.add(toggle);
        return cell;
    }

    private void refresh() {
        var list = catalogue.search(search.getValue(), area.getValue(), editor && showInactive.getValue());
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        empty.setVisible(list.isEmpty());
    }

    private String projectsOf(TrainingCourseInfo c) {
        if (c.shared()) {
            return getTranslation("catalogue.course.projects.shared");
        }
        return c.projectIds().stream().map(id -> projectNames.getOrDefault(id, String.valueOf(id))).sorted()
                .collect(Collectors.joining(", "));
    }

    private String areaName(String code) {
        return code == null ? "" : getTranslation(CompetenceAreas.messageKey(code));
    }
}
