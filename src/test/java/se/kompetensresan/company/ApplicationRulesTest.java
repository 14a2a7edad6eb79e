package se.kompetensresan.company;

import org.junit.jupiter.api.Test;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.shared.Geography;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** Every field of the onboarding form, with good and bad values. */
class ApplicationRulesTest {

    static final long PROJECT = 7L;
    private final ApplicationRules rules = new ApplicationRules(new Geography(), new SniCodes(), DeMinimisSettings.defaults());

    static ApplicationForm valid() {
        return new ApplicationForm(PROJECT, "556036-0793", "Karlskoga Verkstad AB", "Bruksgatan 1", "691 41", "Karlskoga",
                "1883", "25.620, 28.110", 5, 20, TurnoverClass.FROM_10_TO_50_MSEK, "Anna Andersson", "anna@verkstad.se",
                "0586-123 45", true, BigDecimal.ZERO, "sv");
    }

    private List<FieldError> errors(ApplicationForm f) {
        return rules.validate(f, Set.of(PROJECT));
    }

    private void good(UnaryOperator<Builder> change) {
        assertThat(errors(change.apply(new Builder()).build())).isEmpty();
    }

    private void bad(UnaryOperator<Builder> change, ApplicationField field, String key) {
        assertThat(errors(change.apply(new Builder()).build())).containsExactly(new FieldError(field, key));
    }

    @Test
    void aCompleteFormPasses() {
        assertThat(errors(valid())).isEmpty();
    }

    @Test
    void project() {
        bad(b -> b.projectId(null), ApplicationField.PROJECT, "company.error.project.required");
        bad(b -> b.projectId(99L), ApplicationField.PROJECT, "company.error.project.unknown");
    }

    @Test
    void organisationNumber() {
        good(b -> b.orgnr("5560360793"));
        good(b -> b.orgnr(CoachingTestData.organisationNumber()));
        bad(b -> b.orgnr(""), ApplicationField.ORGANISATION_NUMBER, "shared.orgnr.format");
        bad(b -> b.orgnr("556036-079"), ApplicationField.ORGANISATION_NUMBER, "shared.orgnr.format");
        bad(b -> b.orgnr("55603a0793"), ApplicationField.ORGANISATION_NUMBER, "shared.orgnr.format");
        bad(b -> b.orgnr("5510360793"), ApplicationField.ORGANISATION_NUMBER, "shared.orgnr.month");
        bad(b -> b.orgnr("556036-0794"), ApplicationField.ORGANISATION_NUMBER, "shared.orgnr.checkdigit");
    }

    @Test
    void nameAddressTown() {
        bad(b -> b.name(" "), ApplicationField.NAME, "company.error.name.required");
        assertThat(errors(new Builder().name("x".repeat(201)).build()))
                .containsExactly(new FieldError(ApplicationField.NAME, "company.error.text.toolong", List.of("200", "201")));
        // a 5 000-character name is refused, not cut to 200
        assertThat(errors(new Builder().name("x".repeat(5000)).build()))
                .containsExactly(new FieldError(ApplicationField.NAME, "company.error.text.toolong", List.of("200", "5000")));
        bad(b -> b.address(null), ApplicationField.VISITING_ADDRESS, "company.error.address.required");
        bad(b -> b.town(""), ApplicationField.TOWN, "company.error.town.required");
    }

    @Test
    void postalCode() {
        good(b -> b.postalCode("69141"));
        good(b -> b.postalCode("691 41"));
        bad(b -> b.postalCode(""), ApplicationField.POSTAL_CODE, "company.error.postalcode.required");
        bad(b -> b.postalCode("6914"), ApplicationField.POSTAL_CODE, "company.error.postalcode.format");
        bad(b -> b.postalCode("69 141"), ApplicationField.POSTAL_CODE, "company.error.postalcode.format");
        bad(b -> b.postalCode("ABC 12"), ApplicationField.POSTAL_CODE, "company.error.postalcode.format");
        assertThat(ApplicationRules.postalCode("69141")).isEqualTo("691 41");
    }

    @Test
    void municipality() {
        good(b -> b.municipality("0380"));
        bad(b -> b.municipality(null), ApplicationField.MUNICIPALITY, "company.error.municipality.required");
        bad(b -> b.municipality("9999"), ApplicationField.MUNICIPALITY, "company.error.municipality.unknown");
    }

