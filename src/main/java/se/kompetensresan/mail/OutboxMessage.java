package se.kompetensresan.mail;

import jakarta.persistence.*;

import java.time.Instant;

@Entity
@Table(name = "outbox_message")
class OutboxMessage {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "recipient", nullable = false)
    String to;
    @Column(nullable = false)
    String subject;
    @Column(nullable = false)
    String body;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    MailStatus status;
    @Column(nullable = false)
    int attempts;
    @Column(name = "last_error")
    String lastError;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "sent_at")
    Instant sentAt;
    @Column(name = "next_attempt_at", nullable = false)
    Instant nextAttemptAt;
    /** The node that is sending the message, until {@link #claimedUntil}. */
    @Column(name = "claimed_by")
    String claimedBy;
    @Column(name = "claimed_until")
    Instant claimedUntil;
    /** The Message-ID of every attempt of this message (a resend carries the same one). */
    @Column(name = "message_id")
    String messageId;
    /** the user a one-time link is made for at send time (the body holds {@link MailService#LINK}) */
    @Column(name = "link_user_id")
    Long linkUserId;
    /** a {@link se.kompetensresan.security.OneTimeTokenPurpose} name or the kind of a {@link LinkMaker} */
    @Column(name = "link_kind")
    String linkKind;
}
