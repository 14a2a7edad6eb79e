package se.kompetensresan.training;

import se.kompetensresan.shared.UserMessageException;

/** A refused attendance report, naming the row (0-based) and the field ("name", "pnr", "hours") it is about. */
public class AttendanceRowException extends UserMessageException {
    private final int row;
    private final String field;

    public AttendanceRowException(int row, String field, String messageKey, Object... args) {
        super(messageKey, args);
        this.row = row;
        this.field = field;
    }

    public int row() {
        return row;
    }

    public String field() {
        return field;
    }
}
