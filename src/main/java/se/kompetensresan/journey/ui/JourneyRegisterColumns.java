package se.kompetensresan.journey.ui;

import se.kompetensresan.journey.JourneyInfo;
import se.kompetensresan.journey.JourneyService;

import com.vaadin.flow.component.UI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.kompetensresan.company.CompanyRegisterColumn;
import se.kompetensresan.shared.BundleI18NProvider;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The journey's phase and coach as columns and filters of the company register, and as lines on the company
 * page. The values of a page of companies come from one {@link JourneyService#journeysOf} call, which leaves out
 * the companies the user may not see.
 */
@Configuration
class JourneyRegisterColumns {

    @Bean
    CompanyRegisterColumn journeyPhaseColumn(JourneyService journeys, BundleI18NProvider i18n) {
        return column("phase", "journey.register.phase", journeys,
                j -> i18n.getTranslation("journey.phase." + j.phase().name(), locale()));
    }

    @Bean
    CompanyRegisterColumn journeyCoachColumn(JourneyService journeys) {
        return column("coach", "journey.register.coach", journeys, JourneyInfo::coachName);
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
                journeys.journeysOf(companyIds).forEach((companyId, j) -> {
                    String v = value.apply(j);
                    if (v != null) {
                        values.put(companyId, v);
                    }
                });
                return values;
            }
        };
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? BundleI18NProvider.SWEDISH : ui.getLocale();
    }
}
