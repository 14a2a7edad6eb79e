package se.kompetensresan.project.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectForm;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.Geography;
import se.kompetensresan.shared.UserMessageException;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates or edits a delprojekt: its owner, the municipalities it covers (a county can be added whole), its
 * targets, and its coaches and managers.
 */
class SubprojectDialog extends Dialog {

    private final TextField name = new TextField();
    private final TextField owner = new TextField();
    private final MultiSelectComboBox<Geography.Municipality> municipalities = new MultiSelectComboBox<>();
    private final Select<Geography.County> addCounty = new Select<>();
    private final IntegerField participants = new IntegerField();
    private final IntegerField women = new IntegerField();
    private final MultiSelectComboBox<UserAccount> coaches = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<UserAccount> managers = new MultiSelectComboBox<>();
    private final Span formError = new Span();

    SubprojectDialog(ProjectService service, UserService users, Geography geography, long projectId,
                     SubprojectForm existing, Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "project.sub.new" : "project.sub.title"));
        setId("subproject-dialog");
        name.setLabel(getTranslation("project.field.name"));
        name.setId("subproject-name");
        owner.setLabel(getTranslation("project.owner"));
        owner.setId("subproject-owner");
        municipalities.setLabel(getTranslation("project.area"));
        municipalities.setId("subproject-municipalities");
        municipalities.setItems(geography.municipalities());
        municipalities.setItemLabelGenerator(m -> m.name() + " (" + geography.county(m.countyCode()).map(Geography.County::name).orElse("") + ")");
        addCounty.setLabel(getTranslation("project.sub.addCounty"));
        addCounty.setId("subproject-add-county");
        addCounty.setItems(geography.counties());
        addCounty.setItemLabelGenerator(Geography.County::name);
        addCounty.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                Set<Geography.Municipality> chosen = new HashSet<>(municipalities.getValue());
                geography.municipalities().stream().filter(m -> m.countyCode().equals(e.getValue().code())).forEach(chosen::add);
                municipalities.setValue(chosen);
            }
        });
        participants.setLabel(getTranslation("project.plannedParticipants"));
        participants.setId("subproject-participants");
        women.setLabel(getTranslation("project.plannedWomen"));
        women.setId("subproject-women");
        List<UserAccount> allCoaches = users.byRole(Role.COACH);
        List<UserAccount> allManagers = users.byRole(Role.MANAGER);
        coaches.setLabel(getTranslation("project.sub.coaches"));
        coaches.setId("subproject-coaches");
        coaches.setItems(allCoaches);
        coaches.setItemLabelGenerator(UserAccount::label);
        managers.setLabel(getTranslation("project.sub.managers"));
        managers.setId("subproject-managers");
        managers.setItems(allManagers);
        managers.setItemLabelGenerator(UserAccount::label);
        formError.addClassName("form-error");
        formError.setId("subproject-form-error");
        if (existing != null) {
            name.setValue(existing.name());
            owner.setValue(existing.ownerOrganisation() == null ? "" : existing.ownerOrganisation());
            Set<Geography.Municipality> chosen = new HashSet<>();
            existing.municipalityCodes().forEach(c -> geography.municipality(c).ifPresent(chosen::add));
            municipalities.setValue(chosen);
            participants.setValue(existing.plannedParticipants());
            women.setValue(existing.plannedWomenPercent());
            coaches.setValue(new HashSet<>(allCoaches.stream().filter(u -> existing.coachIds().contains(u.id())).toList()));
            managers.setValue(new HashSet<>(allManagers.stream().filter(u -> existing.managerIds().contains(u.id())).toList()));
        } else {
            participants.setValue(0);
            women.setValue(0);
        }
        FormLayout form = new FormLayout(name, owner, municipalities, addCounty, participants, women, coaches, managers);
        form.setColspan(municipalities, 2);
        add(form, formError);

        Button save = new Button(getTranslation("shared.save"), e -> {
            for (HasValidation f : new HasValidation[]{name, municipalities, participants, women}) {
                f.setInvalid(false);
            }
            formError.setText("");
            SubprojectForm f = new SubprojectForm(existing == null ? null : existing.id(), projectId, name.getValue(),
                    owner.getValue(), municipalities.getValue().stream().map(Geography.Municipality::code).sorted().toList(),
                    participants.getValue(), women.getValue(),
                    new HashSet<>(coaches.getValue().stream().map(UserAccount::id).toList()),
                    new HashSet<>(managers.getValue().stream().map(UserAccount::id).toList()));
            Map<String, String> problems = service.validate(f);
            if (!problems.isEmpty()) {
                Map<String, HasValidation> fields = Map.of("name", name, "municipalities", municipalities,
                        "plannedParticipants", participants, "plannedWomenPercent", women);
                problems.forEach((field, key) -> {
                    HasValidation target = fields.get(field);
                    target.setErrorMessage(getTranslation(key));
                    target.setInvalid(true);
                });
                return;
            }
            try {
                service.saveSubproject(f);
                close();
                saved.run();
            } catch (UserMessageException ex) {
                formError.setText(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        save.setId("subproject-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("shared.cancel"), e -> close());
        getFooter().add(cancel, save);
        setWidth("min(60em, 95vw)");
    }
}
