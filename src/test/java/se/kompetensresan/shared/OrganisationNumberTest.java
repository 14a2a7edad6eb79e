package se.kompetensresan.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationNumberTest {

    @ParameterizedTest
    @CsvSource({"556036-0793", "5560360793", " 556036-0793 ", "212000-1355"})
    void acceptsValidNumbersWithOrWithoutHyphen(String text) {
        assertThat(OrganisationNumber.validate(text)).isEmpty();
        assertThat(OrganisationNumber.parse(text).formatted()).matches("\\d{6}-\\d{4}");
    }

    @ParameterizedTest
    @CsvSource({
            "55603607, shared.orgnr.format",
            "55603607931, shared.orgnr.format",
            "5560-360793, shared.orgnr.format",
            "55603A0793, shared.orgnr.format",
            "551036-0793, shared.orgnr.month",
            "556036-0794, shared.orgnr.checkdigit"})
    void refusesBadNumbersWithTheReason(String text, String reasonKey) {
        assertThat(OrganisationNumber.validate(text)).contains(reasonKey);
        assertThatThrownBy(() -> OrganisationNumber.parse(text))
                .isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).messageKey()).isEqualTo(reasonKey);
    }

    @Test
    void emptyOrMissingNumberIsAFormatError() {
        assertThat(OrganisationNumber.validate(null)).contains("shared.orgnr.format");
        assertThat(OrganisationNumber.validate("")).contains("shared.orgnr.format");
    }

    @Test
    void firstDigitGivesTheLegalForm() {
        assertThat(OrganisationNumber.parse("556036-0793").legalFormKey()).isEqualTo("shared.legalform.5");
        assertThat(OrganisationNumber.parse("212000-1355").legalFormKey()).isEqualTo("shared.legalform.2");
    }
}
