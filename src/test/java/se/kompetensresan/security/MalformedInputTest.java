package se.kompetensresan.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.company.ApplicationField;
import se.kompetensresan.company.ApplicationForm;
import se.kompetensresan.company.ApplicationInvalidException;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.company.OnboardingService;
import se.kompetensresan.company.TurnoverClass;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.shared.UserMessageException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At least 500 malformed inputs across the services behind every public and account form (onboarding, application
 * status and confirmation, forgot password, set password, change password, user administration, inviting a
 * colleague): overlong, control characters, direction overrides, emoji, scripts, SQL, wrong types, huge and
 * negative numbers. Each must be refused with a message key that belongs to the field it was typed into (shown
 * beside it) or accepted and stored exactly as typed; never another exception (a stack trace, an HTTP 500), never
 * a stored row for a refused one. The count is printed.
 */
@SpringBootTest
@ActiveProfiles("test")
class MalformedInputTest extends MalformedInputCheck {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    OnboardingService onboarding;
    @Autowired
    UserService users;
    @Autowired
    CompanyService companies;
    @Autowired
    PasswordResets resets;
    private static boolean at(RuntimeException e, ApplicationField field) {
        return e instanceof ApplicationInvalidException a && a.errors().stream().anyMatch(x -> x.field() == field);
    }

