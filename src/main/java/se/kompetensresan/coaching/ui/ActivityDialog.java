package se.kompetensresan.coaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import se.kompetensresan.coaching.CoachingService;
import se.kompetensresan.coaching.PlannedActivityInfo;
import se.kompetensresan.coaching.PlannedActivityInput;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.UserMessageException;

import java.util.function.Consumer;

/** Adds or edits one action of the plan. The save callback calls the service; its refusals show at the fields. */
class ActivityDialog extends Dialog {

    private final ComboBox<String> area = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextField targetGroup = new TextField();
    private final IntegerField participants = new IntegerField();
    private final IntegerField hours = new IntegerField();
    private final DatePicker start = new DatePicker();
    private final BigDecimalField cost = new BigDecimalField();

    ActivityDialog(PlannedActivityInfo existing, Consumer<PlannedActivityInput> save) {
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
        });
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
        cost.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("coaching.activity.sek")));

        if (existing != null) {
            area.setValue(existing.areaCode());
            title.setValue(existing.title());
            targetGroup.setValue(existing.targetGroup() == null ? "" : existing.targetGroup());
            participants.setValue(existing.participants());
            hours.setValue(existing.hoursPerParticipant());
            start.setValue(existing.plannedStart());
            cost.setValue(existing.estimatedCost());
        }

        FieldErrors errors = new FieldErrors(this)
                .on("coaching.error.activity.area", area)
                .on("coaching.error.activity.title", title)
                .on("coaching.error.activity.targetgroup", targetGroup)
                .on("coaching.error.activity.participants", participants)
                .on("coaching.error.activity.hours", hours)
                .on("coaching.error.activity.cost", cost);

        FormLayout form = new FormLayout(area, title, targetGroup, participants, hours, start, cost);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        add(form);

        Button ok = new Button(getTranslation("coaching.activity.save"), e -> {
            errors.clear();
            try {
                save.accept(new PlannedActivityInput(existing == null ? null : existing.id(), area.getValue(),
                        title.getValue(), targetGroup.getValue(), participants.getValue(), hours.getValue(),
                        start.getValue(), cost.getValue()));
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
}
