package se.kompetensresan.security;

import java.util.Locale;
import java.util.Set;

/**
 * The signed-in user as the rest of the application sees it, including the tenant scope:
 * a company user belongs to one company; coaches and managers work in a set of delprojekt;
 * an admin sees everything.
 */
public record UserAccount(long id, String username, String displayName, String email, Role role,
                          Long companyId, Set<Long> subprojectIds, Locale locale) {

    /** The person's name, or the username when the account has none. */
    public String name() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }

    /** How a person is offered in a choice of users: "Name (username)". */
    public String label() {
        return displayName == null || displayName.isBlank() ? username : displayName + " (" + username + ")";
    }

    /**
     * The value Camunda stores as this user's task assignee: the account's id as a decimal string, so that no username
     * (an e-mail address for company users) ends up in the engine's tables. Read it back with
     * {@link UserService#accountsOfAssignees} / {@link UserService#usernamesOfAssignees}.
     */
    public String assigneeId() {
        return String.valueOf(id);
    }

    /** True when a Camunda assignee is this user: the id, or (databases from before ids) the username. */
    public boolean isAssignee(String assignee) {
        return assignee != null && (assignee.equals(assigneeId()) || assignee.equalsIgnoreCase(username));
    }

    public boolean is(Role r) {
        return role == r;
    }

    /** True when this user may see data that belongs to the given company in the given delprojekt. */
    public boolean canSee(long companyId, Long subprojectId) {
        return switch (role) {
            case ADMIN -> true;
            case COMPANY -> this.companyId != null && this.companyId == companyId;
            case COACH, MANAGER -> subprojectId != null && subprojectIds.contains(subprojectId);
        };
    }

    /** True when this user may see the delprojekt as a whole. */
    public boolean canSeeSubproject(long subprojectId) {
        return role == Role.ADMIN || ((role == Role.COACH || role == Role.MANAGER) && subprojectIds.contains(subprojectId));
    }
}
