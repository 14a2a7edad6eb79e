package se.kompetensresan.company;

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
 * Nightly: applications never confirmed are deleted after {@link RetentionSettings#unconfirmedApplications()};
 * refused ones (not eligible, rejected) lose the contact person's name, e-mail, phone and the address after the
 * project's {@link RetentionSettings.Kind#refusedApplications} period (org.nr, status and reason stay as
 * statistics). Approved applications belong to the company register and stay.
 */
@Component
class ApplicationRetention {

    static final String ERASED = "[raderad]";
    private static final Logger LOG = LoggerFactory.getLogger(ApplicationRetention.class);

    private final CompanyApplicationRepository applications;
    private final RetentionSettings retention;
    private final Clock clock;

    ApplicationRetention(CompanyApplicationRepository applications, RetentionSettings retention, Clock clock) {
        this.applications = applications;
        this.retention = retention;
        this.clock = clock;
    }

    /** Nightly, on one node at a time (ShedLock cannot lock a method that returns a value: this one returns none). */
    @Scheduled(cron = "${kompetensresan.retention.cron:0 30 2 * * *}")
    @SchedulerLock(name = "company.application.retention")
    @Transactional
    public void nightly() {
        run();
    }

    @Transactional
    public int run() {
        Instant now = clock.instant();
        int deleted = 0;
        int anonymised = 0;
        for (CompanyApplication a : applications.findAll()) {
            if (a.status == ApplicationStatus.UNCONFIRMED
                    && a.createdAt.isBefore(now.minus(retention.of(RetentionSettings.Kind.unconfirmedApplications, a.projectId)))) {
                applications.delete(a);
                deleted++;
            } else if ((a.status == ApplicationStatus.NOT_ELIGIBLE || a.status == ApplicationStatus.REJECTED)
                    && !ERASED.equals(a.contactEmail) && a.decidedAt != null
                    && a.decidedAt.isBefore(now.minus(retention.of(RetentionSettings.Kind.refusedApplications, a.projectId)))) {
                erase(a);
                anonymised++;
            }
        }
        if (deleted + anonymised > 0) {
            LOG.info("retention: {} unconfirmed applications deleted, {} refused applications anonymised", deleted, anonymised);
        }
        return deleted + anonymised;
    }

    static void erase(CompanyApplication a) {
        a.contactName = ERASED;
        a.contactEmail = ERASED;
        a.contactPhone = ERASED;
        a.visitingAddress = ERASED;
        a.confirmTokenHash = null;
    }
}
