package se.kompetensresan.security;

/**
 * Thrown by services when the current user tries to reach data outside their tenant scope.
 * Views show a neutral "not found or not yours" page; the attempt is logged by {@link CurrentUser}.
 */
public class AccessRefusedException extends RuntimeException {
    public AccessRefusedException(String message) {
        super(message);
    }
}
