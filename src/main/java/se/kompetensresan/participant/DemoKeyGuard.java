package se.kompetensresan.participant;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The production profile refuses to start with the demo profile's published personnummer keys. */
@Component
@Profile("prod")
class DemoKeyGuard implements SmartInitializingSingleton {

    static final String DEMO_ENCRYPTION_KEY = "Zrh1oEYzPNV7+6/AIiED5aTO64BODLhIhNsvzTQxRck=";

    private final ParticipantSettings settings;

    DemoKeyGuard(ParticipantSettings settings) {
        this.settings = settings;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (DEMO_ENCRYPTION_KEY.equals(settings.encryptionKey() == null ? null : settings.encryptionKey().strip())) {
            throw new IllegalStateException("Production profile refuses to start: kompetensresan.participant.encryption-key is the demo key");
        }
    }
}
