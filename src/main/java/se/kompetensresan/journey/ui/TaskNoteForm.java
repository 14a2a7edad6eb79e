package se.kompetensresan.journey.ui;

import se.kompetensresan.shared.ui.FieldErrors;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import se.kompetensresan.shared.UserMessageException;

import java.util.function.Consumer;

/**
 * A coach's note and the button that completes the task with it; a refusal shows beside the note, which keeps
 * what was typed. On success the user is back in the inbox. Read-only for those who may not act.
 */
class TaskNoteForm extends VerticalLayout {

    private final TextArea note = new TextArea();

    TaskNoteForm(String id, String labelKey, String buttonId, String buttonKey, boolean required,
                 Consumer<String> complete) {
        this(id, labelKey, buttonId, buttonKey, required, complete, true);
    }

    /** With {@code mayAct} false the note is read-only and there is no button (a manager looking at the task). */
    TaskNoteForm(String id, String labelKey, String buttonId, String buttonKey, boolean required,
                 Consumer<String> complete, boolean mayAct) {
        setPadding(false);
        note.setId(id);
        note.setLabel(getTranslation(labelKey));
        note.setRequired(required);
        note.setWidthFull();
        note.setMaxWidth("40em");
        Button done = new Button(getTranslation(buttonKey), e -> {
            if (FieldErrors.of(this, note).run(() -> complete.accept(note.getValue()))) {
                UI.getCurrent().navigate("inbox");
            }
        });
        done.setId(buttonId);
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(note, done);
        note.setReadOnly(!mayAct);
        done.setVisible(mayAct);
    }
}
