package se.kompetensresan.shared;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Text encrypted in the application before it reaches the database: AES-256-GCM with a random 96-bit IV per value,
 * stored as {@code v1:base64(iv ‖ ciphertext ‖ tag)}, so that a value altered or written with another key does not
 * decrypt. The key comes from configuration or the environment, never the database; a missing or malformed key
 * stops the application at start-up. Nothing here logs or puts the text into an exception message.
 */
public final class SealedText {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public SealedText(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** The 256-bit key of a setting, given in base64; refuses a missing or malformed one, naming the setting. */
    public static byte[] key(String base64, String property) {
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

    /** True when the stored value is one this class wrote (an older plain value is not). */
    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    public String seal(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] ct = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /** @throws IllegalStateException when the value was written with another key or has been altered */
    public String open(String stored) {
        if (!isSealed(stored)) {
            throw new IllegalStateException("not an encrypted value of this application");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(c.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot decrypt: wrong key or altered value");
        }
    }
}
