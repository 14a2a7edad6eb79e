package se.kompetensresan.company;

import org.springframework.stereotype.Component;
import se.kompetensresan.shared.Geography;
import se.kompetensresan.shared.OrganisationNumber;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules of the onboarding form and of a company's contact data, field by field. */
@Component
class ApplicationRules {

    static final int MAX_TEXT = 200;
    static final int MAX_EMPLOYEES = 100_000;
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{3} ?\\d{2}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 \\-]*[0-9]");

    /** The most support one fiscal year's field accepts (EUR). */
    static final BigDecimal MAX_SUPPORT_EUR = new BigDecimal("1000000000");

    private final Geography geography;
    private final SniCodes sni;
    private final DeMinimisSettings deMinimis;

    ApplicationRules(Geography geography, SniCodes sni, DeMinimisSettings deMinimis) {
        this.geography = geography;
        this.sni = sni;
        this.deMinimis = deMinimis;
    }

    /** Every broken rule of the form; empty when it may be stored. */
    List<FieldError> validate(ApplicationForm f, Set<Long> openProjectIds) {
        List<FieldError> e = new ArrayList<>();
        if (f.projectId() == null) {
            e.add(new FieldError(ApplicationField.PROJECT, "company.error.project.required"));
        } else if (!openProjectIds.contains(f.projectId())) {
            e.add(new FieldError(ApplicationField.PROJECT, "company.error.project.unknown"));
        }
        OrganisationNumber.validate(f.organisationNumber())
                .ifPresent(k -> e.add(new FieldError(ApplicationField.ORGANISATION_NUMBER, k)));
        text(e, ApplicationField.NAME, f.name(), "company.error.name.required", MAX_TEXT);
        text(e, ApplicationField.VISITING_ADDRESS, f.visitingAddress(), "company.error.address.required", 300);
        if (blank(f.postalCode())) {
            e.add(new FieldError(ApplicationField.POSTAL_CODE, "company.error.postalcode.required"));
        } else if (!POSTAL_CODE.matcher(f.postalCode().strip()).matches()) {
            e.add(new FieldError(ApplicationField.POSTAL_CODE, "company.error.postalcode.format"));
        }
        text(e, ApplicationField.TOWN, f.town(), "company.error.town.required", 100);
        if (blank(f.municipalityCode())) {
            e.add(new FieldError(ApplicationField.MUNICIPALITY, "company.error.municipality.required"));
        } else if (geography.municipality(f.municipalityCode()).isEmpty()) {
            e.add(new FieldError(ApplicationField.MUNICIPALITY, "company.error.municipality.unknown"));
        }
        sni.validate(f.sniCodes()).ifPresent(k -> e.add(new FieldError(ApplicationField.SNI_CODES, k)));
        if (f.sniCodes() != null && String.join(",", SniCodes.split(f.sniCodes())).length() > 200) {
            e.add(new FieldError(ApplicationField.SNI_CODES, "company.error.sni.toomany"));
        }
        boolean womenOk = employees(e, ApplicationField.EMPLOYEES_WOMEN, f.employeesWomen());
        boolean menOk = employees(e, ApplicationField.EMPLOYEES_MEN, f.employeesMen());
        if (womenOk && menOk && f.employeesWomen() + f.employeesMen() < 1) {
            e.add(new FieldError(ApplicationField.EMPLOYEES_MEN, "company.error.employees.total"));
        }
        if (f.turnoverClass() == null) {
            e.add(new FieldError(ApplicationField.TURNOVER, "company.error.turnover.required"));
        }
        contact(e, f.contactName(), f.contactEmail(), f.contactPhone());
        if (!f.consent()) {
            e.add(new FieldError(ApplicationField.CONSENT, "company.error.consent.required"));
        }
        declaration(e, f.deMinimisEurByYear(), deMinimis.years());
        return e;
    }

    /**
     * The rules of a de minimis declaration: one amount (EUR, 0 when nothing was received) for each of the
     * {@code years} fiscal years, newest first; not negative, at most two decimals, at most 1 000 000 000 each.
     */
    static void declaration(List<FieldError> e, List<BigDecimal> byYear, int years) {
        for (int i = 0; i < years; i++) {
            ApplicationField field = ApplicationField.deMinimisRow(i);
            BigDecimal v = i < byYear.size() ? byYear.get(i) : null;
            if (v == null) {
                e.add(new FieldError(field, "company.error.deminimis.required"));
            } else if (v.signum() < 0) {
                e.add(new FieldError(field, "company.error.deminimis.negative"));
            } else if (v.compareTo(MAX_SUPPORT_EUR) > 0) {
                e.add(new FieldError(field, "company.error.deminimis.toolarge"));
            } else if (v.stripTrailingZeros().scale() > 2) {
                e.add(new FieldError(field, "company.error.deminimis.decimals"));
            }
        }
        if (byYear.size() > years) {
            e.add(new FieldError(ApplicationField.DE_MINIMIS, "company.error.deminimis.years", List.of(String.valueOf(years))));
        }
    }

    /** The rules of a company's contact data (also used when a company user edits it). */
    List<FieldError> validateContact(ContactDetails c) {
        List<FieldError> e = new ArrayList<>();
        contact(e, c.contactName(), c.contactEmail(), c.contactPhone());
        text(e, ApplicationField.VISITING_ADDRESS, c.visitingAddress(), "company.error.address.required", 300);
        return e;
    }

    private void contact(List<FieldError> e, String name, String email, String phone) {
        text(e, ApplicationField.CONTACT_NAME, name, "company.error.contact.name.required", MAX_TEXT);
        emailRule(e, ApplicationField.CONTACT_EMAIL, email);
        if (blank(phone)) {
            e.add(new FieldError(ApplicationField.CONTACT_PHONE, "company.error.contact.phone.required"));
        } else {
            String p = phone.strip();
            long digits = p.chars().filter(Character::isDigit).count();
            if (!PHONE.matcher(p).matches() || digits < 7 || digits > 15) {
                e.add(new FieldError(ApplicationField.CONTACT_PHONE, "company.error.contact.phone.format"));
            }
        }
    }

    static void emailRule(List<FieldError> e, ApplicationField field, String email) {
        if (blank(email)) {
            e.add(new FieldError(field, "company.error.contact.email.required"));
        } else if (email.strip().length() > 320 || hasControl(email) || !EMAIL.matcher(email.strip()).matches()) {
            e.add(new FieldError(field, "company.error.contact.email.format"));
        }
    }

    private static boolean employees(List<FieldError> e, ApplicationField field, Integer value) {
        if (value == null) {
            e.add(new FieldError(field, "company.error.employees.required"));
            return false;
        }
        if (value < 0) {
            e.add(new FieldError(field, "company.error.employees.negative"));
            return false;
        }
        if (value > MAX_EMPLOYEES) {
            e.add(new FieldError(field, "company.error.employees.toolarge"));
            return false;
        }
        return true;
    }

    static void text(List<FieldError> e, ApplicationField field, String value, String requiredKey, int max) {
        if (blank(value)) {
            e.add(new FieldError(field, requiredKey));
        } else if (value.strip().length() > max) {
            e.add(new FieldError(field, "company.error.text.toolong",
                    List.of(String.valueOf(max), String.valueOf(value.strip().length()))));
        } else if (hasControl(value)) {
            e.add(new FieldError(field, "company.error.text.control"));
        }
    }

    /** Control characters (line breaks, NUL, …) and the invisible direction overrides that can disguise text. */
    static boolean hasControl(String s) {
        return s.codePoints().anyMatch(c -> Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0xFEFF);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** "12345" or "123 45" → "123 45". */
    static String postalCode(String s) {
        String d = s.replace(" ", "");
        return d.substring(0, 3) + " " + d.substring(3);
    }
}
