package se.kompetensresan.security;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * TOTP (RFC 6238: SHA-1, 6 digits, 30 s) on {@code dev.samstevens.totp}: secrets, the otpauth QR code, and the
 * check of a code against the time of the injected clock, one step either side. The step a code matched is
 * returned so that the caller can refuse the same code twice (ASVS 2.8.4).
 */
final class TwoFactor {

    static final int PERIOD_SECONDS = 30;
    static final String ISSUER = "Kompetensresan";

    private static final CodeGenerator CODES = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    private TwoFactor() {
    }

    static String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    static String otpauthUri(String secret, String label) {
        return qrData(secret, label).getUri();
    }

    static String qrDataUri(String secret, String label) {
        try {
            ZxingPngQrGenerator qr = new ZxingPngQrGenerator();
            return Utils.getDataUriForImage(qr.generate(qrData(secret, label)), qr.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static QrData qrData(String secret, String label) {
        return new QrData.Builder().label(label).secret(secret).issuer(ISSUER).algorithm(HashingAlgorithm.SHA1)
                .digits(6).period(PERIOD_SECONDS).build();
    }

    /** The code of the step at {@code time} (tests and the enrolment check use it). */
    static String code(String secret, Instant time) {
        try {
            return CODES.generate(secret, Math.floorDiv(time.getEpochSecond(), PERIOD_SECONDS));
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The step the code belongs to (now, one before or one after), or empty when it matches none. */
    static OptionalLong matchingStep(String secret, String code, Instant now) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = Math.floorDiv(now.getEpochSecond(), PERIOD_SECONDS);
        for (long step = current - 1; step <= current + 1; step++) {
            try {
                if (java.security.MessageDigest.isEqual(
                        CODES.generate(secret, step).getBytes(), code.strip().getBytes())) {
                    return OptionalLong.of(step);
                }
            } catch (CodeGenerationException e) {
                throw new IllegalStateException(e);
            }
        }
        return OptionalLong.empty();
    }
}
