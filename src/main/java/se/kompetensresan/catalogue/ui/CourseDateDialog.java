package se.kompetensresan.catalogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import se.kompetensresan.catalogue.CourseDateForm;
import se.kompetensresan.catalogue.CourseDateInfo;
import se.kompetensresan.catalogue.CourseDateService;
import se.kompetensresan.catalogue.TrainingCourseInfo;
import se.kompetensresan.shared.UserMessageException;
import se.kompetensresan.shared.ui.FieldErrors;
import se.kompetensresan.shared.ui.Notices;

import java.util.List;

/**
 * Adds or changes a course date (kurstillfälle) of an open course. The service's refusals show beside their field;
 * what was typed stays.
 */
class CourseDateDialog extends Dialog {

    private final ComboBox<TrainingCourseInfo> course = new ComboBox<>();
    private final DatePicker start = new DatePicker();
    private final DatePicker end = new DatePicker();
    private final TextField place = new TextField();
    private final IntegerField min = new IntegerField();
    private final IntegerField max = new IntegerField();

    /** {@code openCourses}: the courses to choose from (one: fixed); {@code existing} null for a new date. */
    CourseDateDialog(CourseDateService courseDates, List<TrainingCourseInfo> openCourses, CourseDateInfo existing,
                     Runnable saved) {
        setId("course-date-dialog");
        setHeaderTitle(getTranslation(existing == null ? "catalogue.dates.new" : "catalogue.dates.edit"));
        setWidth("min(640px, 95vw)");

        course.setId("course-date-course");
        course.setLabel(getTranslation("catalogue.dates.course"));
        course.setItems(openCourses);
        course.setItemLabelGenerator(TrainingCourseInfo::name);
        course.setRequiredIndicatorVisible(true);
        start.setId("course-date-start");
        start.setLabel(getTranslation("catalogue.dates.start"));
        start.setRequiredIndicatorVisible(true);
        end.setId("course-date-end");
        end.setLabel(getTranslation("catalogue.dates.end"));
        end.setRequiredIndicatorVisible(true);
        start.addValueChangeListener(e -> {
            if (e.getValue() != null && end.isEmpty()) {
                end.setValue(e.getValue());
            }
        });
        place.setId("course-date-place");
        place.setLabel(getTranslation("catalogue.dates.place"));
        place.setRequiredIndicatorVisible(true);
        min.setId("course-date-min");
        min.setLabel(getTranslation("catalogue.dates.min"));
        min.setHelperText(getTranslation("catalogue.course.range", 1, CourseDateService.MAX_PARTICIPANTS));
        min.setRequiredIndicatorVisible(true);
        max.setId("course-date-max");
        max.setLabel(getTranslation("catalogue.dates.max"));
        max.setHelperText(getTranslation("catalogue.course.range", 1, CourseDateService.MAX_PARTICIPANTS));
        max.setRequiredIndicatorVisible(true);

        if (existing != null) {
            openCourses.stream().filter(c -> c.id() == existing.courseId()).findFirst().ifPresent(course::setValue);
            start.setValue(existing.startDate());
            end.setValue(existing.endDate());
            place.setValue(existing.place());
            min.setValue(existing.minParticipants());
            max.setValue(existing.maxParticipants());
        } else if (openCourses.size() == 1) {
            course.setValue(openCourses.get(0));
        }
        course.setReadOnly(existing != null || openCourses.size() == 1);

        FieldErrors errors = new FieldErrors(this).on("catalogue.error.course", course)
                .on("catalogue.error.start", start).on("catalogue.error.end", end).on("catalogue.error.place", place)
                .on("catalogue.error.min", min).on("catalogue.error.max", max);
        FormLayout form = new FormLayout(course, start, end, place, min, max);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("420px", 2));
        form.setColspan(course, 2);
        form.setColspan(place, 2);
        add(form);

        Button save = new Button(getTranslation("catalogue.dates.save"), e -> {
            if (course.getValue() == null) {
                errors.show(new UserMessageException("catalogue.error.course.required"));
                return;
            }
            if (!errors.run(() -> courseDates.save(new CourseDateForm(existing == null ? null : existing.id(),
                    course.getValue().id(), start.getValue(), end.getValue(), place.getValue(), min.getValue(),
                    max.getValue())))) {
                return;
            }
            Notices.success(getTranslation("catalogue.dates.saved"));
            close();
            saved.run();
        });
        save.setId("course-date-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("shared.cancel"), e -> close());
        cancel.setId("course-date-cancel");
        getFooter().add(cancel, save);
    }
}
