package se.kompetensresan.security;

import java.util.Set;

/** What it takes to create a user account. */
public record UserForm(String username, String rawPassword, String displayName, String email, Role role,
                      Long companyId, Set<Long> subprojectIds) {
}
