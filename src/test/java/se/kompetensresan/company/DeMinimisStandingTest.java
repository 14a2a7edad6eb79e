package se.kompetensresan.company;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.AbstractMap.SimpleEntry;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The de minimis cap rule: the window of fiscal years, the exchange rate and the boundary at the cap. */
class DeMinimisStandingTest {

    static final DeMinimisSettings DEFAULTS = DeMinimisSettings.defaults(); // 300 000 EUR, 3 years, 11.5 SEK/EUR

    private static DeMinimisStanding standing(DeMinimisSettings s, Map<Integer, BigDecimal> declared,
                                              List<Map.Entry<Integer, BigDecimal>> training) {
        return DeMinimisStanding.of(s, 2026, declared, training);
    }

    private static Map.Entry<Integer, BigDecimal> booked(int year, String sek) {
        return new SimpleEntry<>(year, new BigDecimal(sek));
    }

    @Test
    void onlyTheCurrentAndTheTwoPreviousFiscalYearsCount() {
        DeMinimisStanding s = standing(DEFAULTS,
                Map.of(2023, new BigDecimal("90000"), 2024, new BigDecimal("1000"), 2026, new BigDecimal("2000")),
                List.of(booked(2023, "115000"), booked(2025, "11500")));
        assertThat(s.fromYear()).isEqualTo(2024);
        assertThat(s.toYear()).isEqualTo(2026);
        assertThat(s.declaredEur()).isEqualByComparingTo("3000");
        assertThat(s.trainingSek()).isEqualByComparingTo("11500");
        assertThat(s.totalEur()).isEqualByComparingTo("4000");
        assertThat(s.declared()).extracting(DeMinimisStanding.YearSupport::fiscalYear).containsExactly(2026, 2025, 2024);
        assertThat(s.declared().get(1).amountEur()).as("nothing declared for 2025").isNull();
    }

    @Test
    void theWindowFollowsTheConfiguredNumberOfYears() {
        DeMinimisSettings twoYears = new DeMinimisSettings(new BigDecimal("300000"), 2, new BigDecimal("11.5"), new BigDecimal("0.9"));
        DeMinimisStanding s = standing(twoYears, Map.of(2024, new BigDecimal("250000"), 2025, new BigDecimal("1")), List.of());
        assertThat(s.fromYear()).isEqualTo(2025);
        assertThat(s.declaredEur()).isEqualByComparingTo("1");
    }

    @Test
    void trainingInSekIsConvertedAtTheConfiguredRate() {
        DeMinimisStanding s = standing(DEFAULTS, Map.of(2026, new BigDecimal("100000")), List.of(booked(2026, "230000")));
        assertThat(s.trainingEur()).isEqualByComparingTo("20000");
        assertThat(s.totalSek()).isEqualByComparingTo("1380000");
        assertThat(s.totalEur()).isEqualByComparingTo("120000");
        assertThat(s.capSek()).isEqualByComparingTo("3450000");
        assertThat(s.headroomEur()).isEqualByComparingTo("180000");
        assertThat(s.headroomSek()).isEqualByComparingTo("2070000");

        DeMinimisSettings dearer = new DeMinimisSettings(new BigDecimal("300000"), 3, new BigDecimal("10"), new BigDecimal("0.9"));
        assertThat(standing(dearer, Map.of(), List.of(booked(2026, "230000"))).trainingEur()).isEqualByComparingTo("23000");
    }

    @Test
    void exactlyAtTheCapIsAllowedAndOneOreOverIsNot() {
        DeMinimisStanding before = standing(DEFAULTS, Map.of(2025, new BigDecimal("200000")), List.of());
        // the cap in SEK is 3 450 000; 200 000 EUR is 2 300 000 SEK, so 1 150 000 SEK of training reaches it exactly
        DeMinimisStanding atCap = before.plusTraining(new BigDecimal("1150000.00"));
        assertThat(atCap.overCap()).isFalse();
        assertThat(atCap.headroomSek()).isEqualByComparingTo("0");
        assertThat(atCap.totalEur()).isEqualByComparingTo("300000");

        DeMinimisStanding oneOreOver = before.plusTraining(new BigDecimal("1150000.01"));
        assertThat(oneOreOver.overCap()).isTrue();
        assertThat(oneOreOver.totalEur()).as("never reads as the cap").isEqualByComparingTo("300000.01");
        assertThat(oneOreOver.headroomSek()).isEqualByComparingTo("-0.01");
    }

    @Test
    void theWarningStartsAtNinetyPercentOfTheCap() {
        DeMinimisStanding below = standing(DEFAULTS, Map.of(2026, new BigDecimal("269999.99")), List.of());
        assertThat(below.nearCap()).isFalse();
        DeMinimisStanding at = standing(DEFAULTS, Map.of(2026, new BigDecimal("270000")), List.of());
        assertThat(at.nearCap()).isTrue();
        assertThat(at.overCap()).isFalse();
    }

    @Test
    void theRefusalNamesTheAmountsAndTheYears() {
        DeMinimisStanding over = standing(DEFAULTS, Map.of(2025, new BigDecimal("300000")), List.of(booked(2026, "142600")));
        var e = DeMinimisService.refusal(over);
        assertThat(e.messageKey()).isEqualTo("company.deminimis.refused");
        assertThat(e.args()).containsExactly(new BigDecimal("312400.00"), 3, new BigDecimal("300000"),
                new BigDecimal("3592600.00"), new BigDecimal("3450000.00"), "2024", "2026");
        String text = new se.kompetensresan.shared.BundleI18NProvider()
                .getTranslation(e.messageKey(), se.kompetensresan.shared.BundleI18NProvider.SWEDISH, e.args())
                .replace('\u00a0', ' ').replace('\u202f', ' ');
        assertThat(text).contains("312 400 EUR", "under 3 beskattningsår (2024–2026)", "över taket 300 000 EUR",
                "3 592 600 kr mot taket 3 450 000 kr");
    }
}
