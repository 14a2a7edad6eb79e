package se.kompetensresan.participant.ui;

import se.kompetensresan.shared.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import se.kompetensresan.participant.ParticipantForm;
import se.kompetensresan.participant.ParticipantInfo;
import se.kompetensresan.shared.Gender;
import se.kompetensresan.shared.UserMessageException;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

/**
 * Add or edit a participant: name, personnummer or samordningsnummer (or skyddad identitet with the gender entered),
 * e-mail for the signing, start date and the e-mail language. On edit the number field is empty: a new number
 * replaces the stored one, an empty field keeps it (the stored number is never sent back to the browser).
 */
class ParticipantDialog extends Dialog {

    final TextField name = new TextField();
    final TextField pnr = new TextField();
    final Checkbox protectedIdentity = new Checkbox();
    final ComboBox<Gender> gender = new ComboBox<>();
    final EmailField email = new EmailField();
    final DatePicker start = new DatePicker();
    final RadioButtonGroup<String> language = new RadioButtonGroup<>();

    ParticipantDialog(ParticipantInfo existing, LocalDate today, Function<ParticipantForm, ParticipantInfo> save,
                      Runnable saved) {
        setId("participant-dialog");
        setHeaderTitle(getTranslation(existing == null ? "participant.add.title" : "participant.edit.title"));
        name.setId("participant-name");
        name.setLabel(getTranslation("participant.field.name"));
        pnr.setId("participant-pnr");
        pnr.setLabel(getTranslation("participant.field.pnr"));
        pnr.setPlaceholder("ÅÅÅÅMMDD-NNNN");
        pnr.setHelperText(getTranslation(existing == null ? "participant.field.pnr.help" : "participant.field.pnr.keep"));
        protectedIdentity.setId("participant-protected");
        protectedIdentity.setLabel(getTranslation("participant.field.protected"));
        gender.setId("participant-gender");
        gender.setLabel(getTranslation("participant.field.gender"));
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(g -> getTranslation("participant.gender." + g));
        gender.setVisible(false);
        protectedIdentity.addValueChangeListener(e -> {
            gender.setVisible(e.getValue());
            pnr.setEnabled(!e.getValue());
            if (e.getValue()) {
                pnr.clear();
            }
        });
        email.setId("participant-email");
        email.setLabel(getTranslation("participant.field.email"));
        email.setHelperText(getTranslation("participant.field.email.help"));
        start.setId("participant-start");
        start.setLabel(getTranslation("participant.field.start"));
        start.setValue(today);
        language.setId("participant-language");
        language.setLabel(getTranslation("participant.field.language"));
        language.setItems("sv", "en");
        language.setItemLabelGenerator(l -> getTranslation("participant.language." + l));
        language.setValue("sv");
        if (existing != null) {
            name.setValue(existing.name());
            email.setValue(existing.email());
            start.setValue(existing.startDate());
            language.setValue(existing.language());
            protectedIdentity.setValue(existing.protectedIdentity());
            if (existing.protectedIdentity()) {
                gender.setValue(existing.gender());
            }
        }
        FormLayout form = new FormLayout(name, pnr, protectedIdentity, gender, email, start, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(form);
        Button ok = new Button(getTranslation("participant.save"), e -> {
            String number = pnr.getValue();
            FieldErrors errors = new FieldErrors(this).on("participant.error.name", name).on("participant.error.pnr", pnr)
                    .on("participant.error.gender", gender).on("participant.error.email", email)
                    .on("participant.error.start", start);
            if (!errors.run(() -> save.apply(new ParticipantForm(name.getValue(), number, protectedIdentity.getValue(),
                    gender.getValue(), email.getValue(), start.getValue(), language.getValue())))) {
                return;
            }
            close();
            saved.run();
        });
        ok.setId("participant-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("participant.cancel"), e -> close());
        cancel.setId("participant-cancel");
        getFooter().add(cancel, ok);
    }
}
