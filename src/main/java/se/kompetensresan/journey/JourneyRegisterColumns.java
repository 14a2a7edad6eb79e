package se.kompetensresan.journey;

import com.vaadin.flow.component.UI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.kompetensresan.company.CompanyRegisterColumn;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.shared.BundleI18NProvider;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The journey's phase and coach as columns and filters of the company register, and as lines on the company
 * page. Each value is read through {@link JourneyService#journeyOf}, so the tenant check applies as anywhere.
 */
@Configuration
class JourneyRegisterColumns {

    @Bean
    CompanyRegisterColumn journeyPhaseColumn(JourneyService journeys, BundleI18NProvider i18n) {
        return column("phase", "journey.register.phase", journeys,
                j -> i18n.getTranslation("journey.phase." + j.phase().name(), locale()));
    }

    @Bean
    CompanyRegisterColumn journeyCoachColumn(JourneyService journeys, se.kompetensresan.security.UserService users) {
        return column("coach", "journey.register.coach", journeys, j -> j.coach() == null ? null
                : users.findAccount(j.coach()).map(se.kompetensresan.security.UserAccount::displayName).orElse(j.coach()));
    }

    private static CompanyRegisterColumn column(String id, String titleKey, JourneyService journeys,
                                                Function<JourneyInfo, String> value) {
        return new CompanyRegisterColumn() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String titleKey() {
                return titleKey;
            }

            @Override
            public Map<Long, String> values(Collection<Long> companyIds) {
                Map<Long, String> values = new HashMap<>();
                for (long companyId : companyIds) {
                    journeyOf(journeys, companyId).map(value).ifPresent(v -> values.put(companyId, v));
                }
                return values;
            }
        };
    }

    private static Optional<JourneyInfo> journeyOf(JourneyService journeys, long companyId) {
        try {
            return journeys.journeyOf(companyId);
        } catch (AccessRefusedException e) {
            return Optional.empty();
        }
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? BundleI18NProvider.SWEDISH : ui.getLocale();
    }
}
