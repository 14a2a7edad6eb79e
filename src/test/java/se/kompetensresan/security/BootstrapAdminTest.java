package se.kompetensresan.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class BootstrapAdminTest {

    private final UserService users = mock(UserService.class);
    private final PasswordPolicy policy = new PasswordPolicy(ProductionGuardTest.settings(true));

    private BootstrapAdmin bootstrap(String username, String password) {
        SecuritySettings s = ProductionGuardTest.settings(true);
        return new BootstrapAdmin(users, policy, new SecuritySettings(true, s.twoFactorRoles(), 12, 5, s.firstLock(),
                s.maxLock(), 30, s.addressWindow(), s.resetTokenValidity(),
                new SecuritySettings.BootstrapAdmin(username, "drift@region.se", password), 10));
    }

    @Test
    void aWeakBootstrapPasswordStopsTheStartAndCreatesNothing() {
        when(users.anyAdmin()).thenReturn(false);
        for (String weak : new String[]{"demo", "admin", "", "qazwsxedcrfv", "driftadmin-2026"}) {
            assertThatThrownBy(() -> bootstrap("driftadmin", weak).afterSingletonsInstantiated())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("bootstrap-admin.password refused");
        }
        verify(users, never()).createBootstrapAdmin(any(), any(), any());
    }

    @Test
    void aGoodPasswordCreatesTheFirstAdminOnlyWhenThereIsNone() {
        when(users.anyAdmin()).thenReturn(false);
        when(users.createBootstrapAdmin(any(), any(), any())).thenReturn(new UserAccount(1, "driftadmin", "driftadmin",
                null, Role.ADMIN, null, java.util.Set.of(), java.util.Locale.ENGLISH));
        bootstrap("driftadmin", "rätt häftig häst batteri").afterSingletonsInstantiated();
        verify(users).createBootstrapAdmin("driftadmin", "drift@region.se", "rätt häftig häst batteri");

        UserService withAdmin = mock(UserService.class);
        when(withAdmin.anyAdmin()).thenReturn(true);
        SecuritySettings s = ProductionGuardTest.settings(true);
        new BootstrapAdmin(withAdmin, policy, new SecuritySettings(true, s.twoFactorRoles(), 12, 5, s.firstLock(), s.maxLock(),
                30, s.addressWindow(), s.resetTokenValidity(), new SecuritySettings.BootstrapAdmin("x", "", "demo"), 10))
                .afterSingletonsInstantiated();
        verify(withAdmin, never()).createBootstrapAdmin(any(), any(), any());
    }
}
