package se.kompetensresan.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GeographyTest {

    private final Geography geography = new Geography();

    @Test
    void knowsAllCountiesAndMunicipalities() {
        assertThat(geography.counties()).hasSize(21);
        assertThat(geography.municipalities()).hasSize(290);
    }

    @Test
    void findsKarlskogaInÖrebroLän() {
        Geography.Municipality karlskoga = geography.municipalityByName("Karlskoga").orElseThrow();
        assertThat(karlskoga.code()).isEqualTo("1883");
        assertThat(geography.county(karlskoga.countyCode()).orElseThrow().name()).isEqualTo("Örebro län");
    }
}
