package se.kompetensresan.mail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;

import java.time.Clock;
import java.util.List;

/**
 * The outbox. {@link #queue} writes the message in the caller's transaction, so a rolled-back transaction
 * sends nothing; after commit (and on a schedule) {@link OutboxSender} delivers it.
 */
@Service
@Transactional
public class MailService {

    static final int MAX_SUBJECT = 300;
    /** The placeholder of a one-time link in a body queued with {@link #queueWithLink}. */
    public static final String LINK = "{link}";

    private final OutboxRepository outbox;
    private final OutboxSender sender;
    private final CurrentUser currentUser;
    private final Clock clock;

    MailService(OutboxRepository outbox, OutboxSender sender, CurrentUser currentUser, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Queues a plain-text message (subject and body already in the recipient's language); returns its id.
     * Called by other services inside their transaction; no user check (anonymous onboarding queues mail too).
     */
    public long queue(String to, String subject, String body) {
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("no recipient");
        }
        OutboxMessage m = new OutboxMessage();
        m.to = to.strip();
        m.subject = subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject;
        m.body = body;
        m.status = MailStatus.QUEUED;
        m.createdAt = clock.instant();
        m.nextAttemptAt = m.createdAt;
        long id = outbox.save(m).id;
        sendAfterCommit(id);
        return id;
    }

    /**
     * Queues a message that carries a one-time link to set a password: the body holds {@link #LINK} where the link
     * goes; the link (a fresh token of the user) is made only when the message is sent and never stored here.
     */
    public long queueWithLink(String to, String subject, String body, long userId,
                              se.kompetensresan.security.OneTimeTokenPurpose purpose) {
        return queueWithLink(to, subject, body, purpose.name(), userId);
    }

    /** As above, with a link of a {@link LinkMaker} of another module ({@code kind}) for its subject id. */
    public long queueWithLink(String to, String subject, String body, String kind, long subjectId) {
        if (!body.contains(LINK)) {
            throw new IllegalArgumentException("body without " + LINK);
        }
        long id = queue(to, subject, body);
        OutboxMessage m = outbox.findById(id).orElseThrow();
        m.linkUserId = subjectId;
        m.linkKind = kind;
        return id;
    }

    /**
     * Erasure on request (GDPR): the messages with a link of {@code kind} for these subjects lose recipient, subject
     * and body; one still queued is never sent (it is marked failed with the reason). Returns how many.
     */
    public int forgetLinked(String kind, java.util.Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return 0;
        }
        List<OutboxMessage> list = outbox.findByLinkKindAndLinkUserIdIn(kind, subjectIds);
        for (OutboxMessage m : list) {
            m.to = OutboxRetention.REMOVED;
            m.subject = OutboxRetention.REMOVED;
            m.body = OutboxRetention.REMOVED;
            if (m.status == MailStatus.QUEUED) {
                m.status = MailStatus.FAILED;
                m.lastError = "erased on request";
            }
        }
        return list.size();
    }

    /** ADMIN: the outbox, newest first, optionally of one status. */
    @Transactional(readOnly = true)
    public List<OutboxInfo> messages(MailStatus status) {
        currentUser.requireRole(Role.ADMIN);
        var list = status == null ? outbox.findAllByOrderByIdDesc() : outbox.findByStatusOrderByIdDesc(status);
        return list.stream().map(MailService::toInfo).toList();
    }

    /** ADMIN: queues a failed message again (attempts start over). */
    public OutboxInfo retry(long id) {
        currentUser.requireRole(Role.ADMIN);
        OutboxMessage m = outbox.findById(id).orElseThrow(() -> currentUser.refused("unknown outbox message " + id));
        if (m.status == MailStatus.FAILED) {
            m.status = MailStatus.QUEUED;
            m.attempts = 0;
            m.nextAttemptAt = clock.instant();
            sendAfterCommit(m.id);
        }
        return toInfo(m);
    }

    /** The messages sent to an address, newest first; for tests and the process glue (no user check). */
    @Transactional(readOnly = true)
    public List<OutboxInfo> sentTo(String address) {
        return outbox.findByToIgnoreCaseOrderByIdDesc(address).stream().map(MailService::toInfo).toList();
    }

    /** True when an SMTP host is configured and messages leave the outbox. */
    public boolean deliveryEnabled() {
        return sender.enabled();
    }

    private void sendAfterCommit(long id) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sender.sendSoon(id);
                }
            });
        }
    }

    static OutboxInfo toInfo(OutboxMessage m) {
        return new OutboxInfo(m.id, m.to, m.subject, m.body, m.status, m.attempts, m.lastError, m.createdAt,
                m.sentAt, m.nextAttemptAt);
    }
}
