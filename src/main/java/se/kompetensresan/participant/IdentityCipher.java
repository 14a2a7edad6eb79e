package se.kompetensresan.participant;

import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Encrypts personnummer in the application before they reach the database: AES-256-GCM with a random 96-bit IV
 * per value (stored as {@code v1:base64(iv ‖ ciphertext ‖ tag)}), and a blind index, HMAC-SHA-256 with a separate
 * key, so that uniqueness and look-up work without decrypting. Both keys come from {@link ParticipantSettings}
 * (configuration or environment, never the database). A missing or malformed key stops the application at
 * start-up; a key that differs from the one the database was written with is caught by {@link KeyCheck}.
 * No method logs or puts the number into an exception message.
 */
@Component
class IdentityCipher {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec aesKey;
    private final SecretKeySpec hmacKey;
    private final SecureRandom random = new SecureRandom();

    @org.springframework.beans.factory.annotation.Autowired
    IdentityCipher(ParticipantSettings settings) {
        this(settings.encryptionKey(), settings.indexKey());
    }

    IdentityCipher(String encryptionKey, String indexKey) {
        this.aesKey = new SecretKeySpec(key(encryptionKey, "kompetensresan.participant.encryption-key"), "AES");
        this.hmacKey = new SecretKeySpec(key(indexKey, "kompetensresan.participant.index-key"), "HmacSHA256");
        if (java.util.Arrays.equals(aesKey.getEncoded(), hmacKey.getEncoded())) {
            throw new IllegalStateException("kompetensresan.participant.index-key must differ from the encryption key");
        }
    }

    private static byte[] key(String base64, String property) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException(property + " is not set: give a base64 256-bit key (e.g. `openssl rand -base64 32`)");
        }
        byte[] k;
        try {
            k = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not valid base64");
        }
        if (k.length != 32) {
            throw new IllegalStateException(property + " must be 256 bits (32 bytes), not " + k.length * 8);
        }
        return k;
    }

    String encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, aesKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] ct = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /** @throws IllegalStateException when the value was written with another key or has been altered */
    String decrypt(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            throw new IllegalStateException("not an encrypted value of this application");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, aesKey, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(c.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot decrypt: wrong key or altered value");
        }
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
