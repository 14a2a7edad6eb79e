package se.kompetensresan.company;

import se.kompetensresan.shared.UserMessageException;

import java.util.List;

/** The onboarding form was refused; {@link #errors()} says why, field by field. Nothing was stored. */
public class ApplicationInvalidException extends UserMessageException {
    private final transient List<FieldError> errors;

    public ApplicationInvalidException(List<FieldError> errors) {
        super(errors.get(0).messageKey(), errors.get(0).args().toArray());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
