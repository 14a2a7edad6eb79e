package se.kompetensresan.company;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;

/**
 * The de minimis ceiling ({@code kompetensresan.deminimis.*}): at most {@code capEur} of support of minor
 * importance to one company over {@code years} fiscal years (the current one and the ones before it), the
 * exchange rate {@code sekPerEur} that turns the training's SEK into EUR, and the share of the cap from which the
 * booking form warns ({@code warnShare}, 0.9 = from 90 %). A fiscal year is taken as the calendar year.
 */
@ConfigurationProperties("kompetensresan.deminimis")
public record DeMinimisSettings(@DefaultValue("300000") BigDecimal capEur,
                                @DefaultValue("3") int years,
                                @DefaultValue("11.5") BigDecimal sekPerEur,
                                @DefaultValue("0.9") BigDecimal warnShare) {

    /** The most fiscal years the onboarding form can ask for (one field per year). */
    public static final int MAX_YEARS = 5;

    public DeMinimisSettings {
        if (capEur == null || capEur.signum() <= 0) {
            throw new IllegalArgumentException("kompetensresan.deminimis.cap-eur must be above 0");
        }
        if (years < 1 || years > MAX_YEARS) {
            throw new IllegalArgumentException("kompetensresan.deminimis.years must be 1 to " + MAX_YEARS);
        }
        if (sekPerEur == null || sekPerEur.signum() <= 0) {
            throw new IllegalArgumentException("kompetensresan.deminimis.sek-per-eur must be above 0");
        }
        if (warnShare == null || warnShare.signum() <= 0 || warnShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("kompetensresan.deminimis.warn-share must be above 0 and at most 1");
        }
    }

    /** The defaults: 300 000 EUR over three fiscal years, 11.5 SEK per EUR, a warning from 90 %. */
    public static DeMinimisSettings defaults() {
        return new DeMinimisSettings(new BigDecimal("300000"), 3, new BigDecimal("11.5"), new BigDecimal("0.9"));
    }
}
