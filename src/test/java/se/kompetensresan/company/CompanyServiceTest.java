package se.kompetensresan.company;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.mail.MailService;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.assertj.core.groups.Tuple;
import org.springframework.security.core.userdetails.User;
import se.kompetensresan.shared.UserMessageException;

/** Contact edits, history and invitations of colleagues, with the tenant checks. */
@SpringBootTest
@ActiveProfiles("test")
class CompanyServiceTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    CompanyService companies;
    @Autowired
    UserService users;
    @Autowired
    MailService mail;
    CoachingTestData w;

    @BeforeEach
    void world() {
        w = new CoachingTestData(ctx);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void runAs(String username) {
        var account = users.findAccount(username).orElseThrow();
        var authorities = List.of(new SimpleGrantedAuthority(account.role().authority()));
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                new User(username, "x", authorities), null, authorities));
    }

    @Test
    void companyUserEditsItsOwnContactDataAndTheHistoryRecordsIt() {
        runAs(w.companyUserA);
        CompanyInfo c = companies.updateContact(w.companyA.id(), new ContactDetails("Bo Berg", "bo@verkstad.se", "0586-999 99",
                w.companyA.visitingAddress()));
        assertThat(c.contactName()).isEqualTo("Bo Berg");
        assertThat(companies.get(w.companyA.id()).contactEmail()).isEqualTo("bo@verkstad.se");
        assertThat(companies.history(w.companyA.id())).extracting(CompanyChangeInfo::field, CompanyChangeInfo::oldValue, CompanyChangeInfo::newValue)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("contactName", "Kontakt", "Bo Berg"),
                        Tuple.tuple("contactEmail", "kontakt@example.se", "bo@verkstad.se"),
                        Tuple.tuple("contactPhone", "0586-123456", "0586-999 99"));
        assertThat(companies.history(w.companyA.id())).allSatisfy(h -> assertThat(h.changedBy()).isEqualTo("company-a " + w.key));
    }

    @Test
    void anotherCompanysDataIsRefusedAndNothingChanges() {
        runAs(w.companyUserA);
        assertThatThrownBy(() -> companies.updateContact(w.companyB.id(), new ContactDetails("X", "x@x.se", "0586-12345", "Väg 1")))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> companies.history(w.companyB.id())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> companies.inviteColleague(w.companyB.id(), "X", "x-" + UUID.randomUUID() + "@x.se"))
                .isInstanceOf(AccessRefusedException.class);
        runAs(w.coachA);
        assertThatThrownBy(() -> companies.updateContact(w.companyA.id(), new ContactDetails("X", "x@x.se", "0586-12345", "Väg 1")))
                .isInstanceOf(AccessRefusedException.class);
        runAs(w.admin);
        assertThat(companies.get(w.companyB.id()).contactName()).isEqualTo("Kontakt");
        assertThat(companies.history(w.companyB.id())).isEmpty();
        assertThat(companies.get(w.companyA.id()).contactName()).isEqualTo("Kontakt");
    }

    @Test
    void badContactDataIsRefusedFieldByField() {
        runAs(w.companyUserA);
        assertThatThrownBy(() -> companies.updateContact(w.companyA.id(), new ContactDetails("Bo", "bo-at-verkstad", "0586-12345", "Väg 1")))
                .isInstanceOfSatisfying(ApplicationInvalidException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError(ApplicationField.CONTACT_EMAIL, "company.error.contact.email.format")));
        assertThat(companies.get(w.companyA.id()).contactEmail()).isEqualTo("kontakt@example.se");
        assertThat(companies.history(w.companyA.id())).isEmpty();
    }

    @Test
    void companyUserInvitesAColleague() {
        runAs(w.companyUserA);
        String email = "kollega-" + UUID.randomUUID() + "@verkstad.se";
        String username = companies.inviteColleague(w.companyA.id(), "Kim Kollega", email);
        assertThat(companies.users(w.companyA.id())).extracting(u -> u.username()).contains(username, w.companyUserA);
        assertThat(users.findAccount(username).orElseThrow().companyId()).isEqualTo(w.companyA.id());
        assertThat(users.findAccount(username).orElseThrow().role()).isEqualTo(Role.COMPANY);
        assertThat(mail.sentTo(email)).singleElement().satisfies(m -> assertThat(m.body())
                .contains(se.kompetensresan.mail.MailService.LINK, username).doesNotContain("/set-password/"));
        assertThatThrownBy(() -> companies.inviteColleague(w.companyA.id(), "Kim Igen", email))
                .isInstanceOfSatisfying(UserMessageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("company.error.user.exists"));
    }

    @Test
    void myCompanyIsTheCompanyUsersOwn() {
        runAs(w.companyUserA);
        assertThat(companies.myCompanyId()).contains(w.companyA.id());
        runAs(w.coachA);
        assertThat(companies.myCompanyId()).isEmpty();
    }
}
