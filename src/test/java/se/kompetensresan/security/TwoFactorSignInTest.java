package se.kompetensresan.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import se.kompetensresan.KaribuTest;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The second step of the sign-in: the pending state, enrolment with QR/secret, codes once only, recovery codes. */
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class TwoFactorSignInTest extends KaribuTest {

    @Autowired
    UserService users;
    @Autowired
    CurrentUser currentUser;

    private String newUser(Role role) {
        String name = "tfa-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new UserForm(name, "pw", "Två Steg", null, role, null, role == Role.ADMIN ? Set.of() : Set.of(1L)));
        return name;
    }

    /** Signs in with the password only: what {@link TwoFactorGate} makes of a session that still needs the code. */
    private void passwordOnly(String username) {
        var authorities = List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()));
        var full = new UsernamePasswordAuthenticationToken(
                new org.springframework.security.core.userdetails.User(username, "x", authorities), null, authorities);
        var pending = new TwoFactorGate.Pending(full);
        SecurityContextHolder.getContext().setAuthentication(pending);
        jakarta.servlet.ServletRequest r = ((com.vaadin.flow.server.VaadinServletRequest)
                com.vaadin.flow.server.VaadinRequest.getCurrent()).getHttpServletRequest();
        while (r instanceof jakarta.servlet.ServletRequestWrapper w) {
            r = w.getRequest();
        }
        var req = (com.github.mvysny.fakeservlet.FakeRequest) r;
        req.setUserPrincipalInt(pending);
        req.setUserInRole((principal, role) -> false);
        UI.getCurrent().getPage().reload();
    }

    @Test
    void withThePasswordOnlyNoServiceSeesAUserAndEveryPageIsTheTwoFactorPage() {
        String admin = newUser(Role.ADMIN);
        passwordOnly(admin);
        assertThatThrownBy(() -> currentUser.get()).isInstanceOf(AccessRefusedException.class);
        UI.getCurrent().navigate("");
        _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, s -> s.withId("two-factor-view"));
        UI.getCurrent().navigate("admin/users");
        _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, s -> s.withId("two-factor-view"));
        assertThat(_find(com.vaadin.flow.component.grid.Grid.class, s -> s.withId("users-grid"))).isEmpty();
    }

    @Test
    void enrolmentShowsTheSecretTakesTheFirstCodeAndGivesTenRecoveryCodesOnce() {
        String admin = newUser(Role.ADMIN);
        passwordOnly(admin);
        UI.getCurrent().navigate("two-factor");
        String text = _get(Paragraph.class, s -> s.withId("two-factor-secret")).getText();
        String secret = text.substring(text.lastIndexOf(' ') + 1);
        assertThat(secret).matches("[A-Z2-7]{32}");

        _setValue(_get(TextField.class, s -> s.withId("two-factor-code")), "000000".equals(TwoFactor.code(secret, Instant.now())) ? "111111" : "000000");
        _click(_get(Button.class, s -> s.withId("two-factor-enable")));
        assertThat(_get(TextField.class, s -> s.withId("two-factor-code")).isInvalid()).isTrue();
        assertThat(users.twoFactorEnabled(admin)).isFalse();

        _setValue(_get(TextField.class, s -> s.withId("two-factor-code")), TwoFactor.code(secret, Instant.now()));
        _click(_get(Button.class, s -> s.withId("two-factor-enable")));
        String[] codes = _get(Pre.class, s -> s.withId("two-factor-recovery-codes")).getText().split("\n");
        assertThat(codes).hasSize(10).allSatisfy(c -> assertThat(c).matches("[A-Z2-9]{5}-[A-Z2-9]{5}"));
        assertThat(users.twoFactorEnabled(admin)).isTrue();
        _click(_get(Button.class, s -> s.withId("two-factor-continue")));
        var session = com.vaadin.flow.server.VaadinSession.getCurrent().getSession();
        assertThat((String) session.getAttribute(TwoFactorGate.STATE)).isEqualTo(admin + "\u0000OK");
    }

    @Test
    void aCodeWorksOnceARecoveryCodeOnceAndWrongCodesCountAsFailedSignIns() {
        String coach = newUser(Role.COACH);
        String secret = users.startTwoFactorEnrolment(coach).secret();
        List<String> recovery = users.confirmTwoFactorEnrolment(coach, TwoFactor.code(secret, Instant.now()));
        // the enrolment code has been used: the same step is refused again
        assertThat(users.verifySecondFactor(coach, TwoFactor.code(secret, Instant.now()))).isFalse();
        String next = TwoFactor.code(secret, Instant.now().plusSeconds(TwoFactor.PERIOD_SECONDS));
        assertThat(users.verifySecondFactor(coach, next)).isTrue();
        assertThat(users.verifySecondFactor(coach, next)).as("replay").isFalse();

        assertThat(users.verifySecondFactor(coach, recovery.get(3).toLowerCase())).isTrue();
        assertThat(users.verifySecondFactor(coach, recovery.get(3))).as("recovery code used up").isFalse();
        assertThat(users.recoveryCodesLeft(coach)).isEqualTo(9);
        for (String bad : new String[]{"", "abc", "12345", "1234567", "'; drop table app_user; --", "٣٣٣٣٣٣"}) {
            assertThat(users.verifySecondFactor(coach, bad)).as(bad).isFalse();
        }
        // the wrong codes locked the account (same lock as wrong passwords): even a right code is refused now
        assertThat(users.loadUserByUsername(coach).isAccountNonLocked()).isFalse();
        assertThat(users.verifySecondFactor(coach, recovery.get(4))).isFalse();
    }

    @Autowired
    se.kompetensresan.mail.MailService mail;

    @Test
    void aCodeGivenASecondTimeIsRefusedLoggedWithUserAndAddressAndTheUserIsToldByMail(
            org.springframework.boot.test.system.CapturedOutput log) {
        String coach = newUser(Role.COACH);
        String email = coach + "@region.se";
        long id = users.findAccount(coach).orElseThrow().id();
        ctx.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .update("update app_user set email = ? where id = ?", email, id);
        String secret = users.startTwoFactorEnrolment(coach).secret();
        users.confirmTwoFactorEnrolment(coach, TwoFactor.code(secret, Instant.now().minusSeconds(TwoFactor.PERIOD_SECONDS)));
        String code = TwoFactor.code(secret, Instant.now());
        assertThat(users.verifySecondFactor(coach, code)).isTrue();
        assertThat(mail.sentTo(email)).extracting(m -> m.subject()).doesNotContain(
                "Ditt konto i Kompetensresan: en engångskod från din autentiseringsapp användes en andra gång");

        assertThat(users.verifySecondFactor(coach, code)).as("the same code again").isFalse();
        assertThat(log.getOut()).contains("second factor refused for user " + id + " from 127.0.0.1: a code already used was given again");
        var notice = mail.sentTo(email).stream().filter(m -> m.subject().equals(
                "Ditt konto i Kompetensresan: en engångskod från din autentiseringsapp användes en andra gång")).toList();
        assertThat(notice).singleElement().satisfies(m -> assertThat(m.body())
                .contains("Hej Två Steg!", coach, "Koden godtogs inte", "kontakta projektets administratör")
                .doesNotContain("http"));
        // a wrong code is no reuse: no further mail
        users.verifySecondFactor(coach, "000000".equals(code) ? "111111" : "000000");
        assertThat(mail.sentTo(email)).filteredOn(m -> m.subject().contains("andra gång")).hasSize(1);
    }
}
