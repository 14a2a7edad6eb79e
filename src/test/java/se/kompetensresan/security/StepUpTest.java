package se.kompetensresan.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.shared.UserMessageException;

import java.time.Instant;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Step-up for high-value actions (ASVS 4.3.3): the services refuse them without a fresh re-authentication, a
 * wrong answer counts as a failed sign-in, two-factor accounts give the code too, and the dialog asks for it.
 */
class StepUpTest extends KaribuTest {

    static final String PASSWORD = "ett riktigt bra lösenord";

    @Autowired
    UserService users;
    @Autowired
    StepUp stepUp;
    @Autowired
    JdbcTemplate jdbc;

    private String user(Role role) {
        String name = JourneyFixtures.unique("stepup-" + role.name().toLowerCase());
        users.create(new UserForm(name, PASSWORD, "Steg " + role, null, role, null, role == Role.ADMIN ? Set.of() : Set.of(1L)));
        return name;
    }

    private long id(String username) {
        return users.findAccount(username).orElseThrow().id();
    }

    private int failedLogins(String username) {
        return jdbc.queryForObject("select failed_logins from app_user where username = ?", Integer.class, username);
    }

    @Test
    void changingAnotherUsersRoleStatusOrTwoFactorIsRefusedWithoutAFreshStepUp() {
        String admin = user(Role.ADMIN);
        String coach = user(Role.COACH);
        long coachId = id(coach);
        String secret = users.startTwoFactorEnrolment(coach).secret();
        users.confirmTwoFactorEnrolment(coach, TwoFactor.code(secret, Instant.now()));
        JourneyFixtures.signIn(admin, Role.ADMIN);

        assertThat(stepUp.fresh()).isFalse();
        assertThatThrownBy(() -> users.changeRoleAndScope(coachId, Role.ADMIN, null, Set.of()))
                .isInstanceOf(StepUpRequiredException.class);
        assertThatThrownBy(() -> users.setEnabled(coachId, false)).isInstanceOf(StepUpRequiredException.class);
        assertThatThrownBy(() -> users.resetTwoFactor(coachId)).isInstanceOf(StepUpRequiredException.class);
        assertThat(users.findAccount(coach).orElseThrow().role()).isEqualTo(Role.COACH);
        assertThat(users.twoFactorEnabled(coach)).isTrue();
        assertThat(jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, coachId)).isTrue();

        users.confirmIdentity(PASSWORD, null);
        assertThat(stepUp.fresh()).isTrue();
        users.changeRoleAndScope(coachId, Role.MANAGER, null, Set.of(1L));
        users.resetTwoFactor(coachId);
        users.setEnabled(coachId, false);
        assertThat(users.findAccount(coach).orElseThrow().role()).isEqualTo(Role.MANAGER);
        assertThat(users.twoFactorEnabled(coach)).isFalse();

