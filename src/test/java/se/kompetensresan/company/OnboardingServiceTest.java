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

import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;

import java.math.BigDecimal;
import java.time.LocalDate;
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
    @Autowired
    ProjectService projects;

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
    void anApplicationWaitsUntilTheContactConfirmsTheAddressAndOnlyThenIsPublished() {
        String orgnr = CoachingTestData.organisationNumber();
        ApplicationReceipt r = onboarding.apply(form(orgnr));

        ApplicationInfo a = onboarding.application(r.applicationId());
        assertThat(a.status()).isEqualTo(ApplicationStatus.UNCONFIRMED);
        assertThat(a.organisationNumber().digits()).isEqualTo(orgnr);
        assertThat(a.postalCode()).isEqualTo("691 41");
        assertThat(a.sniCodes()).containsExactly("25.620", "28.110");
        assertThat(a.mainSniCode()).isEqualTo("25.620");
        assertThat(a.employees()).isEqualTo(25);
        assertThat(a.countyCode()).isEqualTo("18");
        assertThat(a.consentAt()).isNotNull();
        assertThat(r.reference()).matches("KR-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}").isEqualTo(a.reference());
        assertThat(r.deMinimisWarning()).isFalse();
        assertThat(events.stream(CompanyApplied.class)).isEmpty();
        // the first mail to an address the visitor typed holds fixed text only: not the names they typed, no token
        assertThat(mail.sentTo(email)).singleElement().satisfies(m -> {
            assertThat(m.subject()).contains(r.reference());
            assertThat(m.body()).doesNotContain("Anna Andersson", a.name(), "/onboarding/confirm/")
                    .contains(se.kompetensresan.mail.MailService.LINK);
        });
        assertThat(onboarding.confirm("no-such-token")).isEmpty();
        String token = se.kompetensresan.mail.TestMailbox.confirmationToken(ctx, email).orElseThrow();
        assertThat(onboarding.confirm(token)).hasValue(r.reference());
        assertThat(onboarding.confirm(token)).as("used up").isEmpty();

        assertThat(onboarding.application(r.applicationId()).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(events.stream(CompanyApplied.class)).containsExactly(new CompanyApplied(r.applicationId(), w.project.id()));
        assertThat(mail.sentTo(email)).anySatisfy(m -> assertThat(m.body()).contains("Anna Andersson", w.project.name()));
    }

    @Test
    void referencesAreRandomNotCounted() {
        var refs = java.util.stream.IntStream.range(0, 3)
                .mapToObj(i -> onboarding.apply(form(CoachingTestData.organisationNumber())).reference()).toList();
        assertThat(refs).doesNotHaveDuplicates().allSatisfy(ref -> assertThat(ref).doesNotContain(String.valueOf(
                java.time.Year.now().getValue())));
        assertThat(onboarding.statusOf("KR-2026-00001")).isEmpty();
        assertThat(onboarding.statusOf(refs.get(0))).hasValueSatisfying(st -> assertThat(st.status()).isEqualTo(ApplicationStatus.UNCONFIRMED));
    }

    @Test
    void theFormIsLimitedPerClientAddress() {
        OnboardingThrottle throttle = ctx.getBean(OnboardingThrottle.class);
        onboarding.apply(form(CoachingTestData.organisationNumber()), "10.77.0.1");
        for (int i = 1; i < throttle.limit(); i++) {
            throttle.count("10.77.0.1");
        }
        long before = applications.count();
        assertThatThrownBy(() -> onboarding.apply(form(CoachingTestData.organisationNumber()), "10.77.0.1"))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("company.error.throttled"));
        assertThat(applications.count()).isEqualTo(before);
        onboarding.apply(form(CoachingTestData.organisationNumber()), "10.77.0.2");
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
    void theFormDoesNotTellWhetherAnOrgNrIsKnownADuplicateIsRefusedNeutrallyAfterConfirmation() {
        String orgnr = CoachingTestData.organisationNumber();
        Applications.applyAndConfirm(ctx, form(orgnr));
        // the same org.nr again, and one already registered in the project: the same answer as any other application
        ApplicationReceipt again = onboarding.apply(form(orgnr.substring(0, 6) + "-" + orgnr.substring(6)));
        ApplicationReceipt registered = onboarding.apply(form(w.companyA.organisationNumber().digits()));
        assertThat(onboarding.application(again.applicationId()).status()).isEqualTo(ApplicationStatus.UNCONFIRMED);
        assertThat(onboarding.application(registered.applicationId()).status()).isEqualTo(ApplicationStatus.UNCONFIRMED);
        List<String> tokens = se.kompetensresan.mail.TestMailbox.confirmationTokens(ctx, email);
        assertThat(tokens).hasSize(2);
        tokens.forEach(t -> onboarding.confirm(t).orElseThrow());
        for (ApplicationReceipt r : List.of(again, registered)) {
            ApplicationInfo a = onboarding.application(r.applicationId());
            assertThat(a.status()).isEqualTo(ApplicationStatus.REJECTED);
            assertThat(a.reasonKey()).isEqualTo("application.reason.duplicate");
        }
        assertThat(events.stream(CompanyApplied.class)).hasSize(1);
    }

    @Test
    void aProjectWhosePeriodHasEndedIsNotOfferedAndApplyingOrApprovingIsRefused() {
        runAs(w.admin);
        ProjectInfo ended = projects.createProject(new ProjectInfo(0, "Avslutat " + w.key, null, "Region",
                LocalDate.of(2018, 9, 1), LocalDate.of(2020, 8, 31), new BigDecimal("1000"), new BigDecimal("750"),
                10, 20, new BigDecimal("300"), 3));
        SubprojectInfo sub = projects.createSubproject(ended.id(), "Karlskoga " + w.key, "Karlskoga kommun", List.of("1883"), 10);
        SecurityContextHolder.clearContext();

        assertThat(onboarding.openProjects()).extracting(ProjectInfo::id).doesNotContain(ended.id()).contains(w.project.id());
        ApplicationForm f = form(CoachingTestData.organisationNumber());
        ApplicationForm toEnded = new ApplicationForm(ended.id(), f.organisationNumber(), f.name(), f.visitingAddress(),
                f.postalCode(), f.town(), f.municipalityCode(), f.sniCodes(), f.employeesWomen(), f.employeesMen(),
                f.turnoverClass(), f.contactName(), f.contactEmail(), f.contactPhone(), true, f.deMinimisEur(), "sv");
        assertThatThrownBy(() -> onboarding.apply(toEnded)).isInstanceOfSatisfying(ApplicationInvalidException.class, e ->
                assertThat(e.errors()).containsExactly(new FieldError(ApplicationField.PROJECT, "company.error.project.ended",
                        List.of(ended.name(), "2020-08-31"))));

        // an application stored while the project ran is not approved after its end
        CompanyApplication old = new CompanyApplication();
        old.projectId = ended.id();
        old.organisationNumber = CoachingTestData.organisationNumber();
        old.reference = "KR-TEST-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        old.name = "Gamla verkstaden";
        old.visitingAddress = "Bruksgatan 2";
        old.postalCode = "691 41";
        old.town = "Karlskoga";
        old.municipalityCode = "1883";
        old.industryCodes = "25.620";
        old.employeesWomen = 2;
        old.employeesMen = 8;
        old.turnoverClass = TurnoverClass.FROM_10_TO_50_MSEK;
        old.contactName = "Anna";
        old.contactEmail = email;
        old.contactPhone = "0586-123 45";
        old.deMinimisEur = BigDecimal.ZERO;
        old.locale = "sv";
        old.status = ApplicationStatus.ELIGIBLE;
        old.createdAt = Instant.parse("2020-05-01T10:00:00Z");
        old.consentAt = old.createdAt;
        long id = applications.save(old).id;
        assertThat(onboarding.projectEnded(id)).isTrue();
        assertThat(onboarding.projectEnded(onboarding.apply(form(CoachingTestData.organisationNumber())).applicationId())).isFalse();
        runAs(w.admin);
        assertThatThrownBy(() -> onboarding.approve(id, sub.id())).isInstanceOfSatisfying(UserMessageException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("company.error.project.ended");
            assertThat(e.args()).containsExactly(ended.name(), "2020-08-31");
        });
        assertThat(applications.findById(id).orElseThrow().status).isEqualTo(ApplicationStatus.ELIGIBLE);
    }

    @Test
    void aCountOrAmountThatIsNotANumberIsRefusedNeverReadAsTheDigitsInIt() {
        assertThat(ApplicationForm.count("4")).isEqualTo(4);
        assertThat(ApplicationForm.count(" 1 200 ")).isEqualTo(1200);
        assertThat(ApplicationForm.count("  ")).isNull();
        for (String typed : List.of("4O", "4.5", "-3", "1 20", "12345678901", "fyra")) {
            assertThatThrownBy(() -> ApplicationForm.count(typed)).as(typed)
                    .isInstanceOfSatisfying(UserMessageException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("company.error.employees.number");
                        assertThat(e.args()).containsExactly(typed);
                    });
        }
        assertThat(ApplicationForm.amount("12 500,50")).isEqualByComparingTo("12500.50");
        assertThat(ApplicationForm.amount("0")).isEqualByComparingTo("0");
        for (String typed : List.of("1O00", "12 500 €", "1,2,3")) {
            assertThatThrownBy(() -> ApplicationForm.amount(typed)).as(typed)
                    .isInstanceOfSatisfying(UserMessageException.class, e ->
                            assertThat(e.messageKey()).isEqualTo("company.error.deminimis.number"));
        }
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

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private String linkToken(String address) {
        // the outbox holds no link; it is made when the mail is sent
        assertThat(mail.sentTo(address)).allSatisfy(m -> assertThat(m.body()).doesNotContain("/set-password/"));
        return se.kompetensresan.mail.TestMailbox.setPasswordToken(ctx, address).orElseThrow();
    }

    @Test
    void approvalCreatesCompanyAndInvitedUserWhoSetsThePasswordOnce() {
        ApplicationReceipt r = Applications.applyAndConfirm(ctx, form(CoachingTestData.organisationNumber()));
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
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("security.password.error.short"));
        assertThatThrownBy(() -> onboarding.setPassword(token, "qazwsxedcrfv", "qazwsxedcrfv"))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("security.password.error.common"));
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
    void theDeclarationPerFiscalYearGoesWithTheApprovedCompany() {
        ApplicationForm f = form(CoachingTestData.organisationNumber());
        ApplicationForm declared = new ApplicationForm(f.projectId(), f.organisationNumber(), f.name(), f.visitingAddress(),
                f.postalCode(), f.town(), f.municipalityCode(), f.sniCodes(), f.employeesWomen(), f.employeesMen(),
                f.turnoverClass(), f.contactName(), f.contactEmail(), f.contactPhone(), true,
                List.of(new BigDecimal("0"), new BigDecimal("12500.50"), new BigDecimal("40000")), "sv");
        ApplicationReceipt r = Applications.applyAndConfirm(ctx, declared);
        assertThat(onboarding.application(r.applicationId()).deMinimisEur()).isEqualByComparingTo("52500.50");
        runAs(w.managerA);
        CompanyInfo c = onboarding.approve(r.applicationId(), w.subprojectA.id());

        int year = java.time.LocalDate.now().getYear();
        DeMinimisStanding s = ctx.getBean(DeMinimisService.class).standing(c.id());
        assertThat(s.declared()).extracting(DeMinimisStanding.YearSupport::fiscalYear).containsExactly(year, year - 1, year - 2);
        assertThat(s.declared()).extracting(DeMinimisStanding.YearSupport::amountEur).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0"), new BigDecimal("12500.50"), new BigDecimal("40000"));
        assertThat(s.declaredEur()).isEqualByComparingTo("52500.50");
    }

    @Test
    void invitedUserCannotLogInBeforeSettingThePasswordAndAnExpiredTokenIsRefused() {
        String username = "expired-" + UUID.randomUUID() + "@verkstad.se";
        long id = users.invite(new se.kompetensresan.security.UserForm(username, null, "Utgången", username, Role.COMPANY,
                w.companyA.id(), java.util.Set.of()));
        String token = users.issueOneTimeToken(id, se.kompetensresan.security.OneTimeTokenPurpose.INVITATION);
        jdbc.update("update user_invitation set expires_at = ? where user_id = ?",
                java.sql.Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES)), id);
        assertThat(users.loadUserByUsername(username).isEnabled()).isFalse();
        assertThat(onboarding.invitationStatus(token)).isEqualTo(InvitationStatus.EXPIRED);
        assertThatThrownBy(() -> onboarding.setPassword(token, "ettlangtlosenord", "ettlangtlosenord"))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("company.password.token.expired"));
        assertThat(users.loadUserByUsername(username).isEnabled()).isFalse();
    }

    @Test
    void approvalIsRefusedToACoachAndToAManagerOfAnotherDelprojekt() {
        ApplicationReceipt r = Applications.applyAndConfirm(ctx, form(CoachingTestData.organisationNumber()));
        runAs(w.coachA);
        assertThatThrownBy(() -> onboarding.approve(r.applicationId(), w.subprojectA.id())).isInstanceOf(AccessRefusedException.class);
        runAs(w.managerA);
        assertThatThrownBy(() -> onboarding.approve(r.applicationId(), w.subprojectB.id())).isInstanceOf(AccessRefusedException.class);
        assertThat(onboarding.application(r.applicationId()).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void rejectionAndEligibilityAreRecorded() {
        ApplicationReceipt r = Applications.applyAndConfirm(ctx, form(CoachingTestData.organisationNumber()));
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
