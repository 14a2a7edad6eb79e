package se.kompetensresan.company;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.mail.MailService;
import se.kompetensresan.mail.OutboxInfo;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.security.InvitationStatus;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.UserMessageException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.springframework.security.core.userdetails.User;
import se.kompetensresan.security.UserForm;

@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class OnboardingServiceTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    OnboardingService onboarding;
    @Autowired
    CompanyApplicationRepository applications;
    @Autowired
    CompanyService companies;
    @Autowired
    MailService mail;
    @Autowired
    UserService users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ApplicationEvents events;

    CoachingTestData w;
    String email;

    @BeforeEach
    void world() {
        w = new CoachingTestData(ctx);
        email = "anna-" + UUID.randomUUID() + "@verkstad.se";
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    ApplicationForm form(String orgnr) {
        return new ApplicationForm(w.project.id(), orgnr, "Bruksverkstaden " + w.key, "Bruksgatan 1", "69141", "Karlskoga",
                "1883", "25.620, 28.110", 4, 21, TurnoverClass.FROM_10_TO_50_MSEK, "Anna Andersson", email, "0586-123 45",
                true, new BigDecimal("1000"), "sv");
    }

    void runAs(String username) {
        var account = users.findAccount(username).orElseThrow();
        var authorities = List.of(new SimpleGrantedAuthority(account.role().authority()));
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                new User(username, "x", authorities), null, authorities));
    }

    @Test
    void validApplicationIsStoredPublishedAndConfirmedByMail() {
        String orgnr = CoachingTestData.organisationNumber();
        ApplicationReceipt r = onboarding.apply(form(orgnr));

        ApplicationInfo a = onboarding.application(r.applicationId());
        assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(a.organisationNumber().digits()).isEqualTo(orgnr);
        assertThat(a.postalCode()).isEqualTo("691 41");
        assertThat(a.sniCodes()).containsExactly("25.620", "28.110");
        assertThat(a.mainSniCode()).isEqualTo("25.620");
        assertThat(a.employees()).isEqualTo(25);
        assertThat(a.countyCode()).isEqualTo("18");
        assertThat(a.consentAt()).isNotNull();
        assertThat(r.reference()).matches("KR-\\d{4}-\\d{5}").isEqualTo(a.reference());
        assertThat(r.deMinimisWarning()).isFalse();
        assertThat(events.stream(CompanyApplied.class)).containsExactly(new CompanyApplied(r.applicationId(), w.project.id()));
        assertThat(mail.sentTo(email)).singleElement().satisfies(m -> {
            assertThat(m.subject()).contains(r.reference());
            assertThat(m.body()).contains("Anna Andersson", w.project.name());
        });
    }

    @Test
    void eachInvalidFieldIsRefusedWithItsKeyAndNothingIsStored() {
        long before = applications.count();
        ApplicationForm bad = new ApplicationForm(w.project.id(), "556036-0794", "", "Bruksgatan 1", "691", "Karlskoga",
                "1883", "2562", 0, 0, null, "Anna", "anna@", "abc", false, new BigDecimal("-5"), "sv");
        assertThatThrownBy(() -> onboarding.apply(bad)).isInstanceOfSatisfying(ApplicationInvalidException.class, e ->
                assertThat(e.errors()).extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                        Tuple.tuple(ApplicationField.ORGANISATION_NUMBER, "shared.orgnr.checkdigit"),
                        Tuple.tuple(ApplicationField.NAME, "company.error.name.required"),
                        Tuple.tuple(ApplicationField.POSTAL_CODE, "company.error.postalcode.format"),
                        Tuple.tuple(ApplicationField.SNI_CODES, "company.error.sni.format"),
                        Tuple.tuple(ApplicationField.EMPLOYEES_MEN, "company.error.employees.total"),
                        Tuple.tuple(ApplicationField.TURNOVER, "company.error.turnover.required"),
                        Tuple.tuple(ApplicationField.CONTACT_EMAIL, "company.error.contact.email.format"),
                        Tuple.tuple(ApplicationField.CONTACT_PHONE, "company.error.contact.phone.format"),
                        Tuple.tuple(ApplicationField.CONSENT, "company.error.consent.required"),
                        Tuple.tuple(ApplicationField.DE_MINIMIS, "company.error.deminimis.negative")));
        assertThat(applications.count()).isEqualTo(before);
        assertThat(mail.sentTo(email)).isEmpty();
        assertThat(events.stream(CompanyApplied.class)).isEmpty();
    }

    @Test
    void unknownProjectIsRefused() {
        ApplicationForm f = form(CoachingTestData.organisationNumber());
        ApplicationForm other = new ApplicationForm(-1L, f.organisationNumber(), f.name(), f.visitingAddress(), f.postalCode(),
                f.town(), f.municipalityCode(), f.sniCodes(), f.employeesWomen(), f.employeesMen(), f.turnoverClass(),
                f.contactName(), f.contactEmail(), f.contactPhone(), true, f.deMinimisEur(), "sv");
        assertThatThrownBy(() -> onboarding.apply(other)).isInstanceOfSatisfying(ApplicationInvalidException.class, e ->
                assertThat(e.errors()).containsExactly(new FieldError(ApplicationField.PROJECT, "company.error.project.unknown")));
    }

    @Test
    void duplicateOrganisationNumberIsRefusedWithAClearAnswer() {
        String orgnr = CoachingTestData.organisationNumber();
        onboarding.apply(form(orgnr));
        long before = applications.count();
        assertThatThrownBy(() -> onboarding.apply(form(orgnr.substring(0, 6) + "-" + orgnr.substring(6))))
                .isInstanceOfSatisfying(ApplicationInvalidException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError(ApplicationField.ORGANISATION_NUMBER, "company.error.orgnr.applied",
                                List.of(orgnr.substring(0, 6) + "-" + orgnr.substring(6)))));
        // an org.nr already registered as a company in the project
        String registered = w.companyA.organisationNumber().digits();
        assertThatThrownBy(() -> onboarding.apply(form(registered)))
                .isInstanceOfSatisfying(ApplicationInvalidException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly("company.error.orgnr.registered"));
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    void deMinimisAboveTheCapWarnsButDoesNotBlock() {
        ApplicationForm f = form(CoachingTestData.organisationNumber());
        ApplicationForm high = new ApplicationForm(f.projectId(), f.organisationNumber(), f.name(), f.visitingAddress(),
                f.postalCode(), f.town(), f.municipalityCode(), f.sniCodes(), f.employeesWomen(), f.employeesMen(),
                f.turnoverClass(), f.contactName(), f.contactEmail(), f.contactPhone(), true, new BigDecimal("290000"), "sv");
        assertThat(onboarding.apply(high).deMinimisWarning()).isTrue();
        assertThat(onboarding.deMinimisWarning(f.projectId(), new BigDecimal("280000"))).isFalse();
        assertThat(onboarding.deMinimisWarning(f.projectId(), new BigDecimal("280001"))).isTrue();
    }

    private String linkToken(String address) {
        OutboxInfo m = mail.sentTo(address).stream().filter(x -> x.body().contains("/set-password/")).findFirst().orElseThrow();
        Matcher matcher = Pattern.compile("/set-password/([A-Za-z0-9_-]+)").matcher(m.body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void approvalCreatesCompanyAndInvitedUserWhoSetsThePasswordOnce() {
        ApplicationReceipt r = onboarding.apply(form(CoachingTestData.organisationNumber()));
        runAs(w.managerA);
        CompanyInfo c = onboarding.approve(r.applicationId(), w.subprojectA.id());

        assertThat(c.subprojectId()).isEqualTo(w.subprojectA.id());
        assertThat(c.industryCode()).isEqualTo("25.620");
        assertThat(onboarding.application(r.applicationId()).status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(onboarding.application(r.applicationId()).companyId()).isEqualTo(c.id());
        var user = users.findAccount(email.toLowerCase()).orElseThrow();
        assertThat(user.role()).isEqualTo(Role.COMPANY);
        assertThat(user.companyId()).isEqualTo(c.id());
        assertThat(companies.details(c.id()).sniCodes()).containsExactly("25.620", "28.110");
        SecurityContextHolder.clearContext();

        String token = linkToken(email);
        assertThat(onboarding.invitationStatus(token)).isEqualTo(InvitationStatus.VALID);
        assertThatThrownBy(() -> onboarding.setPassword(token, "kort", "kort"))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("company.password.error.short"));
        assertThatThrownBy(() -> onboarding.setPassword(token, "ettlangtlosenord", "annatlosenord1"))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("company.password.error.repeat"));
        assertThat(onboarding.setPassword(token, "ettlangtlosenord", "ettlangtlosenord")).isEqualTo(email.toLowerCase());
        var details = users.loadUserByUsername(email);
        assertThat(details.isEnabled()).isTrue();
        assertThat(encoder.matches("ettlangtlosenord", details.getPassword())).isTrue();

        assertThatThrownBy(() -> onboarding.setPassword(token, "ettannatlosenord", "ettannatlosenord"))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("company.password.token.used"));
        assertThat(encoder.matches("ettlangtlosenord", users.loadUserByUsername(email).getPassword())).isTrue();
        assertThatThrownBy(() -> onboarding.setPassword("no-such-token", "ettannatlosenord", "ettannatlosenord"))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("company.password.token.unknown"));
    }

    @Test
    void invitedUserCannotLogInBeforeSettingThePasswordAndAnExpiredTokenIsRefused() {
        String username = "expired-" + UUID.randomUUID() + "@verkstad.se";
        String token = users.invite(new UserForm(username, null, "Utgången", username, Role.COMPANY,
                w.companyA.id(), Set.of()), Instant.now().minus(1, ChronoUnit.MINUTES));
        assertThat(users.loadUserByUsername(username).isEnabled()).isFalse();
        assertThat(onboarding.invitationStatus(token)).isEqualTo(InvitationStatus.EXPIRED);
        assertThatThrownBy(() -> onboarding.setPassword(token, "ettlangtlosenord", "ettlangtlosenord"))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("company.password.token.expired"));
        assertThat(users.loadUserByUsername(username).isEnabled()).isFalse();
    }

    @Test
    void approvalIsRefusedToACoachAndToAManagerOfAnotherDelprojekt() {
        ApplicationReceipt r = onboarding.apply(form(CoachingTestData.organisationNumber()));
        runAs(w.coachA);
        assertThatThrownBy(() -> onboarding.approve(r.applicationId(), w.subprojectA.id())).isInstanceOf(AccessRefusedException.class);
        runAs(w.managerA);
        assertThatThrownBy(() -> onboarding.approve(r.applicationId(), w.subprojectB.id())).isInstanceOf(AccessRefusedException.class);
        assertThat(onboarding.application(r.applicationId()).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void rejectionAndEligibilityAreRecorded() {
        ApplicationReceipt r = onboarding.apply(form(CoachingTestData.organisationNumber()));
        onboarding.recordEligibility(r.applicationId(), ApplicationStatus.MANUAL_REVIEW, "company.reason.review");
        assertThat(onboarding.application(r.applicationId()).status()).isEqualTo(ApplicationStatus.MANUAL_REVIEW);
        onboarding.reject(r.applicationId(), "company.reason.area"); // Process: no user
        ApplicationInfo a = onboarding.application(r.applicationId());
        assertThat(a.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(a.reasonKey()).isEqualTo("company.reason.area");
        assertThatThrownBy(() -> onboarding.approve(r.applicationId(), w.subprojectA.id()))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("company.error.application.closed"));
        // a rejected application no longer blocks a new one
        assertThat(onboarding.apply(form(a.organisationNumber().digits())).applicationId()).isNotEqualTo(r.applicationId());
    }
}
