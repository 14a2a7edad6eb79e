package se.kompetensresan.mail;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.kompetensresan.security.OneTimeTokenPurpose;
import se.kompetensresan.security.UserService;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Delivers queued outbox messages through Spring's {@link JavaMailSender} when {@code spring.mail.host} is set:
 * right after the queuing transaction commits (on a background thread) and every minute for due retries.
 * A failed attempt is retried after 1, 2, 4, 8 minutes; after {@value #MAX_ATTEMPTS} attempts the message is FAILED.
 * Without a host nothing is sent and messages stay QUEUED (the demo works offline).
 * <p>
 * Several nodes share the outbox: before sending, a node claims the message with one atomic update
 * ({@link OutboxRepository#claim}), so a message is sent by one node once; the claim lasts
 * {@code kompetensresan.mail.claim-time} (a node that dies mid-send leaves it, and after it expires another node
 * sends the message again with the same Message-ID, {@link #messageIdOf}). The SMTP conversation runs outside any
 * database transaction; the scheduled sweep runs on one node at a time (ShedLock).
 */
@Component
class OutboxSender {

    static final int MAX_ATTEMPTS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxRepository outbox;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String from;
    private final Duration claimTime;
    private final String node = nodeName();
    private final String baseUrl;
    private final UserService users;
    private final ObjectProvider<LinkMaker> linkMakers;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-sender");
        t.setDaemon(true);
        return t;
    });
    private volatile JavaMailSender mailSender;

    OutboxSender(OutboxRepository outbox, PlatformTransactionManager txManager, Clock clock,
                 ObjectProvider<JavaMailSender> senders, UserService users,
                 ObjectProvider<LinkMaker> linkMakers,
                 @Value("${spring.mail.host:}") String host,
                 @Value("${kompetensresan.mail.from:noreply@kompetensresan.se}") String from,
                 @Value("${kompetensresan.mail.claim-time:PT10M}") Duration claimTime,
                 @Value("${kompetensresan.company.base-url:http://localhost:8080}") String baseUrl) {
        this.users = users;
        this.linkMakers = linkMakers;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.outbox = outbox;
        this.tx = new TransactionTemplate(txManager);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.from = from;
        this.claimTime = claimTime;
        this.mailSender = host == null || host.isBlank() ? null : senders.getIfAvailable();
        LOG.info(mailSender == null ? "no SMTP host configured: e-mail stays in the outbox" : "e-mail is sent via {}", host);
    }

    private static String nodeName() {
        String jvm = ManagementFactory.getRuntimeMXBean().getName(); // pid@host
        String name = jvm + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
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
            background.submit(() -> attempt(id, s, clock.instant()));
        }
    }

    /** Every minute, on one node at a time: sends what is due (missed after-commit sends, retries, expired claims). */
    @Scheduled(fixedDelayString = "${kompetensresan.mail.send-interval-ms:60000}", initialDelayString = "${kompetensresan.mail.send-interval-ms:60000}")
    @SchedulerLock(name = "mail.outbox.sendDue")
    void sendDue() {
        JavaMailSender s = mailSender;
        if (s == null) {
            return;
        }
        Instant now = clock.instant();
        for (Long id : outbox.findDueIds(now)) {
            attempt(id, s, now);
        }
    }

    /**
     * One delivery attempt of one queued message: claim it (nothing happens when another node holds it or it is
     * no longer queued), send it outside any transaction, then record the outcome and release the claim.
     */
    void attempt(long id, JavaMailSender sender, Instant now) {
        record Claimed(OutboxMessage message, String body) {
        }
        Claimed c = tx.execute(status -> {
            if (outbox.claim(id, node, now, now.plus(claimTime)) != 1) {
                return null;
            }
            OutboxMessage claimed = outbox.findById(id).orElseThrow();
            if (claimed.messageId == null) {
                claimed.messageId = messageIdOf(claimed, from);
            }
            return new Claimed(claimed, claimed.linkKind == null ? claimed.body
                    : claimed.body.replace(MailService.LINK, link(claimed)));
        });
        if (c == null) {
            return;
        }
        OutboxMessage m = c.message();
        String error = null;
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
            helper.setFrom(from);
            helper.setTo(m.to);
            helper.setSubject(m.subject);
            helper.setText(c.body());
            mime.setHeader("Message-ID", m.messageId);
            sender.send(mime);
        } catch (RuntimeException | MessagingException e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        String failure = error;
        tx.executeWithoutResult(status -> {
            OutboxMessage r = outbox.findById(id).orElseThrow();
            r.attempts++;
            r.claimedBy = null;
            r.claimedUntil = null;
            if (failure == null) {
                r.status = MailStatus.SENT;
                r.sentAt = now;
                r.lastError = null;
                return;
            }
            r.lastError = failure.length() > 1000 ? failure.substring(0, 1000) : failure;
            if (r.attempts >= MAX_ATTEMPTS) {
                r.status = MailStatus.FAILED;
                LOG.warn("outbox message {} failed after {} attempts: {}", id, r.attempts, r.lastError);
            } else {
                r.nextAttemptAt = now.plus(backoff(r.attempts));
                LOG.info("outbox message {} attempt {} failed, next at {}: {}", id, r.attempts, r.nextAttemptAt, r.lastError);
            }
        });
    }

    /** The Message-ID of every attempt of a message: its outbox id and creation time at the sender's domain. */
    static String messageIdOf(OutboxMessage m, String from) {
        int at = from.lastIndexOf('@');
        String domain = at < 0 || at == from.length() - 1 ? "kompetensresan.se" : from.substring(at + 1).replace(">", "").strip();
        return "<outbox-" + m.id + "." + m.createdAt.toEpochMilli() + "@" + domain + ">";
    }

    /** A fresh one-time link, made now (in the claiming transaction) and only put into the mail, never stored. */
    private String link(OutboxMessage m) {
        for (var purpose : OneTimeTokenPurpose.values()) {
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
