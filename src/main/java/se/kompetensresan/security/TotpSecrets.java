package se.kompetensresan.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.shared.SealedText;

/**
 * The TOTP secrets of two-factor sign-in, encrypted at rest (ASVS 8.3.7): sealed with AES-256-GCM under the key
 * {@code kompetensresan.security.secret-key} (environment {@code SECURITY_SECRET_KEY}) before they reach
 * {@code app_user}, opened only to check a code. A secret stored plain before this existed still works and is sealed
 * when the application has started.
 */
@Component
class TotpSecrets {

    private static final Logger LOG = LoggerFactory.getLogger(TotpSecrets.class);

    /** The demo profile's published key, which the prod profile refuses. */
    static final String DEMO_KEY = "NibkWJf6rjqajl9BCSEVYdYi58Tu9HM8ue0kEMjor2A=";

    private final SealedText sealed;
    private final AppUserRepository users;

    TotpSecrets(@Value("${kompetensresan.security.secret-key:}") String key, AppUserRepository users,
                org.springframework.core.env.Environment environment) {
        if (environment.matchesProfiles("prod") && DEMO_KEY.equals(key.strip())) {
            throw new IllegalStateException("Production profile refuses to start: kompetensresan.security.secret-key is the demo key");
        }
        this.sealed = new SealedText(SealedText.key(key, "kompetensresan.security.secret-key"));
        this.users = users;
    }

    String seal(String secret) {
        return sealed.seal(secret);
    }

    /** The secret to check a code against; null stays null, a plain one of an older version is returned as it is. */
    String open(String stored) {
        return stored == null || !SealedText.isSealed(stored) ? stored : sealed.open(stored);
    }

    /** Seals the secrets still stored plain (enrolled before the secrets were encrypted). */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void sealThePlainOnes() {
        int n = 0;
        for (AppUser u : users.findByTotpSecretNotNull()) {
            if (!SealedText.isSealed(u.totpSecret)) {
                u.totpSecret = sealed.seal(u.totpSecret);
                n++;
            }
        }
        if (n > 0) {
            LOG.info("{} TOTP secrets stored plain are now encrypted", n);
        }
    }
}
