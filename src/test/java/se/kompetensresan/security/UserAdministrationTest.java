package se.kompetensresan.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.company.OnboardingService;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.mail.MailService;
import se.kompetensresan.mail.TestMailbox;
import se.kompetensresan.shared.UserMessageException;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** /admin/users and the account life cycle: create, invite, disable, role and scope, reset two-factor, reset password. */
class UserAdministrationTest extends KaribuTest {

    static final String GOOD = "ett riktigt bra lösenord";

    @Autowired
    UserService users;
    @Autowired
    SessionRegistry sessions;
    @Autowired
    MailService mail;
    @Autowired
    OnboardingService onboarding;
    @Autowired
    PasswordResets resets;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private String admin() {
        String a = "uadmin-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new UserForm(a, "pw", "Admin", null, Role.ADMIN, null, Set.of()));
        JourneyFixtures.signIn(a, Role.ADMIN);
        StepUps.confirmed(); // role, scope, status and two-factor changes need it (refused without: StepUpTest)
        return a;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long userCount() {
        return jdbc.queryForObject("select count(*) from app_user", Long.class);
    }

    @Test
    void onlyAnAdminAdministersUsers() {
        String coach = unique("ucoach");
        users.create(new UserForm(coach, "pw", "Coach", null, Role.COACH, null, Set.of(1L)));
        JourneyFixtures.signIn(coach, Role.COACH);
        assertThatThrownBy(() -> users.createByAdmin(new UserForm(unique("x"), GOOD, "X", null, Role.ADMIN, null, Set.of()), false))
                .isInstanceOf(AccessDeniedException.class);
        long id = users.findAccount(coach).orElseThrow().id();
        assertThatThrownBy(() -> users.setEnabled(id, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.changeRoleAndScope(id, Role.ADMIN, null, Set.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.resetTwoFactor(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aWeakPasswordOrBadFieldsAreRefusedAndNothingIsStored() {
        admin();
        long before = userCount();
        String name = unique("weak");
        for (String[] bad : new String[][]{{name, "demo", "security.password.error.short"},
                {name, "qazwsxedcrfv", "security.password.error.common"},
                {name, name + " och mer", "security.password.error.username"},
                {"a", GOOD, "security.users.error.username"}, {"x\u202Ey", GOOD, "security.users.error.username"},
                {"'; drop table app_user; --", GOOD, "security.users.error.username"}}) {
            assertThatThrownBy(() -> users.createByAdmin(new UserForm(bad[0], bad[1], "Namn", null, Role.ADMIN, null, Set.of()), false))
                    .as(bad[0] + " / " + bad[1])
                    .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo(bad[2]));
        }
        assertThatThrownBy(() -> users.createByAdmin(new UserForm(name, GOOD, "Namn\u202E", null, Role.ADMIN, null, Set.of()), false))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("security.users.error.name"));
        assertThatThrownBy(() -> users.createByAdmin(new UserForm(name, GOOD, "Namn", null, Role.COACH, null, Set.of()), false))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("security.users.error.subprojects"));
        assertThatThrownBy(() -> users.createByAdmin(new UserForm(name, GOOD, "Namn", null, Role.COMPANY, null, Set.of()), false))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("security.users.error.company"));
        assertThatThrownBy(() -> users.createByAdmin(new UserForm(name, GOOD, "Namn", "inte-en-adress", Role.ADMIN, null, Set.of()), true))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("security.users.error.email"));
        assertThat(userCount()).isEqualTo(before);
        assertThat(users.createByAdmin(new UserForm(name, GOOD, "Namn", null, Role.ADMIN, null, Set.of()), false).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void anInvitedUserGetsALinkThatIsNotInTheOutboxAndSetsThePasswordOnce() {
        admin();
        String name = unique("invited");
        String email = name + "@region.se";
        UserAccount u = users.createByAdmin(new UserForm(name, null, "Inbjuden Coach", email, Role.COACH, null, Set.of(1L)), true);
        assertThat(users.loadUserByUsername(name).isEnabled()).isFalse();
        assertThat(mail.sentTo(email)).singleElement().satisfies(m -> assertThat(m.body())
                .contains(MailService.LINK).doesNotContain("/set-password/"));
        String token = TestMailbox.setPasswordToken(ctx, email).orElseThrow();
        // sent: the stored body still holds no token
        assertThat(mail.sentTo(email)).singleElement().satisfies(m -> assertThat(m.body()).doesNotContain(token));
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThat(onboarding.setPassword(token, GOOD, GOOD)).isEqualTo(name);
        assertThat(users.loadUserByUsername(name).isEnabled()).isTrue();
        assertThat(users.findAccount(name).orElseThrow().id()).isEqualTo(u.id());
        assertThat(onboarding.invitationStatus(token)).isEqualTo(InvitationStatus.USED);
    }

    @Test
    void theUserIsToldByMailOfEveryChangeToHowTheySignInOrWhatTheyMayDo() {
        admin();
        String name = unique("told");
        String email = name + "@region.se";
        long id = users.createByAdmin(new UserForm(name, GOOD, "Berörd Coach", email, Role.COACH, null, Set.of(1L)), false).id();
        var principal = User.withUsername(name).password("x").roles("COACH").build();

        sessions.registerNewSession("s-pw-" + id, principal);
        users.changePassword(name, GOOD, GOOD + "-2", GOOD + "-2");
        assertThat(sessions.getSessionInformation("s-pw-" + id).isExpired()).as("other sessions end").isTrue();
        String secret = users.startTwoFactorEnrolment(name).secret();
        users.confirmTwoFactorEnrolment(name, TwoFactor.code(secret, Instant.now()));
        users.resetTwoFactor(id);
        users.changeRoleAndScope(id, Role.MANAGER, null, Set.of(1L));
        users.setEnabled(id, false);

        assertThat(mail.sentTo(email)).extracting(m -> m.subject()).containsExactlyInAnyOrder(
                "Ditt konto i Kompetensresan: lösenordet har bytts",
                "Ditt konto i Kompetensresan: tvåstegsinloggning har slagits på",
                "Ditt konto i Kompetensresan: tvåstegsinloggningen har nollställts av en administratör",
                "Ditt konto i Kompetensresan: din roll eller behörighet har ändrats av en administratör",
                "Ditt konto i Kompetensresan: kontot har stängts av en administratör");
        assertThat(mail.sentTo(email)).allSatisfy(m -> assertThat(m.body()).contains("Hej Berörd Coach!", name,
                "kontakta projektets administratör").doesNotContain("http"));
    }

    @Test
    void disablingChangingRoleOrResettingTwoFactorEndsTheUsersSessions() {
        admin();
        String name = unique("session");
        long id = users.createByAdmin(new UserForm(name, GOOD, "Sessions", null, Role.COACH, null, Set.of(1L)), false).id();
        var principal = User.withUsername(name).password("x").roles("COACH").build();

        sessions.registerNewSession("s-role-" + id, principal);
        users.changeRoleAndScope(id, Role.MANAGER, null, Set.of(2L));
        assertThat(sessions.getSessionInformation("s-role-" + id).isExpired()).isTrue();
        assertThat(users.findAccount(name).orElseThrow()).satisfies(a -> {
            assertThat(a.role()).isEqualTo(Role.MANAGER);
            assertThat(a.subprojectIds()).containsExactly(2L);
        });

        String secret = users.startTwoFactorEnrolment(name).secret();
        users.confirmTwoFactorEnrolment(name, TwoFactor.code(secret, Instant.now()));
        sessions.registerNewSession("s-tfa-" + id, principal);
        users.resetTwoFactor(id);
        assertThat(sessions.getSessionInformation("s-tfa-" + id).isExpired()).isTrue();
        assertThat(users.twoFactorEnabled(name)).isFalse();
        assertThat(users.recoveryCodesLeft(name)).isZero();

        sessions.registerNewSession("s-off-" + id, principal);
        users.setEnabled(id, false);
        assertThat(sessions.getSessionInformation("s-off-" + id).isExpired()).isTrue();
        assertThat(users.loadUserByUsername(name).isEnabled()).isFalse();
        assertThat(users.statuses()).filteredOn(s -> s.account().id() == id).singleElement()
                .satisfies(s -> assertThat(s.enabled()).isFalse());
    }

    @Test
    void aPasswordResetSaysNothingAboutTheAccountAndItsLinkIsMadeAtSendTime() {
        admin();
        String name = unique("reset");
        String email = name + "@verkstad.se";
        users.createByAdmin(new UserForm(name, GOOD, "Återställ", email, Role.COMPANY, 1L, Set.of()), false);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();

        assertThat(resets.request(email.toUpperCase(), "10.9.0.1")).isTrue();
        assertThat(mail.sentTo(email)).singleElement().satisfies(m -> assertThat(m.body()).contains(MailService.LINK));
        String token = TestMailbox.setPasswordToken(ctx, email).orElseThrow();
        String newPassword = "ett annat bra lösenord";
        onboarding.setPassword(token, newPassword, newPassword);
        assertThat(ctx.getBean(org.springframework.security.crypto.password.PasswordEncoder.class)
                .matches(newPassword, users.loadUserByUsername(name).getPassword())).isTrue();
        assertThatThrownBy(() -> onboarding.setPassword(token, GOOD, GOOD)).isInstanceOf(UserMessageException.class);

        String nobody = unique("nobody") + "@example.se";
        assertThat(resets.request(nobody, "10.9.0.1")).isTrue();
        assertThat(mail.sentTo(nobody)).isEmpty();
        // a disabled account gets no link
        admin();
        users.setEnabled(users.findAccount(name).orElseThrow().id(), false);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        resets.request(name, "10.9.0.1");
        assertThat(mail.sentTo(email)).extracting(m -> m.subject()).containsExactly( // newest first
                "Ditt konto i Kompetensresan: kontot har stängts av en administratör",
                "Ditt konto i Kompetensresan: lösenordet har bytts", "Nytt lösenord till Kompetensresan");
        // at most five requests per address and hour
        resets.request(nobody, "10.9.0.1");
        resets.request(nobody, "10.9.0.1");
        assertThat(resets.request(nobody, "10.9.0.1")).isFalse();
        assertThat(resets.request(nobody, "10.9.0.2")).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theUsersViewCreatesUsersAndShowsRefusalsBesideTheField() {
        String a = "uviewadmin-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new UserForm(a, "pw", "Admin", null, Role.ADMIN, null, Set.of()));
        login(a);
        UI.getCurrent().navigate("admin/users");
        long before = userCount();
        _click(_get(Button.class, s -> s.withId("users-create")));
        String name = unique("viewuser");
        _setValue(_get(TextField.class, s -> s.withId("users-new-username")), name);
        _setValue(_get(TextField.class, s -> s.withId("users-new-name")), "Vy Användare");
        _setValue(_get(Select.class, s -> s.withId("users-new-role")), Role.ADMIN);
        _setValue(_get(Checkbox.class, s -> s.withId("users-new-invite")), false);
        _setValue(_get(PasswordField.class, s -> s.withId("users-new-password")), "kort");
        _click(_get(Button.class, s -> s.withId("users-new-save")));
        PasswordField pw = _get(PasswordField.class, s -> s.withId("users-new-password"));
        assertThat(pw.isInvalid()).isTrue();
        assertThat(pw.getErrorMessage()).contains("12");
        assertThat(userCount()).isEqualTo(before);
        _setValue(pw, GOOD);
        _click(_get(Button.class, s -> s.withId("users-new-save")));
        assertThat(users.findAccount(name)).isPresent();
        List<UserStatus> shown = ((com.vaadin.flow.component.grid.Grid<UserStatus>) _get(com.vaadin.flow.component.grid.Grid.class,
                s -> s.withId("users-grid"))).getListDataView().getItems().toList();
        assertThat(shown).anySatisfy(s -> assertThat(s.account().username()).isEqualTo(name));
    }
}