        StepUps.expired(); // five minutes later
        assertThatThrownBy(() -> users.setEnabled(coachId, true)).isInstanceOf(StepUpRequiredException.class);
    }

    @Test
    void aStepUpOlderThanFiveMinutesIsNotFresh() {
        String admin = user(Role.ADMIN);
        JourneyFixtures.signIn(admin, Role.ADMIN);
        CurrentSession.getOrCreate().orElseThrow().setAttribute(StepUp.AT,
                admin + "\u0000" + Instant.now().minus(StepUp.FRESH).minusSeconds(1).toEpochMilli());
        assertThat(stepUp.fresh()).isFalse();
        CurrentSession.getOrCreate().orElseThrow().setAttribute(StepUp.AT,
                admin + "\u0000" + Instant.now().minus(StepUp.FRESH).plusSeconds(5).toEpochMilli());
        assertThat(stepUp.fresh()).isTrue();
    }

    @Test
    void aStepUpHoldsForTheUserWhoGaveItNotForAnotherSignedInLater() {
        String admin = user(Role.ADMIN);
        String other = user(Role.ADMIN);
        JourneyFixtures.signIn(admin, Role.ADMIN);
        users.confirmIdentity(PASSWORD, null);
        JourneyFixtures.signIn(other, Role.ADMIN);
        assertThat(stepUp.fresh()).isFalse();
    }

    @Test
    void aWrongPasswordCountsAsAFailedSignInAndALockedAccountCannotStepUp() {
        String admin = user(Role.ADMIN);
        JourneyFixtures.signIn(admin, Role.ADMIN);
        for (String wrong : new String[]{"fel", "", null, PASSWORD.toUpperCase(), "'; drop table app_user; --"}) {
            assertThatThrownBy(() -> users.confirmIdentity(wrong, null)).isInstanceOf(UserMessageException.class)
                    .extracting("messageKey").isIn("security.stepup.error.password", "security.stepup.error.locked");
        }
        assertThat(failedLogins(admin)).isEqualTo(5);
        assertThat(users.loadUserByUsername(admin).isAccountNonLocked()).as("the same lock as the login form").isFalse();
        assertThatThrownBy(() -> users.confirmIdentity(PASSWORD, null)).isInstanceOf(UserMessageException.class)
                .extracting("messageKey").isEqualTo("security.stepup.error.locked");
        assertThat(stepUp.fresh()).isFalse();
    }

    @Test
    void withTwoFactorTheStepUpNeedsTheCodeAsWellAndAWrongCodeCountsAsAFailedSignIn() {
        String manager = user(Role.MANAGER);
        String secret = users.startTwoFactorEnrolment(manager).secret();
        users.confirmTwoFactorEnrolment(manager, TwoFactor.code(secret, Instant.now().minusSeconds(TwoFactor.PERIOD_SECONDS)));
        JourneyFixtures.signIn(manager, Role.MANAGER);

        assertThatThrownBy(() -> users.confirmIdentity(PASSWORD, null)).extracting("messageKey")
                .isEqualTo("security.stepup.error.code");
        assertThatThrownBy(() -> users.confirmIdentity(PASSWORD, "000000".equals(TwoFactor.code(secret, Instant.now()))
                ? "111111" : "000000")).extracting("messageKey").isEqualTo("security.stepup.error.code");
        assertThat(failedLogins(manager)).as("a wrong code counts; a missing one is no guess").isEqualTo(1);
        assertThat(stepUp.fresh()).isFalse();
        users.confirmIdentity(PASSWORD, TwoFactor.code(secret, Instant.now()));
        assertThat(stepUp.fresh()).isTrue();
        assertThat(failedLogins(manager)).isZero();
    }

    @Test
    void theUsersViewAsksForThePasswordBesideTheFieldThenChangesTheRole() {
        String admin = user(Role.ADMIN);
        String coach = user(Role.COACH);
        login(admin);
        UI.getCurrent().navigate("admin/users");
        @SuppressWarnings("unchecked")
        Grid<UserStatus> grid = _get(Grid.class, s -> s.withId("users-grid"));
        _setValue(_get(TextField.class, s -> s.withId("users-search")), coach);
        int row = 0;
        _click((Button) _getCellComponent(grid, row, "edit"));
        @SuppressWarnings("unchecked")
        Select<Role> role = _get(Select.class, s -> s.withId("users-edit-role"));
        role.setValue(Role.ADMIN); // needs no scope
        _click(_get(Button.class, s -> s.withId("users-edit-save")));

        PasswordField password = _get(PasswordField.class, s -> s.withId("step-up-password"));
        _assertNone(TextField.class, s -> s.withId("step-up-code")); // this admin has no two-factor sign-in
        _setValue(password, "fel lösenord");
        _click(_get(Button.class, s -> s.withId("step-up-confirm")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Fel lösenord. Försöket räknas som en misslyckad inloggning.");
        assertThat(password.getValue()).as("what was typed stays").isEqualTo("fel lösenord");
        assertThat(users.findAccount(coach).orElseThrow().role()).isEqualTo(Role.COACH);

        _setValue(password, PASSWORD);
        _click(_get(Button.class, s -> s.withId("step-up-confirm")));
        assertThat(_find(PasswordField.class, s -> s.withId("step-up-password"))).isEmpty();
        assertThat(users.findAccount(coach).orElseThrow().role()).isEqualTo(Role.ADMIN);
    }
}
