package se.kompetensresan.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ProductionGuardTest {

    private final UserService users = mock(UserService.class);

    @Test
    void refusesToStartWithDemoDataEnabled() {
        assertThatThrownBy(() -> new ProductionGuard(users, settings(true), true, "").afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo.enabled");
    }

    @Test
    void refusesToStartWhileADemoPasswordIsSet() {
        assertThatThrownBy(() -> new ProductionGuard(users, settings(true), false, "demo").afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo.password");
    }

    @Test
    void refusesToStartWhileAnAccountHasTheDemoPassword() {
        when(users.anyPasswordEquals(anyString())).thenReturn(true);
        assertThatThrownBy(() -> new ProductionGuard(users, settings(true), false, "").afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo password");
    }

    @Test
    void refusesToStartWithoutEnforcedTwoFactorSignIn() {
        assertThatThrownBy(() -> new ProductionGuard(users, settings(false), false, "").afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("two-factor");
    }

    @Test
    void refusesToStartWithAPasswordHashCostBelowTen() {
        assertThatThrownBy(() -> new ProductionGuard(users, settings(true, 9), false, "").afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("password-hash-cost");
    }

    static SecuritySettings settings(boolean twoFactorEnforced) {
        return settings(twoFactorEnforced, 10);
    }

    static SecuritySettings settings(boolean twoFactorEnforced, int passwordHashCost) {
        return new SecuritySettings(twoFactorEnforced, java.util.Set.of(Role.ADMIN, Role.MANAGER, Role.COACH), 12, 5,
                java.time.Duration.ofMinutes(1), java.time.Duration.ofHours(1), 30, java.time.Duration.ofMinutes(15),
                java.time.Duration.ofHours(1), new SecuritySettings.BootstrapAdmin("", "", ""), passwordHashCost);
    }

    @Test
    void startsWithoutDemoSettings() {
        assertThatCode(() -> new ProductionGuard(users, settings(true), false, "").afterSingletonsInstantiated()).doesNotThrowAnyException();
    }
}
