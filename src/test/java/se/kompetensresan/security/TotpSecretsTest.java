package se.kompetensresan.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.context.ActiveProfiles;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

/** The TOTP secrets are encrypted at rest (ASVS 8.3.7); an older plain one still signs in and is sealed at start. */
@SpringBootTest
@ActiveProfiles("test")
class TotpSecretsTest {

    @Autowired
    UserService users;
    @Autowired
    TotpSecrets secrets;
    @Autowired
    JdbcTemplate jdbc;

    private String enrolled() {
        String name = "totp-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new UserForm(name, "pw", "Hemlig Kod", null, Role.COACH, null, Set.of(1L)));
        return name;
    }

    private String stored(String username) {
        return jdbc.queryForObject("select totp_secret from app_user where username = ?", String.class, username);
    }

    @Test
    void theSecretIsStoredEncryptedAndItsCodesStillSignIn() {
        String coach = enrolled();
        String secret = users.startTwoFactorEnrolment(coach).secret();
        assertThat(stored(coach)).startsWith("v1:").doesNotContain(secret);
        users.confirmTwoFactorEnrolment(coach, TwoFactor.code(secret, Instant.now()));
        assertThat(users.verifySecondFactor(coach, TwoFactor.code(secret, Instant.now().plusSeconds(TwoFactor.PERIOD_SECONDS))))
                .isTrue();
    }

    @Test
    void aSecretStoredPlainBeforeStillSignsInAndIsSealedAtStart() {
        String coach = enrolled();
        String secret = users.startTwoFactorEnrolment(coach).secret();
        users.confirmTwoFactorEnrolment(coach, TwoFactor.code(secret, Instant.now()));
        jdbc.update("update app_user set totp_secret = ? where username = ?", secret, coach); // as an older version stored it
        assertThat(users.verifySecondFactor(coach, TwoFactor.code(secret, Instant.now().plusSeconds(TwoFactor.PERIOD_SECONDS))))
                .isTrue();

        secrets.sealThePlainOnes();
        assertThat(stored(coach)).startsWith("v1:").doesNotContain(secret);
        assertThat(secrets.open(stored(coach))).as("the same secret, sealed").isEqualTo(secret);
    }

    @Test
    void theProdProfileRefusesTheDemoKeyAndEveryProfileAMissingOne() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        AppUserRepository repository = mock(AppUserRepository.class);
        assertThatThrownBy(() -> new TotpSecrets(TotpSecrets.DEMO_KEY, repository, prod))
                .hasMessageContaining("secret-key is the demo key");
        assertThatThrownBy(() -> new TotpSecrets("", repository, new MockEnvironment()))
                .hasMessageContaining("kompetensresan.security.secret-key is not set");
    }
}
