package se.kompetensresan.coaching.ui;

import se.kompetensresan.shared.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import se.kompetensresan.catalogue.TrainingCourseInfo;
import se.kompetensresan.coaching.CoachingService;
import se.kompetensresan.coaching.PlannedActivityInfo;
import se.kompetensresan.coaching.PlannedActivityForm;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.UserMessageException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import com.vaadin.flow.component.html.Span;

/**
 * Adds or edits one action of the plan, either a course from the training catalogue ("Från katalogen": the
 * course fills title, hours and the estimated cost = participants × price) or free text. The save callback
 * calls the service; its refusals show at the fields.
 */
class ActivityDialog extends Dialog {

    enum Source { CATALOGUE, FREE_TEXT }

    private final RadioButtonGroup<Source> source = new RadioButtonGroup<>();
    private final ComboBox<TrainingCourseInfo> course = new ComboBox<>();
    private final List<TrainingCourseInfo> courses;
    /** True while the dialog itself sets the course (opening an action, re-sorting): nothing is filled in then. */
    private boolean quiet;

    private final ComboBox<String> area = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextField targetGroup = new TextField();
    private final IntegerField participants = new IntegerField();
    private final IntegerField hours = new IntegerField();
    private final DatePicker start = new DatePicker();
    private final BigDecimalField cost = new BigDecimalField();

