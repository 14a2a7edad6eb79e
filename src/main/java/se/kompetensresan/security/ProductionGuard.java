package se.kompetensresan.security;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Refuses a production start (any start but the demo and the tests, also the jar without a profile) while demo
 * users or a demo password are configured, while any account still has the demo password, or while two-factor
 * sign-in is not enforced. {@link ProductionSettingsGuard} has refused bad settings before this.
 */
@Component
@Profile("!demo & !test")
class ProductionGuard implements SmartInitializingSingleton {

    static final String KNOWN_DEMO_PASSWORD = "demo";

    private final UserService users;
    private final boolean demoEnabled;
    private final String demoPassword;
    private final boolean twoFactorEnforced;
    private final int passwordHashCost;

    ProductionGuard(UserService users, SecuritySettings settings,
                    @Value("${kompetensresan.demo.enabled:false}") boolean demoEnabled,
                    @Value("${kompetensresan.demo.password:}") String demoPassword) {
        this.users = users;
        this.twoFactorEnforced = settings.twoFactorEnforced();
        this.passwordHashCost = settings.passwordHashCost();
        this.demoEnabled = demoEnabled;
        this.demoPassword = demoPassword;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (demoEnabled) {
            throw new IllegalStateException("Production profile refuses to start: kompetensresan.demo.enabled is true");
        }
        if (demoPassword != null && !demoPassword.isBlank()) {
            throw new IllegalStateException("Production profile refuses to start: kompetensresan.demo.password is set");
        }
        if (!twoFactorEnforced) {
            throw new IllegalStateException("Production profile refuses to start: kompetensresan.security.two-factor-enforced is false");
        }
        if (passwordHashCost < 10) {
            throw new IllegalStateException("Production profile refuses to start: kompetensresan.security.password-hash-cost is "
                    + passwordHashCost + ", below bcrypt's 10");
        }
        if (users.anyPasswordEquals(KNOWN_DEMO_PASSWORD)) {
            throw new IllegalStateException("Production profile refuses to start: an account has the demo password");
        }
    }
}
