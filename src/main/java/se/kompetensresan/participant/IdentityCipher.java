package se.kompetensresan.participant;

import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Encrypts personnummer in the application before they reach the database ({@link se.kompetensresan.shared.SealedText}:
 * AES-256-GCM, a random IV per value), and a blind index, HMAC-SHA-256 with a separate
 * key, so that uniqueness and look-up work without decrypting. Both keys come from {@link ParticipantSettings}
 * (configuration or environment, never the database). A missing or malformed key stops the application at
 * start-up; a key that differs from the one the database was written with is caught by {@link KeyCheck}.
 * No method logs or puts the number into an exception message.
 */
@Component
class IdentityCipher {

    private final se.kompetensresan.shared.SealedText sealed;
    private final SecretKeySpec hmacKey;

    @org.springframework.beans.factory.annotation.Autowired
    IdentityCipher(ParticipantSettings settings) {
        this(settings.encryptionKey(), settings.indexKey());
    }

    IdentityCipher(String encryptionKey, String indexKey) {
        byte[] aes = se.kompetensresan.shared.SealedText.key(encryptionKey, "kompetensresan.participant.encryption-key");
        this.sealed = new se.kompetensresan.shared.SealedText(aes);
        this.hmacKey = new SecretKeySpec(se.kompetensresan.shared.SealedText.key(indexKey, "kompetensresan.participant.index-key"),
                "HmacSHA256");
        if (java.util.Arrays.equals(aes, hmacKey.getEncoded())) {
            throw new IllegalStateException("kompetensresan.participant.index-key must differ from the encryption key");
        }
    }

    String encrypt(String plain) {
        return sealed.seal(plain);
    }

    /** @throws IllegalStateException when the value was written with another key or has been altered */
    String decrypt(String stored) {
        return sealed.open(stored);
    }

    /** The blind index: hex HMAC-SHA-256. */
    String index(String plain) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hmacKey);
            return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("hashing failed", e);
        }
    }
}
