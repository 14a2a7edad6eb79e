package se.kompetensresan.participant.ui;

import se.kompetensresan.shared.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import se.kompetensresan.participant.EndReason;
import se.kompetensresan.participant.ParticipantInfo;
import se.kompetensresan.participant.ParticipantService;
import se.kompetensresan.shared.UserMessageException;

import java.time.LocalDate;
import java.util.Map;

/** Ends a participation: the last day and why (completed, left the company, withdrew). */
class EndParticipantDialog extends Dialog {

    final DatePicker end = new DatePicker();
    final ComboBox<EndReason> reason = new ComboBox<>();

    EndParticipantDialog(ParticipantInfo p, ParticipantService participants, LocalDate today, Runnable done) {
        setId("participant-end-dialog");
        setHeaderTitle(getTranslation("participant.end.title", p.name()));
        end.setId("participant-end-date");
        end.setLabel(getTranslation("participant.field.end"));
        end.setValue(today);
        reason.setId("participant-end-reason");
        reason.setLabel(getTranslation("participant.field.endReason"));
        reason.setItems(EndReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("participant.endReason." + r));
        add(new VerticalLayout(end, reason));
        FieldErrors errors = new FieldErrors(this).on("participant.error.endReason", reason).on("participant.error.end", end);
        Button ok = new Button(getTranslation("participant.end.submit"), e -> {
            if (!errors.run(() -> participants.end(p.id(), end.getValue(), reason.getValue()))) {
                return;
            }
            close();
            done.run();
        });
        ok.setId("participant-end-submit");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("participant.cancel"), e -> close()), ok);
    }
}