    @Test
    void sniCodes() {
        good(b -> b.sni("25.620"));
        good(b -> b.sni("25.620;28.110 33.120"));
        bad(b -> b.sni(""), ApplicationField.SNI_CODES, "company.error.sni.required");
        bad(b -> b.sni("25620"), ApplicationField.SNI_CODES, "company.error.sni.format");
        bad(b -> b.sni("25.62"), ApplicationField.SNI_CODES, "company.error.sni.format");
        bad(b -> b.sni("25.620, 2811"), ApplicationField.SNI_CODES, "company.error.sni.format");
        bad(b -> b.sni("04.100"), ApplicationField.SNI_CODES, "company.error.sni.division");
        bad(b -> b.sni("34.100"), ApplicationField.SNI_CODES, "company.error.sni.division");
        bad(b -> b.sni("25.620, 25.620"), ApplicationField.SNI_CODES, "company.error.sni.duplicate");
        assertThat(new SniCodes().divisions()).hasSize(88);
        assertThat(SniCodes.isManufacturing("25.620")).isTrue();
        assertThat(SniCodes.isManufacturing("62.010")).isFalse();
    }

    @Test
    void employees() {
        good(b -> b.women(0).men(1));
        good(b -> b.women(1).men(0));
        bad(b -> b.women(null), ApplicationField.EMPLOYEES_WOMEN, "company.error.employees.required");
        bad(b -> b.men(-1), ApplicationField.EMPLOYEES_MEN, "company.error.employees.negative");
        bad(b -> b.women(1_000_000), ApplicationField.EMPLOYEES_WOMEN, "company.error.employees.toolarge");
        bad(b -> b.women(0).men(0), ApplicationField.EMPLOYEES_MEN, "company.error.employees.total");
    }

    @Test
    void turnover() {
        bad(b -> b.turnover(null), ApplicationField.TURNOVER, "company.error.turnover.required");
    }

    @Test
    void contact() {
        bad(b -> b.contactName(""), ApplicationField.CONTACT_NAME, "company.error.contact.name.required");
        good(b -> b.email("a.b-c@sub.foretag.se"));
        bad(b -> b.email(""), ApplicationField.CONTACT_EMAIL, "company.error.contact.email.required");
        bad(b -> b.email("anna.verkstad.se"), ApplicationField.CONTACT_EMAIL, "company.error.contact.email.format");
        bad(b -> b.email("anna@verkstad"), ApplicationField.CONTACT_EMAIL, "company.error.contact.email.format");
        bad(b -> b.email("an na@verkstad.se"), ApplicationField.CONTACT_EMAIL, "company.error.contact.email.format");
        good(b -> b.phone("+46 586 123 45"));
        good(b -> b.phone("070-1234567"));
        good(b -> b.phone("0586123456"));
        bad(b -> b.phone(""), ApplicationField.CONTACT_PHONE, "company.error.contact.phone.required");
        bad(b -> b.phone("0586 12"), ApplicationField.CONTACT_PHONE, "company.error.contact.phone.format");
        bad(b -> b.phone("0586-ABC45"), ApplicationField.CONTACT_PHONE, "company.error.contact.phone.format");
        bad(b -> b.phone("(0586) 12345"), ApplicationField.CONTACT_PHONE, "company.error.contact.phone.format");
        bad(b -> b.phone("+46 1234 5678 9012 34"), ApplicationField.CONTACT_PHONE, "company.error.contact.phone.format");
    }

    @Test
    void consent() {
        bad(b -> b.consent(false), ApplicationField.CONSENT, "company.error.consent.required");
    }

    @Test
    void deMinimis() {
        good(b -> b.deMinimis(new BigDecimal("299999.50")));
        bad(b -> b.deMinimis(null), ApplicationField.DE_MINIMIS, "company.error.deminimis.required");
        bad(b -> b.deMinimis(new BigDecimal("-1")), ApplicationField.DE_MINIMIS, "company.error.deminimis.negative");
    }

    @Test
    void theDeclarationHasOneAmountPerFiscalYearEachCheckedBesideItsField() {
        assertThat(errors(withYears(new BigDecimal("0"), new BigDecimal("150000"), new BigDecimal("120000.50")))).isEmpty();
        assertThat(errors(withYears(BigDecimal.ZERO, null, new BigDecimal("-5"))))
                .containsExactly(new FieldError(ApplicationField.DE_MINIMIS_1, "company.error.deminimis.required"),
                        new FieldError(ApplicationField.DE_MINIMIS_2, "company.error.deminimis.negative"));
        assertThat(errors(withYears(new BigDecimal("1.005"), BigDecimal.ZERO, new BigDecimal("1000000000.01"))))
                .containsExactly(new FieldError(ApplicationField.DE_MINIMIS, "company.error.deminimis.decimals"),
                        new FieldError(ApplicationField.DE_MINIMIS_2, "company.error.deminimis.toolarge"));
    }

