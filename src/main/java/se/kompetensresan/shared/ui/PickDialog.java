package se.kompetensresan.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

import java.util.function.Consumer;

/**
 * The one dialog for "pick or type one thing, then confirm": a title, one field, *Avbryt* and a confirm button.
 * The action gets the field's value; a {@code UserMessageException} it throws is shown beside the field and the
 * dialog stays open; otherwise it closes. Ids: {@code <name>-dialog}, {@code <name>-cancel}, {@code <name>-confirm}.
 */
public final class PickDialog<V> extends Dialog {

    private final Button confirm;

    private <F extends Component & HasValue<?, V> & HasValidation> PickDialog(String name, String title, F field,
                                                                               String cancelText, String confirmText,
                                                                               Consumer<V> action) {
        setId(name + "-dialog");
        setHeaderTitle(title);
        if (field instanceof HasSize sized) {
            sized.setWidthFull();
        }
        add(field);
        FieldErrors errors = FieldErrors.of(field, field);
        Button cancel = new Button(cancelText, e -> close());
        cancel.setId(name + "-cancel");
        confirm = new Button(confirmText, e -> {
            if (errors.run(() -> action.accept(field.getValue()))) {
                close();
            }
        });
        confirm.setId(name + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened() && field instanceof Focusable<?> f) {
                f.focus();
            }
        });
    }

    /** Opens the dialog; returns it (for a danger variant on the confirm button, say). */
    public static <V, F extends Component & HasValue<?, V> & HasValidation> PickDialog<V> open(
            String name, String title, F field, String cancelText, String confirmText, Consumer<V> action) {
        PickDialog<V> d = new PickDialog<>(name, title, field, cancelText, confirmText, action);
        d.open();
        return d;
    }

    /** Marks the confirm button as a destructive action. */
    public PickDialog<V> dangerous() {
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return this;
    }
}
