package se.kompetensresan.security;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class UserAccountTest {

    private static UserAccount user(Role role, Long companyId, Set<Long> subprojects) {
        return new UserAccount(1, "u", "U", null, role, companyId, subprojects, Locale.ENGLISH);
    }

    @Test
    void companyUserSeesOnlyItsOwnCompany() {
        UserAccount u = user(Role.COMPANY, 7L, Set.of());
        assertThat(u.canSee(7, 1L)).isTrue();
        assertThat(u.canSee(8, 1L)).isFalse();
        assertThat(u.canSeeSubproject(1)).isFalse();
    }

    @Test
    void coachAndManagerSeeOnlyTheirDelprojekt() {
        for (Role r : new Role[]{Role.COACH, Role.MANAGER}) {
            UserAccount u = user(r, null, Set.of(1L, 2L));
            assertThat(u.canSee(99, 2L)).isTrue();
            assertThat(u.canSee(99, 3L)).isFalse();
            assertThat(u.canSee(99, null)).isFalse();
        }
    }

    @Test
    void adminSeesEverything() {
        assertThat(user(Role.ADMIN, null, Set.of()).canSee(5, 9L)).isTrue();
    }
}
