package se.kompetensresan.security;

/** A new TOTP secret waiting for its first code: the QR code (a data URI) and the otpauth URI. */
public record TwoFactorEnrolment(String secret, String qrDataUri, String otpauthUri) {
}
