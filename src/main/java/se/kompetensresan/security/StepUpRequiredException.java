package se.kompetensresan.security;

/**
 * A high-value action asked for without a fresh step-up ({@link StepUp}): the view asks for the password (and the
 * code) with {@link StepUpDialog} and tries again; any other caller is refused like an access outside its scope.
 */
public class StepUpRequiredException extends AccessRefusedException {
    StepUpRequiredException(String what) {
        super(what, true);
    }
}
