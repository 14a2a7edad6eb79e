package se.kompetensresan.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * {@code kompetensresan.security.bootstrap-admin.username/email/password}: creates the first ADMIN at start-up
 * when there is none (so production needs no SQL). A password that fails the {@link PasswordPolicy} stops the
 * start. Once an admin exists the setting does nothing (remove it after the first start).
 */
@Component
class BootstrapAdmin implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final UserService users;
    private final SecuritySettings settings;
    private final PasswordPolicy policy;

    BootstrapAdmin(UserService users, PasswordPolicy policy, SecuritySettings settings) {
        this.users = users;
        this.policy = policy;
        this.settings = settings;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var b = settings.bootstrapAdmin();
        if (b == null || b.username().isBlank() || users.anyAdmin()) {
            return;
        }
        try {
            policy.check(b.password(), b.username().strip());
            UserAccount a = users.createBootstrapAdmin(b.username().strip(), b.email().isBlank() ? null : b.email().strip(), b.password());
            LOG.warn("bootstrap admin created (user {}); remove kompetensresan.security.bootstrap-admin from the settings", a.id());
        } catch (se.kompetensresan.shared.UserMessageException e) {
            throw new IllegalStateException("kompetensresan.security.bootstrap-admin.password refused (" + e.messageKey()
                    + "): at least 12 characters, not a common password, not the username");
        }
    }
}
