package se.kompetensresan.security;

import org.springframework.security.core.context.SecurityContextHolder;

/**
 * For tests of high-value actions that are not about the step-up itself: marks the current session as stepped up
 * for the signed-in user, what a correct answer in {@link StepUpDialog} does ({@link UserService#confirmIdentity}).
 */
public final class StepUps {

    private StepUps() {
    }

    /** The signed-in user confirmed who they are just now, in the current (test) request's session. */
    public static void confirmed() {
        String user = SecurityContextHolder.getContext().getAuthentication().getName();
        CurrentSession.getOrCreate().orElseThrow()
                .setAttribute(StepUp.AT, user + "\u0000" + System.currentTimeMillis());
    }

    /** The step-up of the current session is over (as five minutes later). */
    public static void expired() {
        CurrentSession.getOrCreate().orElseThrow().removeAttribute(StepUp.AT);
    }
}
