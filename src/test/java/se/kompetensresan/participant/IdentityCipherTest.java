package se.kompetensresan.participant;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentityCipherTest {

    static final String K1 = Base64.getEncoder().encodeToString(new byte[32]);
    static final String K2 = Base64.getEncoder().encodeToString(filled(7));
    static final String K3 = Base64.getEncoder().encodeToString(filled(9));

    static byte[] filled(int b) {
        byte[] k = new byte[32];
        java.util.Arrays.fill(k, (byte) b);
        return k;
    }

    @Test
    void encryptsWithAFreshIvEachTimeAndDecryptsBack() {
        IdentityCipher c = new IdentityCipher(K1, K2);
        String a = c.encrypt("198503150021");
        String b = c.encrypt("198503150021");
        assertThat(a).isNotEqualTo(b).startsWith("v1:").doesNotContain("19850315").doesNotContain("0021");
        assertThat(c.decrypt(a)).isEqualTo("198503150021");
        assertThat(c.decrypt(b)).isEqualTo("198503150021");
    }

    @Test
    void theBlindIndexIsStableAndDependsOnTheIndexKeyOnly() {
        assertThat(new IdentityCipher(K1, K2).index("198503150021")).isEqualTo(new IdentityCipher(K3, K2).index("198503150021"))
                .hasSize(64).doesNotContain("19850315");
        assertThat(new IdentityCipher(K1, K2).index("198503150021")).isNotEqualTo(new IdentityCipher(K1, K3).index("198503150021"));
    }

    @Test
    void anotherKeyOrAnAlteredValueCannotBeDecrypted() {
        String stored = new IdentityCipher(K1, K2).encrypt("198503150021");
        assertThatThrownBy(() -> new IdentityCipher(K3, K2).decrypt(stored)).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("1985");
        byte[] bytes = Base64.getDecoder().decode(stored.substring(3));
        bytes[14] ^= 1; // one bit of the ciphertext
        String altered = "v1:" + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> new IdentityCipher(K1, K2).decrypt(altered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void missingShortOrEqualKeysStopTheStart() {
        assertThatThrownBy(() -> new IdentityCipher("", K2)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("encryption-key is not set");
        assertThatThrownBy(() -> new IdentityCipher(Base64.getEncoder().encodeToString(new byte[16]), K2))
                .hasMessageContaining("must be 256 bits");
        assertThatThrownBy(() -> new IdentityCipher("not base64!", K2)).hasMessageContaining("not valid base64");
        assertThatThrownBy(() -> new IdentityCipher(K2, K2)).hasMessageContaining("must differ");
    }
}
