package se.kompetensresan.security;

import org.junit.jupiter.api.Test;
import se.kompetensresan.shared.UserMessageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(ProductionGuardTest.settings(true));

    private void refused(String password, String username, String key) {
        assertThatThrownBy(() -> policy.check(password, username)).as(password)
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void atLeastTwelveCharactersCountedAsCharactersNotBytes() {
        refused(null, null, "security.password.error.short");
        refused("elva-tecken", null, "security.password.error.short");
        refused("😀😀😀😀😀😀😀😀😀😀😀", null, "security.password.error.short"); // 11 code points, 22 chars
        assertThat(policy.acceptable("tolv tecken!", null)).isTrue();
        assertThat(policy.acceptable("åäö ÅÄÖ 😀 mellanslag", null)).isTrue();
        refused("x".repeat(20) + "abcdefghij".repeat(12), null, "security.password.error.long");
    }

    @Test
    void theShippedCommonPasswordsAreRefusedInAnyCaseAndPaddedWithDigits() {
        assertThat(policy.commonPasswordCount()).isGreaterThan(90_000);
        refused("qazwsxedcrfv", null, "security.password.error.common");
        refused("123QWEASDZXC", null, "security.password.error.common");
        refused("dragon123456", null, "security.password.error.common");
        refused("!!!password2024", null, "security.password.error.common");
        refused("aaaaaaaaaaaaaaaa", null, "security.password.error.common");
        refused("abababababab", null, "security.password.error.common");
    }

    @Test
    void thePasswordMustNotContainTheUsername() {
        refused("kalle.anka-hemligt", "kalle.anka", "security.password.error.username");
        assertThat(policy.acceptable("kalle.anka-hemligt", "coach")).isTrue();
    }

    @Test
    void theMinimumCannotBeConfiguredBelowTwelve() {
        SecuritySettings s = ProductionGuardTest.settings(true);
        PasswordPolicy weak = new PasswordPolicy(new SecuritySettings(true, s.twoFactorRoles(), 6, 5, s.firstLock(), s.maxLock(),
                30, s.addressWindow(), s.resetTokenValidity(), s.bootstrapAdmin(), 10));
        assertThat(weak.minLength()).isEqualTo(12);
        assertThat(weak.acceptable("kort-ord", null)).isFalse();
    }
}
