/**
 * E-mail through an outbox: services queue messages in their own transaction; a sender delivers them over
 * SMTP after commit and on a schedule, retrying with backoff. Without an SMTP host they stay queued.
 */
@ApplicationModule(allowedDependencies = {"security", "shared"})
package se.kompetensresan.mail;

import org.springframework.modulith.ApplicationModule;