    @Test
    void aDeclarationMissingAYearOrWithOneTooManyIsRefused() {
        assertThat(errors(withYears(BigDecimal.ZERO, BigDecimal.ZERO)))
                .containsExactly(new FieldError(ApplicationField.DE_MINIMIS_2, "company.error.deminimis.required"));
        assertThat(errors(withYears(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE)))
                .containsExactly(new FieldError(ApplicationField.DE_MINIMIS, "company.error.deminimis.years", List.of("3")));
    }

    @Test
    void aTypedAmountIsReadAsTypedOrRefusedNeverGuessed() {
        assertThat(ApplicationForm.amount("150 000")).isEqualByComparingTo("150000");
        assertThat(ApplicationForm.amount("12500,50")).isEqualByComparingTo("12500.50");
        assertThat(ApplicationForm.amount(" ")).isNull();
        for (String wrong : new String[]{"4O", "1.234", "12,345", "1e5", "-3", "12 50"}) {
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(() -> ApplicationForm.amount(wrong),
                    se.kompetensresan.shared.UserMessageException.class).messageKey())
                    .as(wrong).isEqualTo("company.error.deminimis.number");
        }
    }

    private static ApplicationForm withYears(BigDecimal... byYear) {
        ApplicationForm v = valid();
        return new ApplicationForm(v.projectId(), v.organisationNumber(), v.name(), v.visitingAddress(), v.postalCode(),
                v.town(), v.municipalityCode(), v.sniCodes(), v.employeesWomen(), v.employeesMen(), v.turnoverClass(),
                v.contactName(), v.contactEmail(), v.contactPhone(), true, java.util.Arrays.asList(byYear), "sv");
    }

    @Test
    void contactDetailsOfACompany() {
        assertThat(rules.validateContact(new ContactDetails("Anna", "anna@verkstad.se", "0586-12345", "Bruksgatan 1"))).isEmpty();
        assertThat(rules.validateContact(new ContactDetails("", "anna", "12", "")))
                .extracting(FieldError::field).containsExactly(ApplicationField.CONTACT_NAME, ApplicationField.CONTACT_EMAIL,
                        ApplicationField.CONTACT_PHONE, ApplicationField.VISITING_ADDRESS);
    }

    /** A valid form to change one field of. */
    static final class Builder {
        Long projectId = PROJECT;
        String orgnr = "556036-0793", name = "Karlskoga Verkstad AB", address = "Bruksgatan 1", postalCode = "691 41",
                town = "Karlskoga", municipality = "1883", sni = "25.620", contactName = "Anna", email = "anna@verkstad.se",
                phone = "0586-123 45";
        Integer women = 5, men = 20;
        TurnoverClass turnover = TurnoverClass.UP_TO_1_MSEK;
        boolean consent = true;
        BigDecimal deMinimis = BigDecimal.ZERO;

        Builder projectId(Long v) { projectId = v; return this; }
        Builder orgnr(String v) { orgnr = v; return this; }
        Builder name(String v) { name = v; return this; }
        Builder address(String v) { address = v; return this; }
        Builder postalCode(String v) { postalCode = v; return this; }
        Builder town(String v) { town = v; return this; }
        Builder municipality(String v) { municipality = v; return this; }
        Builder sni(String v) { sni = v; return this; }
        Builder women(Integer v) { women = v; return this; }
        Builder men(Integer v) { men = v; return this; }
        Builder turnover(TurnoverClass v) { turnover = v; return this; }
        Builder contactName(String v) { contactName = v; return this; }
        Builder email(String v) { email = v; return this; }
        Builder phone(String v) { phone = v; return this; }
        Builder consent(boolean v) { consent = v; return this; }
        Builder deMinimis(BigDecimal v) { deMinimis = v; return this; }

        ApplicationForm build() {
            return new ApplicationForm(projectId, orgnr, name, address, postalCode, town, municipality, sni, women, men,
                    turnover, contactName, email, phone, consent, deMinimis, "sv");
        }
    }
}
