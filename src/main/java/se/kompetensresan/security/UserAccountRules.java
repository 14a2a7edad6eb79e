package se.kompetensresan.security;

import se.kompetensresan.shared.UserMessageException;

import java.util.Set;
import java.util.regex.Pattern;

/** What a user account may hold (checked before anything is stored; refusals are {@code security.users.error.*}). */
final class UserAccountRules {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+-]{1,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[A-Za-z0-9.-]{1,252}\\.[A-Za-z]{2,24}");

    private UserAccountRules() {
    }

    static void check(UserForm n) {
        if (n.username() == null || !USERNAME.matcher(n.username().strip()).matches()) {
            throw new UserMessageException("security.users.error.username");
        }
        if (n.displayName() == null || n.displayName().isBlank() || n.displayName().length() > 200
                || n.displayName().codePoints().anyMatch(c -> Character.isISOControl(c) || bidiControl(c))) {
            throw new UserMessageException("security.users.error.name");
        }
        if (n.email() != null && !n.email().isBlank() && (n.email().length() > 320 || !EMAIL.matcher(n.email().strip()).matches())) {
            throw new UserMessageException("security.users.error.email");
        }
        if (n.role() == null) {
            throw new UserMessageException("security.users.error.role");
        }
        checkScope(n.role(), n.companyId(), n.subprojectIds() == null ? Set.of() : n.subprojectIds());
    }

    static void checkScope(Role role, Long companyId, Set<Long> subprojectIds) {
        if (role == null) {
            throw new UserMessageException("security.users.error.role");
        }
        if (role == Role.COMPANY && (companyId == null || companyId <= 0)) {
            throw new UserMessageException("security.users.error.company");
        }
        if ((role == Role.COACH || role == Role.MANAGER) && (subprojectIds == null || subprojectIds.isEmpty())) {
            throw new UserMessageException("security.users.error.subprojects");
        }
    }

    static boolean bidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
    }
}
