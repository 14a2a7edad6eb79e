package se.kompetensresan.shared.ui;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    @Test
    void aShareIsWrittenWithTheDecimalCommaOfASwedishPage() {
        // no UI: the default language is Swedish
        assertThat(Formats.percent(new BigDecimal("3.66"))).isEqualTo("3,7\u00a0%");
        assertThat(Formats.percent(new BigDecimal("25"))).isEqualTo("25\u00a0%");
        assertThat(Formats.percent(null)).isEmpty();
    }
}
