package se.kompetensresan.journey.inbox;

import se.kompetensresan.journey.JourneyPhase;

import se.kompetensresan.security.UserAccount;

/**
 * A combination of inbox filters: a scope (all, mine, my groups, unassigned), overdue only, a phase and a
 * delprojekt ({@code null} = any). Users save combinations under a name ({@link TaskInbox#saveFilter}).
 */
public record InboxFilter(Scope scope, boolean overdueOnly, JourneyPhase phase, Long subprojectId) {

    /** Whose tasks: every visible one, the user's own, those of the user's candidate group, nobody's. */
    public enum Scope { ALL, MINE, GROUPS, UNASSIGNED }

    public static final InboxFilter NONE = new InboxFilter(Scope.ALL, false, null, null);

    public InboxFilter {
        scope = scope == null ? Scope.ALL : scope;
    }

    public InboxFilter withScope(Scope s) {
        return new InboxFilter(s, overdueOnly, phase, subprojectId);
    }

    /** True when the task passes every part of the filter for this user. */
    public boolean matches(TaskInfo t, UserAccount u) {
        return scopeMatches(scope, t, u) && (!overdueOnly || t.overdue())
                && (phase == null || phase == t.phase())
                && (subprojectId == null || subprojectId == t.subprojectId());
    }

    /** True when the task belongs to the scope (regardless of the other parts). */
    public static boolean scopeMatches(Scope scope, TaskInfo t, UserAccount u) {
        return switch (scope) {
            case ALL -> true;
            case MINE -> u.username().equals(t.assignee());
            case GROUPS -> u.role().name().equals(t.candidateGroup());
            case UNASSIGNED -> t.assignee() == null;
        };
    }
}
