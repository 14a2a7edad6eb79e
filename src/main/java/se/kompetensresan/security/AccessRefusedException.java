package se.kompetensresan.security;

/**
 * Thrown by services when the current user tries to reach data outside their tenant scope.
 * Views show a neutral "not found or not yours" page; the attempt is logged by {@link CurrentUser}.
 */
public class AccessRefusedException extends RuntimeException {
    private final boolean logged;

    /** A refusal a view raises itself (e.g. an id in the address that is not a number); the refusal page logs it. */
    public AccessRefusedException(String message) {
        this(message, false);
    }

    AccessRefusedException(String message, boolean logged) {
        super(message);
        this.logged = logged;
    }

    /** True when {@link CurrentUser#refused} has already written the attempt to the tenancy log. */
    public boolean logged() {
        return logged;
    }
}
