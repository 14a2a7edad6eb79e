package se.kompetensresan.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalIdentityNumberTest {

    @Test
    void genderComesFromTheNinthDigit() {
        // 19900101-0017: ninth digit (third of the last four) 1 = man; 19900101-0025: 2 = woman
        assertThat(PersonalIdentityNumber.parse("19900101-0017").gender()).isEqualTo(Gender.MAN);
        assertThat(PersonalIdentityNumber.parse("900101-0025").gender()).isEqualTo(Gender.WOMAN);
    }

    @Test
    void storesTwelveDigitsAndMasksTheLastFour() {
        PersonalIdentityNumber p = PersonalIdentityNumber.parse("900101-0017");
        assertThat(p.twelveDigits()).isEqualTo("199001010017");
        assertThat(p.formatted()).isEqualTo("19900101-0017");
        assertThat(p.masked()).isEqualTo("19900101-XXXX");
    }

    @Test
    void refusesAWrongCheckDigitAndGarbage() {
        assertThat(PersonalIdentityNumber.isValid("19900101-0018")).isFalse();
        assertThat(PersonalIdentityNumber.isValid("abc")).isFalse();
        assertThat(PersonalIdentityNumber.isValid(null)).isFalse();
        assertThatThrownBy(() -> PersonalIdentityNumber.parse("19901301-0017"))
                .isInstanceOf(UserMessageException.class);
    }

    @Test
    void acceptsASamordningsnummer() {
        // day + 60: 19900161-xxxx
        String base = "199001610";
        String found = null;
        for (int a = 0; a <= 9 && found == null; a++) {
            for (int check = 0; check <= 9; check++) {
                String candidate = base + "1" + a + check;
                if (Luhn.valid(candidate.substring(2))) {
                    found = candidate;
                    break;
                }
            }
        }
        assertThat(PersonalIdentityNumber.isValid(found)).isTrue();
    }
}
