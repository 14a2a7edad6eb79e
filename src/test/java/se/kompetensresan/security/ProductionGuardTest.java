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
        assertThatThrownBy(() -> new ProductionGuard(users, true, "").afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo.enabled");
    }

    @Test
    void refusesToStartWhileADemoPasswordIsSet() {
        assertThatThrownBy(() -> new ProductionGuard(users, false, "demo").afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo.password");
    }

    @Test
    void refusesToStartWhileAnAccountHasTheDemoPassword() {
        when(users.anyPasswordEquals(anyString())).thenReturn(true);
        assertThatThrownBy(() -> new ProductionGuard(users, false, "").afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo password");
    }

    @Test
    void startsWithoutDemoSettings() {
        assertThatCode(() -> new ProductionGuard(users, false, "").afterSingletonsInstantiated()).doesNotThrowAnyException();
    }
}
