package se.kompetensresan.journey.inbox;

import se.kompetensresan.journey.JourneyPhase;

import se.kompetensresan.security.UserAccount;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A combination of inbox filters: a scope (all, mine, my groups, unassigned), overdue only, a phase and a
 * delprojekt ({@code null} = any). Users save combinations under a name ({@link TaskInbox#saveFilter}).
 */
public record InboxFilter(Scope scope, boolean overdueOnly, JourneyPhase phase, Long subprojectId) {

    /** Whose tasks: every visible one, the user's own, those of the user's candidate group, nobody's. */
    public enum Scope { ALL, MINE, GROUPS, UNASSIGNED }

    /** The phases the inbox filters on, in the journey's order. */
    public static final List<JourneyPhase> PHASES = List.of(JourneyPhase.SURVEY, JourneyPhase.ANALYSIS,
            JourneyPhase.COACHING, JourneyPhase.TRAINING, JourneyPhase.FOLLOW_UP);

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

    /**
     * The counts beside the filter options: each option counted with the other filters as they are (one pass over
     * the tasks per option, in memory; no statement).
     */
    public Counts counts(List<TaskInfo> all, UserAccount u) {
        Map<Scope, Long> perScope = new EnumMap<>(Scope.class);
        for (Scope s : Scope.values()) {
            InboxFilter f = withScope(s);
            perScope.put(s, all.stream().filter(t -> f.matches(t, u)).count());
        }
        InboxFilter overdue = new InboxFilter(scope, true, phase, subprojectId);
        Map<JourneyPhase, Long> perPhase = new EnumMap<>(JourneyPhase.class);
        for (JourneyPhase p : PHASES) {
            InboxFilter f = new InboxFilter(scope, overdueOnly, p, subprojectId);
            perPhase.put(p, all.stream().filter(t -> f.matches(t, u)).count());
        }
        return new Counts(perScope, all.stream().filter(t -> overdue.matches(t, u)).count(), perPhase);
    }

    /** How many tasks each filter option would show. */
    public record Counts(Map<Scope, Long> perScope, long overdue, Map<JourneyPhase, Long> perPhase) {
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