    @Test
    void fiveHundredMalformedInputsAreRefusedAtTheirFieldOrStoredAsTyped() {
        CoachingTestData w = new CoachingTestData(ctx);
        String email = "valid-" + UUID.randomUUID().toString().substring(0, 8) + "@verkstad.se";
        String[] valid = {CoachingTestData.organisationNumber(), "Bruket " + w.key, "Bruksgatan 1", "69141", "Karlskoga",
                "1883", "25.620", "Anna Andersson", email, "0586-123 45"};
        ApplicationField[] fields = {ApplicationField.ORGANISATION_NUMBER, ApplicationField.NAME, ApplicationField.VISITING_ADDRESS,
                ApplicationField.POSTAL_CODE, ApplicationField.TOWN, ApplicationField.MUNICIPALITY, ApplicationField.SNI_CODES,
                ApplicationField.CONTACT_NAME, ApplicationField.CONTACT_EMAIL, ApplicationField.CONTACT_PHONE};
        // free-text fields may take emoji, markup or SQL as text; coded fields (org.nr, postal code, …) may not
        boolean[] freeText = {false, true, true, false, true, false, false, true, false, false};
        // a value that is valid for a coded field (e.g. "0000-00-00" is digits and dashes, a well-formed phone number)
        java.util.function.BiPredicate<ApplicationField, String> wellFormed = (field, v) -> field == ApplicationField.CONTACT_PHONE
                && v.matches("\\+?[0-9][0-9 \\-]*[0-9]") && v.chars().filter(Character::isDigit).count() >= 7;

        // 1. the public application form: every text field × every nasty value
        for (int f = 0; f < fields.length; f++) {
            for (String bad : NASTY) {
                String[] v = valid.clone();
                v[f] = bad;
                if (f == 0) {
                    // a valid org.nr is unique per application: keep the others valid
                } else {
                    v[0] = CoachingTestData.organisationNumber();
                }
                ApplicationForm form = new ApplicationForm(w.project.id(), v[0], v[1], v[2], v[3], v[4], v[5], v[6], 4, 21,
                        TurnoverClass.FROM_10_TO_50_MSEK, v[7], v[8], v[9], true, BigDecimal.ZERO, "sv");
                ApplicationField field = fields[f];
                boolean dangerous = bad.length() > 300 || bad.codePoints().anyMatch(c -> Character.isISOControl(c)
                        || (c >= 0x200E && c <= 0x206F) || c == 0xFEFF) || bad.isBlank();
                attempt("apply " + field + "=" + show(bad), "company_application", () -> {
                    var r = onboarding.apply(form);
                    var stored = onboarding.application(r.applicationId());
                    String kept = switch (field) {
                        case NAME -> stored.name();
                        case VISITING_ADDRESS -> stored.visitingAddress();
                        case TOWN -> stored.town();
                        case CONTACT_NAME -> stored.contactName();
                        default -> null;
                    };
                    if (kept != null && !kept.equals(bad.strip())) {
                        failures.add("apply " + field + "=" + show(bad) + ": stored changed as " + show(kept));
                    }
                }, e -> at(e, field), (freeText[f] && !dangerous) || wellFormed.test(field, bad));
            }
        }
        // numbers and ids of the form: negative, huge, missing
        for (Integer n : new Integer[]{-1, Integer.MIN_VALUE, Integer.MAX_VALUE, 100_001, null}) {
            attempt("apply women=" + n, "company_application", () -> onboarding.apply(new ApplicationForm(w.project.id(),
                    CoachingTestData.organisationNumber(), "Bruket", "Gatan 1", "69141", "Karlskoga", "1883", "25.620", n, 21,
                    TurnoverClass.FROM_10_TO_50_MSEK, "Anna", email, "0586-123 45", true, BigDecimal.ZERO, "sv")),
                    e -> at(e, ApplicationField.EMPLOYEES_WOMEN), false);
            attempt("apply men=" + n, "company_application", () -> onboarding.apply(new ApplicationForm(w.project.id(),
                    CoachingTestData.organisationNumber(), "Bruket", "Gatan 1", "69141", "Karlskoga", "1883", "25.620", 0, n,
                    TurnoverClass.FROM_10_TO_50_MSEK, "Anna", email, "0586-123 45", true, BigDecimal.ZERO, "sv")),
                    e -> at(e, ApplicationField.EMPLOYEES_MEN), false);
        }
        for (String d : new String[]{"-0.01", "-1e10", "1e30", "1000000000.01"}) {
            attempt("apply deMinimis=" + d, "company_application", () -> onboarding.apply(new ApplicationForm(w.project.id(),
                    CoachingTestData.organisationNumber(), "Bruket", "Gatan 1", "69141", "Karlskoga", "1883", "25.620", 4, 21,
                    TurnoverClass.FROM_10_TO_50_MSEK, "Anna", email, "0586-123 45", true, new BigDecimal(d), "sv")),
                    e -> at(e, ApplicationField.DE_MINIMIS), false);
        }
        for (Long p : new Long[]{-1L, 0L, Long.MAX_VALUE, null}) {
            attempt("apply project=" + p, "company_application", () -> onboarding.apply(new ApplicationForm(p,
                    CoachingTestData.organisationNumber(), "Bruket", "Gatan 1", "69141", "Karlskoga", "1883", "25.620", 4, 21,
                    TurnoverClass.FROM_10_TO_50_MSEK, "Anna", email, "0586-123 45", true, BigDecimal.ZERO, "sv")),
                    e -> at(e, ApplicationField.PROJECT), false);
        }

        // 2. anonymous links and the forgot-password form: nothing may throw, nothing is found
        for (String bad : NASTY) {
            attempt("status " + show(bad), "company_application", () -> assertThat(onboarding.statusOf(bad)).isEmpty(), e -> false, true);
            attempt("confirm " + show(bad), "company_application", () -> assertThat(onboarding.confirm(bad)).isEmpty(), e -> false, true);
            attempt("set-password token " + show(bad), "app_user", () -> onboarding.invitationStatus(bad), e -> false, true);
            attempt("forgot password " + show(bad), "outbox_message", () -> resets.request(bad, "10.50." + (count % 250) + ".1"),
                    e -> false, true);
        }

        // 3. set password (a valid link) and change password: every nasty value is a refusal at the password field
        String admin = "malformed-admin-" + w.key;
        users.create(new UserForm(admin, "pw", "Admin", null, Role.ADMIN, null, Set.of()));
        for (String bad : NASTY) {
            attempt("change password " + show(bad), "app_user", () -> users.changePassword(admin, "pw", bad, bad),
                    e -> e instanceof UserMessageException u && u.messageKey().startsWith("security.password."), true);
        }

        // 4. user administration: username, name, e-mail, password
        JourneyFixtures.signIn(admin, Role.ADMIN);
        for (String bad : NASTY) {
            String good = "ett riktigt bra lösenord";
            attempt("create username=" + show(bad), "app_user", () -> users.createByAdmin(new UserForm(bad, good, "Namn", null,
                    Role.ADMIN, null, Set.of()), false), e -> key(e).contains(".username"),
                    bad.matches("[A-Za-z0-9][A-Za-z0-9._@+-]{1,99}")); // "NaN", "null", digits: odd, but valid usernames
            attempt("create name=" + show(bad), "app_user", () -> users.createByAdmin(new UserForm(unique(), good, bad, null,
                    Role.ADMIN, null, Set.of()), false), e -> key(e).endsWith(".name"), !bad.isBlank() && bad.length() <= 200
                    && bad.codePoints().noneMatch(c -> Character.isISOControl(c) || UserAccountRules.bidiControl(c)));
            attempt("create email=" + show(bad), "app_user", () -> users.createByAdmin(new UserForm(unique(), good, "Namn", bad,
                    Role.ADMIN, null, Set.of()), true), e -> key(e).contains(".email"), false);
            attempt("create password=" + show(bad), "app_user", () -> users.createByAdmin(new UserForm(unique(), bad, "Namn", null,
                    Role.ADMIN, null, Set.of()), false), e -> key(e).startsWith("security.password."), bad.codePointCount(0, bad.length()) >= 12
                    && bad.length() <= 128 && bad.codePoints().distinct().count() >= 4);
        }
        for (Long id : new Long[]{-1L, 0L, Long.MAX_VALUE}) {
            attempt("create company=" + id, "app_user", () -> users.createByAdmin(new UserForm(unique(), "ett riktigt bra lösenord",
                    "Namn", null, Role.COMPANY, id <= 0 ? id : null, Set.of()), false), e -> key(e).endsWith(".company"), false);
            attempt("enable unknown " + id, "app_user", () -> users.setEnabled(id, false), e -> key(e).endsWith(".unknown"), false);
        }

        // 5. a company user invites a colleague: name and e-mail
        JourneyFixtures.signIn(w.companyUserA, Role.COMPANY);
        for (String bad : NASTY) {
            attempt("invite name=" + show(bad), "app_user", () -> companies.inviteColleague(w.companyA.id(), bad,
                    unique() + "@verkstad.se"), e -> at(e, ApplicationField.CONTACT_NAME), !bad.isBlank() && bad.length() <= 200
                    && !bad.codePoints().anyMatch(c -> Character.isISOControl(c) || UserAccountRules.bidiControl(c) || c == 0xFEFF));
            attempt("invite email=" + show(bad), "app_user", () -> companies.inviteColleague(w.companyA.id(), "Kim", bad),
                    e -> at(e, ApplicationField.CONTACT_EMAIL), false);
        }

        System.out.println("MalformedInputTest: " + count + " malformed inputs, " + failures.size() + " problems");
        assertThat(count).isGreaterThanOrEqualTo(500);
        assertThat(failures).isEmpty();
    }

    private static String key(RuntimeException e) {
        return e instanceof UserMessageException u ? u.messageKey() : "";
    }

    private static String unique() {
        return "m" + UUID.randomUUID().toString().substring(0, 12);
    }
}
