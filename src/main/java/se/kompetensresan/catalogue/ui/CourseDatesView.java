package se.kompetensresan.catalogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.catalogue.CatalogueService;
import se.kompetensresan.catalogue.CatalogueSettings;
import se.kompetensresan.catalogue.CourseDateInfo;
import se.kompetensresan.catalogue.CourseDateService;
import se.kompetensresan.catalogue.TrainingCourseInfo;

import java.util.List;

/**
 * The managers' overview of the open courses' dates (kurstillfällen) of their projects and the shared courses:
 * booked seats against the minimum and maximum, and a flag on the dates that start within the warning weeks with
 * fewer booked than the minimum. Managers and admins add and change dates here.
 */
@Route("catalogue/dates")
@Menu(order = 7.5, title = "catalogue.dates.menu", icon = "vaadin:calendar-clock")
@RolesAllowed({"ADMIN", "MANAGER"})
class CourseDatesView extends VerticalLayout implements HasDynamicTitle {

    private final CourseDateService courseDates;
    private final CatalogueService catalogue;
    private final Checkbox showEnded = new Checkbox();
    private final Grid<CourseDateInfo> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    CourseDatesView(CourseDateService courseDates, CatalogueService catalogue, CatalogueSettings settings) {
        this.courseDates = courseDates;
        this.catalogue = catalogue;
        setId("course-dates-view");
        setMaxWidth("1200px");

        Button add = new Button(getTranslation("catalogue.dates.new"), VaadinIcon.PLUS.create(),
                e -> new CourseDateDialog(courseDates, openCourses(), null, this::refresh).open());
        add.setId("course-dates-new");
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("catalogue.dates.title")), add);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        add(header);
        Paragraph intro = new Paragraph(getTranslation("catalogue.dates.intro", settings.minimumWarningWeeks()));
        intro.setId("course-dates-intro");
        RouterLink back = new RouterLink(getTranslation("catalogue.title"), CatalogueView.class);
        back.setId("course-dates-catalogue");
        add(intro, back);

        showEnded.setId("course-dates-show-ended");
        showEnded.setLabel(getTranslation("catalogue.dates.showEnded"));
        showEnded.addValueChangeListener(e -> refresh());
        add(showEnded);

        grid.setId("course-dates-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(CourseDateInfo::courseName).setHeader(getTranslation("catalogue.dates.course")).setFlexGrow(3)
                .setSortable(true);
        grid.addColumn(d -> getTranslation("catalogue.dates.whenValue", d.startDate(), d.endDate()))
                .setHeader(getTranslation("catalogue.dates.when")).setAutoWidth(true).setFlexGrow(0)
                .setComparator(CourseDateInfo::startDate);
        grid.addColumn(CourseDateInfo::place).setHeader(getTranslation("catalogue.dates.place")).setFlexGrow(2);
        grid.addColumn(d -> getTranslation("catalogue.dates.bookedValue", d.bookedSeats(), d.minParticipants(),
                d.maxParticipants())).setHeader(getTranslation("catalogue.dates.booked")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CourseDateInfo::companies).setHeader(getTranslation("catalogue.dates.companies"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CourseDateInfo::seatsLeft).setHeader(getTranslation("catalogue.dates.seatsLeft"))
                .setAutoWidth(true).setFlexGrow(0).setSortable(true);
        grid.addComponentColumn(this::flagAndActions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        empty.setId("course-dates-empty");
        empty.setText(getTranslation("catalogue.dates.empty"));
        add(grid, empty);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.dates.title");
    }

    private HorizontalLayout flagAndActions(CourseDateInfo d) {
        HorizontalLayout cell = new HorizontalLayout();
        cell.setSpacing(false);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        if (d.belowMinimumSoon()) {
            Span flag = new Span(getTranslation("catalogue.dates.belowMinimum"));
            flag.setId("course-date-below-minimum-" + d.id());
            flag.getElement().getThemeList().add("badge error");
            cell.add(flag);
        }
        Button edit = new Button(VaadinIcon.EDIT.create(),
                e -> new CourseDateDialog(courseDates, openCourses(), d, this::refresh).open());
        edit.setId("course-date-edit-" + d.id());
        edit.setAriaLabel(getTranslation("catalogue.dates.edit"));
        edit.setTooltipText(getTranslation("catalogue.dates.edit"));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        cell.add(edit);
        return cell;
    }

    private List<TrainingCourseInfo> openCourses() {
        return catalogue.search(null, null, false).stream().filter(TrainingCourseInfo::open).toList();
    }

    private void refresh() {
        List<CourseDateInfo> list = courseDates.overview(showEnded.getValue());
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        empty.setVisible(list.isEmpty());
    }
}