    /**
     * @param courses the catalogue courses to choose from (the active ones, plus the action's own course when it
     *                has been deactivated since)
     */
    ActivityDialog(PlannedActivityInfo existing, List<TrainingCourseInfo> courses, Consumer<PlannedActivityForm> save) {
        this.courses = List.copyOf(courses);
        setId("activity-dialog");
        setHeaderTitle(getTranslation(existing == null ? "coaching.activity.add" : "coaching.activity.edit"));
        setWidth("min(640px, 95vw)");

        area.setId("activity-area");
        area.setLabel(getTranslation("coaching.activity.area"));
        area.setItems(CompetenceAreas.ALL);
        area.setItemLabelGenerator(code -> CoachingView.areaName(this, code));
        area.setRequiredIndicatorVisible(true);
        area.addValueChangeListener(e -> {
            // propose the area's name as title while the coach has not written one
            if (e.getValue() != null && (title.isEmpty() || title.getValue().equals(CoachingView.areaName(this, e.getOldValue())))) {
                title.setValue(CoachingView.areaName(this, e.getValue()));
            }
            sortCourses();
        });

        source.setId("activity-source");
        source.setLabel(getTranslation("coaching.activity.source"));
        source.setItems(Source.values());
        source.setItemLabelGenerator(s -> getTranslation("coaching.activity.source." + s.name()));
        source.addValueChangeListener(e -> {
            course.setVisible(e.getValue() == Source.CATALOGUE);
            if (e.getValue() != Source.CATALOGUE) {
                course.clear();
            }
        });
        source.setVisible(!this.courses.isEmpty());
        course.setId("activity-course");
        course.setLabel(getTranslation("coaching.activity.course"));
        course.setHelperText(getTranslation("coaching.activity.course.help"));
        course.setItemLabelGenerator(c -> getTranslation("coaching.activity.course.option", c.name(), c.provider(),
                CoachingView.areaName(this, c.areaCode()), c.hoursPerParticipant(), c.pricePerParticipant()));
        course.setClearButtonVisible(true);
        sortCourses();
        course.addValueChangeListener(e -> {
            TrainingCourseInfo c = e.getValue();
            if (c == null || quiet) {
                return;
            }
            title.setValue(c.name());
            if (area.isEmpty()) {
                area.setValue(c.areaCode());
            }
            hours.setValue(c.hoursPerParticipant());
            updateCost();
        });
        participants.addValueChangeListener(e -> updateCost());
        title.setId("activity-title");
        title.setLabel(getTranslation("coaching.activity.title"));
        title.setRequiredIndicatorVisible(true);
        targetGroup.setId("activity-target-group");
        targetGroup.setLabel(getTranslation("coaching.activity.targetGroup"));
        participants.setId("activity-participants");
        participants.setLabel(getTranslation("coaching.activity.participants"));
        participants.setHelperText(getTranslation("coaching.activity.range", 1, CoachingService.MAX_PARTICIPANTS));
        participants.setRequiredIndicatorVisible(true);
        hours.setId("activity-hours");
        hours.setLabel(getTranslation("coaching.activity.hours"));
        hours.setHelperText(getTranslation("coaching.activity.range", 1, CoachingService.MAX_HOURS));
        hours.setRequiredIndicatorVisible(true);
        start.setId("activity-start");
        start.setLabel(getTranslation("coaching.activity.start"));
        cost.setId("activity-cost");
        cost.setLabel(getTranslation("coaching.activity.cost"));
        cost.setSuffixComponent(new Span(getTranslation("coaching.activity.sek")));

        if (existing != null) {
            area.setValue(existing.areaCode());
            title.setValue(existing.title());
            targetGroup.setValue(existing.targetGroup() == null ? "" : existing.targetGroup());
            participants.setValue(existing.participants());
            hours.setValue(existing.hoursPerParticipant());
            start.setValue(existing.plannedStart());
            cost.setValue(existing.estimatedCost());
            source.setValue(existing.fromCatalogue() ? Source.CATALOGUE : Source.FREE_TEXT);
            if (existing.fromCatalogue()) {
                quiet = true;
                this.courses.stream().filter(c -> Objects.equals(c.id(), existing.courseId())).findFirst().ifPresent(course::setValue);
                quiet = false;
            }
        } else {
            source.setValue(this.courses.isEmpty() ? Source.FREE_TEXT : Source.CATALOGUE);
        }

        FieldErrors errors = new FieldErrors(this)
                .on("coaching.error.activity.area", area)
                .on("coaching.error.activity.course", course)
                .on("coaching.error.activity.title", title)
                .on("coaching.error.activity.targetgroup", targetGroup)
                .on("coaching.error.activity.participants", participants)
                .on("coaching.error.activity.hours", hours)
                .on("coaching.error.activity.cost", cost);

        FormLayout form = new FormLayout(area, source, course, title, targetGroup, participants, hours, start, cost);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        form.setColspan(source, 2);
        form.setColspan(course, 2);
        add(form);

        Button ok = new Button(getTranslation("coaching.activity.save"), e -> {
            errors.clear();
            try {
                save.accept(new PlannedActivityForm(existing == null ? null : existing.id(), area.getValue(),
                        title.getValue(), targetGroup.getValue(), participants.getValue(), hours.getValue(),
                        start.getValue(), cost.getValue(), selectedCourseId()));
                close();
            } catch (UserMessageException ex) {
                errors.show(ex);
            }
        });
        ok.setId("activity-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("shared.cancel"), e -> close());
        cancel.setId("activity-cancel");
        getFooter().add(cancel, ok);
    }

    private Long selectedCourseId() {
        return source.getValue() == Source.CATALOGUE && course.getValue() != null ? course.getValue().id() : null;
    }

    /** Participants × the chosen course's price, while a course is chosen. */
    private void updateCost() {
        TrainingCourseInfo c = source.getValue() == Source.CATALOGUE ? course.getValue() : null;
        if (c != null && participants.getValue() != null && participants.getValue() > 0) {
            cost.setValue(c.estimatedCost(participants.getValue()));
        }
    }

    /** The courses of the action's area first, then the others (each group as the catalogue sorts it). */
    private void sortCourses() {
        String code = area.getValue();
        List<TrainingCourseInfo> sorted = new ArrayList<>(courses);
        sorted.sort(Comparator.comparing((TrainingCourseInfo c) -> !c.areaCode().equals(code)));
        TrainingCourseInfo selected = course.getValue();
        quiet = true;
        course.setItems(sorted);
        if (selected != null) {
            course.setValue(selected);
        }
        quiet = false;
    }
}
