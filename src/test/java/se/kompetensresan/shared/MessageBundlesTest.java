package se.kompetensresan.shared;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every UI text exists in Swedish and English. */
class MessageBundlesTest {

    private final BundleI18NProvider provider = new BundleI18NProvider();

    @Test
    void swedishAndEnglishBundlesHaveTheSameKeys() {
        Set<String> missingInEnglish = new HashSet<>(provider.swedishKeys());
        missingInEnglish.removeAll(provider.englishKeys());
        Set<String> missingInSwedish = new HashSet<>(provider.englishKeys());
        missingInSwedish.removeAll(provider.swedishKeys());
        assertThat(missingInEnglish).as("keys without English text").isEmpty();
        assertThat(missingInSwedish).as("keys without Swedish text").isEmpty();
    }

    @Test
    void swedishIsTheDefaultAndEnglishIsSelectable() {
        assertThat(provider.getTranslation("shell.logout", BundleI18NProvider.SWEDISH)).isEqualTo("Logga ut");
        assertThat(provider.getTranslation("shell.logout", Locale.ENGLISH)).isEqualTo("Log out");
        assertThat(provider.getTranslation("shell.logout", Locale.GERMAN)).isEqualTo("Logga ut");
    }

    @Test
    void argumentsAreFilledIn() {
        assertThat(provider.getTranslation("shell.home.greeting", Locale.ENGLISH, "Eva")).isEqualTo("Welcome, Eva");
    }
}
