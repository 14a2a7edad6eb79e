package se.kompetensresan.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.shared.RetentionSettings;

import java.time.Clock;
import java.time.Instant;

/**
 * Nightly: the body and recipient of every sent or failed outbox message older than
 * {@link RetentionSettings#outboxBodies()} are removed (the row stays as a record that a mail went out).
 * One node should run it (issue 12 adds the cluster lock); running it twice does no harm.
 */
@Component
class OutboxRetention {

    static final String REMOVED = "[removed]";
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRetention.class);

    private final OutboxRepository outbox;
    private final RetentionSettings retention;
    private final Clock clock;

    OutboxRetention(OutboxRepository outbox, RetentionSettings retention, Clock clock) {
        this.outbox = outbox;
        this.retention = retention;
        this.clock = clock;
    }

    /** Nightly, on one node at a time (ShedLock cannot lock a method that returns a value: this one returns none). */
    @Scheduled(cron = "${kompetensresan.retention.cron:0 30 2 * * *}")
    @SchedulerLock(name = "mail.outbox.retention")
    @Transactional
    public void nightly() {
        run();
    }

    @Transactional
    public int run() {
        Instant before = clock.instant().minus(retention.outboxBodies());
        int n = outbox.removeContentBefore(before, REMOVED);
        if (n > 0) {
            LOG.info("retention: removed body and recipient of {} outbox messages older than {}", n, before);
        }
        return n;
    }
}
