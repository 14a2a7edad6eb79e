package se.kompetensresan.catalogue.ui;

import se.kompetensresan.shared.ui.FieldErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import se.kompetensresan.catalogue.CatalogueService;
import se.kompetensresan.catalogue.CourseDelivery;
import se.kompetensresan.catalogue.CourseForm;
import se.kompetensresan.catalogue.CourseKind;
import se.kompetensresan.catalogue.ProcurementStatus;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.catalogue.TrainingCourseInfo;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.UserMessageException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Adds or edits a catalogue course. The service's refusals show beside their field; what was typed stays. */
class CourseDialog extends Dialog {

    private final TextField name = new TextField();
    private final TextField provider = new TextField();
    private final ComboBox<String> area = new ComboBox<>();
    private final ComboBox<CourseDelivery> delivery = new ComboBox<>();
    private final IntegerField hours = new IntegerField();
    private final BigDecimalField price = new BigDecimalField();
    private final TextArea description = new TextArea();
    private final RadioButtonGroup<CourseKind> kind = new RadioButtonGroup<>();
    private final ComboBox<ProcurementStatus> procurement = new ComboBox<>();
    private final TextField supplier = new TextField();
    private final MultiSelectComboBox<ProjectInfo> projects = new MultiSelectComboBox<>();
    private final FieldErrors errors = new FieldErrors(this);

    /**
     * {@code choosable}: the projects the user works in; a course's other projects (a manager's course shared with
     * a project they do not work in) are shown and kept.
     */
    CourseDialog(CatalogueService catalogue, List<ProjectInfo> choosable, Map<Long, String> projectNames,
                 TrainingCourseInfo existing, Runnable saved) {
        setId("course-dialog");
        setHeaderTitle(getTranslation(existing == null ? "catalogue.course.new" : "catalogue.course.edit"));
        setWidth("min(720px, 95vw)");

        name.setId("course-name");
        name.setLabel(getTranslation("catalogue.course.name"));
        name.setRequiredIndicatorVisible(true);
        provider.setId("course-provider");
        provider.setLabel(getTranslation("catalogue.course.provider"));
        provider.setRequiredIndicatorVisible(true);
        area.setId("course-area");
        area.setLabel(getTranslation("catalogue.course.area"));
        area.setItems(CompetenceAreas.ALL);
        area.setItemLabelGenerator(code -> getTranslation(CompetenceAreas.messageKey(code)));
        area.setRequiredIndicatorVisible(true);
        delivery.setId("course-delivery");
        delivery.setLabel(getTranslation("catalogue.course.delivery"));
        delivery.setItems(List.of(CourseDelivery.values()));
        delivery.setItemLabelGenerator(d -> getTranslation("catalogue.delivery." + d.name()));
        delivery.setRequiredIndicatorVisible(true);
        hours.setId("course-hours");
        hours.setLabel(getTranslation("catalogue.course.hours"));
        hours.setHelperText(getTranslation("catalogue.course.range", 1, CatalogueService.MAX_HOURS));
        hours.setRequiredIndicatorVisible(true);
        price.setId("course-price");
        price.setLabel(getTranslation("catalogue.course.price"));
        price.setSuffixComponent(new Span(getTranslation("catalogue.sek")));
        price.setRequiredIndicatorVisible(true);
        description.setId("course-description");
        description.setLabel(getTranslation("catalogue.course.description"));
        description.setMinHeight("6em");
        kind.setId("course-kind");
        kind.setLabel(getTranslation("catalogue.course.kind"));
        kind.setItems(CourseKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("catalogue.kind." + k.name()));
        kind.setRequiredIndicatorVisible(true);
        kind.addValueChangeListener(e -> kind.setHelperText(e.getValue() == null ? null
                : getTranslation("catalogue.kind.help." + e.getValue().name())));
        procurement.setId("course-procurement");
        procurement.setLabel(getTranslation("catalogue.course.procurement"));
        procurement.setItems(ProcurementStatus.values());
        procurement.setItemLabelGenerator(p -> getTranslation("catalogue.procurement." + p.name()));
        procurement.setRequiredIndicatorVisible(true);
        supplier.setId("course-supplier");
        supplier.setLabel(getTranslation("catalogue.course.supplier"));
        supplier.setHelperText(getTranslation("catalogue.course.supplier.help"));
        projects.setId("course-projects");
        projects.setLabel(getTranslation("catalogue.course.projects"));
        projects.setHelperText(getTranslation("catalogue.course.projects.help"));
        List<ProjectInfo> items = new java.util.ArrayList<>(choosable);
        if (existing != null) {
            for (long id : existing.projectIds()) {
                if (items.stream().noneMatch(p -> p.id() == id)) {
                    // another project's share of the course: shown by name, kept
                    items.add(new ProjectInfo(id, projectNames.getOrDefault(id, String.valueOf(id)), null, null, null,
                            null, null, null, 0, 0, null, 0));
                }
            }
        }
        projects.setItems(items);
        projects.setItemLabelGenerator(ProjectInfo::name);

        if (existing != null) {
            name.setValue(existing.name());
            provider.setValue(existing.provider());
            area.setValue(existing.areaCode());
            delivery.setValue(existing.delivery());
            hours.setValue(existing.hoursPerParticipant());
            price.setValue(existing.pricePerParticipant());
            description.setValue(existing.description() == null ? "" : existing.description());
            kind.setValue(existing.kind());
            procurement.setValue(existing.procurement());
            supplier.setValue(existing.supplier() == null ? "" : existing.supplier());
            projects.setValue(items.stream().filter(p -> existing.projectIds().contains(p.id())).collect(Collectors.toSet()));
        } else {
            delivery.setValue(CourseDelivery.CLASSROOM);
            kind.setValue(CourseKind.COMPANY_SPECIFIC);
            procurement.setValue(ProcurementStatus.TO_BE_PROCURED);
        }

        errors.on("catalogue.error.name", name);
        errors.on("catalogue.error.provider", provider);
        errors.on("catalogue.error.area", area);
        errors.on("catalogue.error.delivery", delivery);
        errors.on("catalogue.error.hours", hours);
        errors.on("catalogue.error.price", price);
        errors.on("catalogue.error.description", description);
        errors.on("catalogue.error.kind", kind);
        errors.on("catalogue.error.procurement", procurement);
        errors.on("catalogue.error.supplier", supplier);
        errors.on("catalogue.error.projects", projects);

        FormLayout form = new FormLayout(name, provider, area, delivery, hours, price, kind, projects, procurement,
                supplier, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        form.setColspan(name, 2);
        form.setColspan(description, 2);
        add(form);

        Button save = new Button(getTranslation("catalogue.course.save"), e -> {
            if (!errors.run(() -> catalogue.save(new CourseForm(existing == null ? null : existing.id(), name.getValue(),
                    provider.getValue(), area.getValue(), description.getValue(), hours.getValue(), price.getValue(),
                    delivery.getValue(), kind.getValue(), procurement.getValue(), supplier.getValue(),
                    projects.getValue().stream().map(ProjectInfo::id).collect(Collectors.toSet()))))) {
                return;
            }
            close();
            saved.run();
        });
        save.setId("course-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("shared.cancel"), e -> close());
        cancel.setId("course-cancel");
        getFooter().add(cancel, save);
    }
}
