package se.kompetensresan.training.ui;

import se.kompetensresan.security.RouteIds;
import se.kompetensresan.shared.ui.FieldErrors;
import se.kompetensresan.shared.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.catalogue.CatalogueService;
import se.kompetensresan.catalogue.CourseDateInfo;
import se.kompetensresan.catalogue.CourseDateService;
import se.kompetensresan.catalogue.CourseDelivery;
import com.vaadin.flow.component.combobox.ComboBox;
import se.kompetensresan.catalogue.TrainingCourseInfo;
import se.kompetensresan.coaching.CoachingService;
import se.kompetensresan.coaching.PlannedActivityInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.company.DeMinimisService;
import se.kompetensresan.company.DeMinimisStanding;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.UserMessageException;
import se.kompetensresan.training.TrainingActivityForm;
import se.kompetensresan.training.TrainingService;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coach books the course (insats) for one action of the company's approved plan. When the action is a
 * catalogue course, the form starts from the course: its name, provider and hours (online or on-site delivery
 * also fills the location). An open course is booked on one of its course dates (kurstillfällen): the coach picks
 * one, sees the seats left ("N platser kvar av M"), and the date's dates and place fill the form.
 */
@Route("training/book/:plannedActivityId")
@RolesAllowed({"COACH", "MANAGER", "ADMIN"})
class BookTrainingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CoachingService coaching;
    private final CompanyService companies;
    private final TrainingService training;
    private final CatalogueService catalogue;
    private final CourseDateService courseDates;
    private final DeMinimisService deMinimis;

    private final ComboBox<CourseDateInfo> courseDate = new ComboBox<>();
    private final Paragraph seats = new Paragraph();
    private final Paragraph booked = new Paragraph();
    private final TextField course = new TextField();
    private final TextField provider = new TextField();
    private final TextField location = new TextField();
    private final DatePicker start = new DatePicker();
    private final DatePicker end = new DatePicker();
    private final IntegerField hours = new IntegerField();
    private PlannedActivityInfo planned;

    private final boolean mayAct;

    BookTrainingView(CoachingService coaching, CompanyService companies, TrainingService training,
                     CatalogueService catalogue, CourseDateService courseDates, CurrentUser currentUser,
                     DeMinimisService deMinimis) {
        this.courseDates = courseDates;
        this.deMinimis = deMinimis;
        this.mayAct = currentUser.require().is(Role.COACH);
        this.coaching = coaching;
        this.catalogue = catalogue;
        this.companies = companies;
        this.training = training;
        setId("book-training-view");
        setMaxWidth("900px");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.book.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        planned = coaching.viewPlannedActivity(RouteIds.number(event, "plannedActivityId"));
        String company = companies.get(planned.companyId()).name();
        removeAll();
        add(new H1(getTranslation("training.book.title")));
        Paragraph what = new Paragraph(getTranslation("training.book.intro", company, planned.title(),
                getTranslation(CompetenceAreas.messageKey(planned.areaCode())), planned.participants()));
        what.setId("training-planned");
        add(what);
        if (!mayAct) {
            add(se.kompetensresan.shared.ui.ReadOnlyNotice.of(getTranslation("training.readOnly.book")));
        }
        if (training.activityIdFor(planned.id()).isPresent()) {
            Paragraph booked = new Paragraph(getTranslation("training.error.alreadyBooked"));
            booked.setId("training-already-booked");
            add(booked);
            return;
        }
        course.setId("training-course");
        course.setLabel(getTranslation("training.course"));
        course.setRequiredIndicatorVisible(true);
        course.setValue(planned.title());
        provider.setId("training-provider");
        provider.setLabel(getTranslation("training.provider"));
        location.setId("training-location");
        location.setLabel(getTranslation("training.location"));
        start.setId("training-start");
        start.setLabel(getTranslation("training.start"));
        start.setRequiredIndicatorVisible(true);
        start.setValue(planned.plannedStart());
        end.setId("training-end");
        end.setLabel(getTranslation("training.end"));
        end.setRequiredIndicatorVisible(true);
        end.setValue(planned.plannedStart());
        start.addValueChangeListener(e -> {
            end.setMin(e.getValue());
            if (e.getValue() != null && (end.isEmpty() || end.getValue().isBefore(e.getValue()))) {
                end.setValue(e.getValue());
            }
        });
        hours.setId("training-hours");
        hours.setLabel(getTranslation("training.hours"));
        hours.setHelperText(getTranslation("training.hours.help", 1, TrainingService.MAX_HOURS));
        hours.setRequiredIndicatorVisible(true);
        hours.setValue(planned.hoursPerParticipant());
        TrainingCourseInfo fromCatalogue = planned.courseId() == null ? null : catalogue.find(planned.courseId()).orElse(null);
        if (fromCatalogue != null) {
            course.setValue(fromCatalogue.name());
            provider.setValue(fromCatalogue.provider());
            hours.setValue(Math.min(fromCatalogue.hoursPerParticipant(), TrainingService.MAX_HOURS));
            if (fromCatalogue.delivery() != CourseDelivery.CLASSROOM) {
                location.setValue(getTranslation("training.book.location." + fromCatalogue.delivery().name()));
            }
            Paragraph about = new Paragraph(getTranslation("training.book.fromCatalogue", fromCatalogue.name(),
                    fromCatalogue.provider(), getTranslation("catalogue.delivery." + fromCatalogue.delivery().name())));
            about.setId("training-catalogue-course");
            add(about);
            if (fromCatalogue.description() != null) {
                Paragraph description = new Paragraph(fromCatalogue.description());
                description.setId("training-course-description");
                add(description);
            }
        }

        // de minimis: warn near the cap; over it the booking is refused beside the course field
        DeMinimisStanding after = deMinimis.standingWith(planned.companyId(), TrainingService.aidValueSek(planned));
        if (after.nearCap()) {
            UserMessageException refusal = DeMinimisService.refusal(after);
            Paragraph warning = new Paragraph(after.overCap() ? getTranslation(refusal.messageKey(), refusal.args())
                    : getTranslation("training.book.deminimis.near", after.totalEur(), after.capEur(), after.headroomEur()));
            warning.setId("training-deminimis-warning");
            warning.getStyle().set("color", after.overCap() ? "var(--lumo-error-text-color)" : "var(--lumo-warning-text-color, #8a6100)");
            add(warning);
        }

        FormLayout form = new FormLayout(course, provider, location, start, end, hours);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        form.setColspan(course, 3);
        if (fromCatalogue != null && fromCatalogue.open()) {
            openCourseDates(fromCatalogue, form);
        }
        Button book = new Button(getTranslation("training.book.submit"), e -> book());
        book.setId("training-book");
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, book);
        for (var f : java.util.List.of(course, provider, location)) {
            f.setReadOnly(!mayAct);
        }
        start.setReadOnly(!mayAct);
        end.setReadOnly(!mayAct);
        hours.setReadOnly(!mayAct);
        courseDate.setReadOnly(!mayAct);
        book.setVisible(mayAct);
    }

    /** The course date field of an open course: its dates with the seats left; a chosen date fills dates and place. */
    private void openCourseDates(TrainingCourseInfo open, FormLayout form) {
        List<CourseDateInfo> dates = courseDates.datesOf(open.id());
        courseDate.setId("training-course-date");
        courseDate.setLabel(getTranslation("training.courseDate"));
        courseDate.setHelperText(getTranslation(dates.isEmpty() ? "training.courseDate.none" : "training.courseDate.help"));
        courseDate.setRequiredIndicatorVisible(true);
        courseDate.setItems(dates);
        courseDate.setItemLabelGenerator(d -> getTranslation("training.courseDate.label", d.startDate(), d.endDate(),
                d.place(), seatsLeft(d)));
        seats.setId("training-seats");
        seats.setText(getTranslation("training.seats.booking", planned.participants()));
        courseDate.addValueChangeListener(e -> {
            CourseDateInfo d = e.getValue();
            start.setReadOnly(d != null || !mayAct);
            end.setReadOnly(d != null || !mayAct);
            if (d != null) {
                start.setValue(d.startDate());
                end.setValue(d.endDate());
                location.setValue(d.place());
                seats.setText(seatsLeft(d) + ". " + getTranslation("training.seats.booking", planned.participants()));
            } else {
                seats.setText(getTranslation("training.seats.booking", planned.participants()));
            }
            showBooked(d);
        });
        booked.setId("training-course-date-booked");
        booked.setVisible(false);
        form.addComponentAtIndex(1, courseDate);
        form.setColspan(courseDate, 3);
        form.addComponentAtIndex(2, seats);
        form.setColspan(seats, 3);
        form.addComponentAtIndex(3, booked);
        form.setColspan(booked, 3);
    }

    /** The companies booked on the course date that this user may see (others' bookings are only counted in the seats). */
    private void showBooked(CourseDateInfo d) {
        List<String> names = d == null ? List.of() : training.activitiesOnCourseDate(d.id()).stream()
                .map(a -> companies.get(a.companyId()).name()).distinct().sorted().toList();
        booked.setVisible(!names.isEmpty());
        booked.setText(names.isEmpty() ? "" : getTranslation("training.courseDate.booked", String.join(", ", names)));
    }

    private String seatsLeft(CourseDateInfo d) {
        return getTranslation("catalogue.seats.left", d.seatsLeft(), d.maxParticipants());
    }

    private void book() {
        FieldErrors errors = new FieldErrors(this).on("training.error.courseDate", courseDate)
                .on("catalogue.error.seats", courseDate).on("training.error.course", course)
                .on("company.deminimis", course)
                .on("training.error.provider", provider).on("training.error.location", location)
                .on("training.error.start", start).on("training.error.end", end).on("training.error.hours", hours);
        if (!errors.run(() -> training.bookActivity(planned.id(), new TrainingActivityForm(course.getValue(),
                provider.getValue(), location.getValue(), start.getValue(), end.getValue(), hours.getValue(),
                courseDate.getValue() == null ? null : courseDate.getValue().id())))) {
            refreshSeats();
            return;
        }
        Notices.success(getTranslation("training.book.done"));
        UI.getCurrent().navigate("inbox");
    }

    /** After a refusal: the seats as they are now (another coach may just have taken some). */
    private void refreshSeats() {
        if (courseDate.getId().isEmpty() || planned.courseId() == null) {
            return;
        }
        CourseDateInfo chosen = courseDate.getValue();
        List<CourseDateInfo> dates = courseDates.datesOf(planned.courseId());
        String message = courseDate.getErrorMessage();
        boolean invalid = courseDate.isInvalid();
        courseDate.setItems(dates);
        if (chosen != null) {
            dates.stream().filter(d -> d.id() == chosen.id()).findFirst().ifPresent(courseDate::setValue);
        }
        courseDate.setErrorMessage(message);
        courseDate.setInvalid(invalid);
    }
}
