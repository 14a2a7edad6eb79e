package se.kompetensresan.participant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of the participant module ({@code kompetensresan.participant.*}).
 *
 * @param encryptionKey    base64 of a 256-bit AES key that encrypts personnummer (environment or configuration,
 *                         never the database); the application refuses to start without it
 * @param indexKey         base64 of a separate 256-bit HMAC key for the blind index (uniqueness and look-up)
 * @param signingLinkValid how long a signing link works (P30D)
 * @param reminderAfter    when a participant who has not answered gets a reminder (P7D)
 * @param escalateAfter    when the coaches of the company's delprojekt are told that a participant has still not
 *                         answered (P14D)
 * @param maxEmailAttempts wrong e-mail addresses typed on a signing page before its link stops working (5)
 * @param baseUrl          the address links in e-mails start with
 */
@ConfigurationProperties("kompetensresan.participant")
public record ParticipantSettings(String encryptionKey, String indexKey,
                                  @DefaultValue("P30D") Duration signingLinkValid,
                                  @DefaultValue("P7D") Duration reminderAfter,
                                  @DefaultValue("P14D") Duration escalateAfter,
                                  @DefaultValue("5") int maxEmailAttempts,
                                  @DefaultValue("http://localhost:8080") String baseUrl) {
}
