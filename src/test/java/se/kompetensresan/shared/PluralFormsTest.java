package se.kompetensresan.shared;

import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Counted texts take the singular or the plural form of their noun, in Swedish and in English. */
class PluralFormsTest {

    private static final Locale SV = BundleI18NProvider.SWEDISH;
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void aChoicePatternPicksTheFormForTheCount() {
        var provider = new BundleI18NProvider(
                Map.of("x.tasks", "{0,choice,0#inga uppgifter|1#1 uppgift|1<{0} uppgifter}"),
                Map.of("x.tasks", "{0,choice,0#no tasks|1#1 task|1<{0} tasks}"));
        assertThat(provider.getTranslation("x.tasks", SV, 0)).isEqualTo("inga uppgifter");
        assertThat(provider.getTranslation("x.tasks", SV, 1)).isEqualTo("1 uppgift");
        assertThat(provider.getTranslation("x.tasks", SV, 2)).isEqualTo("2 uppgifter");
        assertThat(provider.getTranslation("x.tasks", SV, 1234L)).isEqualTo("1\u00a0234 uppgifter");
        assertThat(provider.getTranslation("x.tasks", EN, 1)).isEqualTo("1 task");
        assertThat(provider.getTranslation("x.tasks", EN, 1234L)).isEqualTo("1,234 tasks");
    }

    @Test
    void aPatternThatDoesNotFitItsArgumentIsShownInsteadOfFailingTheView() {
        var provider = new BundleI18NProvider(Map.of("x.tasks", "{0,choice,1#1 uppgift|1<{0} uppgifter}"), Map.of());
        assertThat(provider.getTranslation("x.tasks", SV, "many")).isEqualTo("{0,choice,1#1 uppgift|1<{0} uppgifter}");
    }

    @Test
    void theInboxCountsItsTasksInBothLanguages() {
        var provider = new BundleI18NProvider();
        assertThat(provider.getTranslation("journey.inbox.count", SV, 0)).isEqualTo("Inga uppgifter");
        assertThat(provider.getTranslation("journey.inbox.count", SV, 1)).isEqualTo("1 uppgift");
        assertThat(provider.getTranslation("journey.inbox.count", SV, 5)).isEqualTo("5 uppgifter");
        assertThat(provider.getTranslation("journey.inbox.count", EN, 1)).isEqualTo("1 task");
        assertThat(provider.getTranslation("journey.inbox.count", EN, 5)).isEqualTo("5 tasks");
        assertThat(provider.getTranslation("training.approve.total", SV, 1, 1, 0, 1))
                .isEqualTo("Totalt 1 deltagare (1 kvinna, 0 män), 1 timme.");
        assertThat(provider.getTranslation("training.approve.total", EN, 3, 2, 1, 24))
                .isEqualTo("In total 3 participants (2 women, 1 man), 24 hours.");
        assertThat(provider.getTranslation("company.register.count", EN, 1)).isEqualTo("1 company");
    }

    @Test
    void everyTextWithAnArgumentIsAValidPattern() {
        var provider = new BundleI18NProvider();
        List<String> broken = new ArrayList<>();
        for (String key : provider.swedishKeys()) {
            for (Locale l : List.of(SV, EN)) {
                String text = provider.getTranslation(key, l);
                if (text.contains("{0")) {
                    try {
                        new MessageFormat(text, l);
                    } catch (IllegalArgumentException e) {
                        broken.add(key + " (" + l + "): " + e.getMessage());
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
    }
}
