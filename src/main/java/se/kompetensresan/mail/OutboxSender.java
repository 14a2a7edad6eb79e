package se.kompetensresan.mail;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Delivers queued outbox messages through Spring's {@link JavaMailSender} when {@code spring.mail.host} is set:
 * right after the queuing transaction commits (on a background thread) and every minute for due retries.
 * A failed attempt is retried after 1, 2, 4, 8 minutes; after {@value #MAX_ATTEMPTS} attempts the message is FAILED.
 * Without a host nothing is sent and messages stay QUEUED (the demo works offline).
 * Sending is serialised in this JVM, so a message is never sent twice by two threads.
 */
@Component
class OutboxSender {

    static final int MAX_ATTEMPTS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxRepository outbox;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String from;
    private final String baseUrl;
    private final se.kompetensresan.security.UserService users;
    private final ObjectProvider<LinkMaker> linkMakers;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-sender");
        t.setDaemon(true);
        return t;
    });
    private volatile JavaMailSender mailSender;

    OutboxSender(OutboxRepository outbox, PlatformTransactionManager txManager, Clock clock,
                 ObjectProvider<JavaMailSender> senders, se.kompetensresan.security.UserService users,
                 ObjectProvider<LinkMaker> linkMakers,
                 @Value("${spring.mail.host:}") String host,
                 @Value("${kompetensresan.mail.from:noreply@kompetensresan.se}") String from,
                 @Value("${kompetensresan.company.base-url:http://localhost:8080}") String baseUrl) {
        this.users = users;
        this.linkMakers = linkMakers;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.outbox = outbox;
        this.tx = new TransactionTemplate(txManager);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.from = from;
        this.mailSender = host == null || host.isBlank() ? null : senders.getIfAvailable();
        LOG.info(mailSender == null ? "no SMTP host configured: e-mail stays in the outbox" : "e-mail is sent via {}", host);
    }

    boolean enabled() {
        return mailSender != null;
    }

    /** Tests point the sender at their own SMTP server (null turns delivery off); returns the previous one. */
    JavaMailSender use(JavaMailSender sender) {
        JavaMailSender previous = mailSender;
        mailSender = sender;
        return previous;
    }

    /** Sends the message on the background thread (after the queuing transaction committed). */
    void sendSoon(long id) {
        JavaMailSender s = mailSender;
        if (s != null) {
            background.submit(() -> {
                synchronized (this) {
                    attempt(id, s, clock.instant());
                }
            });
        }
    }

    /** Every minute: sends what is due (new messages whose after-commit send was missed, and retries). */
    @Scheduled(fixedDelayString = "${kompetensresan.mail.send-interval-ms:60000}", initialDelayString = "${kompetensresan.mail.send-interval-ms:60000}")
    void sendDue() {
        JavaMailSender s = mailSender;
        if (s == null) {
            return;
        }
        synchronized (this) {
            Instant now = clock.instant();
            for (Long id : outbox.findDueIds(now)) {
                attempt(id, s, now);
            }
        }
    }

    /** One delivery attempt of one queued message, in its own transaction. */
    void attempt(long id, JavaMailSender sender, Instant now) {
        tx.executeWithoutResult(status -> {
            OutboxMessage m = outbox.findById(id).orElse(null);
            if (m == null || m.status != MailStatus.QUEUED) {
                return;
            }
            m.attempts++;
            try {
                SimpleMailMessage mail = new SimpleMailMessage();
                mail.setFrom(from);
                mail.setTo(m.to);
                mail.setSubject(m.subject);
                mail.setText(m.linkKind == null ? m.body : m.body.replace(MailService.LINK, link(m)));
                sender.send(mail);
                m.status = MailStatus.SENT;
                m.sentAt = now;
                m.lastError = null;
            } catch (RuntimeException e) {
                String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                m.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
                if (m.attempts >= MAX_ATTEMPTS) {
                    m.status = MailStatus.FAILED;
                    LOG.warn("outbox message {} failed after {} attempts: {}", id, m.attempts, m.lastError);
                } else {
                    m.nextAttemptAt = now.plus(backoff(m.attempts));
                    LOG.info("outbox message {} attempt {} failed, next at {}: {}", id, m.attempts, m.nextAttemptAt, m.lastError);
                }
            }
        });
    }

    /** A fresh one-time link, made now (in this transaction) and only put into the mail. */
    private String link(OutboxMessage m) {
        for (var purpose : se.kompetensresan.security.OneTimeTokenPurpose.values()) {
            if (purpose.name().equals(m.linkKind)) {
                return baseUrl + "/set-password/" + users.issueOneTimeToken(m.linkUserId, purpose);
            }
        }
        return linkMakers.stream().filter(l -> l.kind().equals(m.linkKind)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no link maker for " + m.linkKind)).make(m.linkUserId);
    }

    /** 1, 2, 4, 8 … minutes after the n-th failed attempt. */
    static Duration backoff(int failedAttempts) {
        return Duration.ofMinutes(1L << Math.max(0, failedAttempts - 1));
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
