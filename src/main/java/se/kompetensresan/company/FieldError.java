package se.kompetensresan.company;

import java.util.List;

/** One refused field: which, the message key, and the key's arguments. */
public record FieldError(ApplicationField field, String messageKey, List<String> args) {

    public FieldError(ApplicationField field, String messageKey) {
        this(field, messageKey, List.of());
    }
}
