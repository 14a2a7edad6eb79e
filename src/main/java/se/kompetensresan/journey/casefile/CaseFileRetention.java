package se.kompetensresan.journey.casefile;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.shared.RetentionSettings;
import se.kompetensresan.shared.RetentionSettings.Kind;

import java.time.Clock;
import java.time.Instant;

/**
 * Nightly, on one node: attachments of the case file uploaded longer ago than their project's
 * {@link Kind#attachments} period are deleted, and the journey's own timeline (its audit log: who did what when)
 * loses the entries older than the project's {@link Kind#auditLog} period, once the journey has ended (an ongoing
 * journey keeps its whole trail). Both default to the funder's archiving period of ten years. The engine's history
 * has its own cleanup (Camunda's history cleanup window in application.yml).
 */
@Component
class CaseFileRetention {

    private static final Logger LOG = LoggerFactory.getLogger(CaseFileRetention.class);

    private final JourneyAttachmentRepository attachments;
    private final JourneyEventRepository events;
    private final ProjectService projects;
    private final RetentionSettings retention;
    private final Clock clock;

    CaseFileRetention(JourneyAttachmentRepository attachments, JourneyEventRepository events, ProjectService projects,
                      RetentionSettings retention, Clock clock) {
        this.attachments = attachments;
        this.events = events;
        this.projects = projects;
        this.retention = retention;
        this.clock = clock;
    }

    /** Nightly, on one node at a time (ShedLock cannot lock a method that returns a value: this one returns none). */
    @Scheduled(cron = "${kompetensresan.retention.cron:0 30 2 * * *}")
    @SchedulerLock(name = "journey.casefile.retention")
    @Transactional
    public void nightly() {
        run();
    }

    /** Deletes what is due; returns the number of attachments and timeline entries deleted. */
    @Transactional
    public int run() {
        Instant now = clock.instant();
        int files = 0;
        int entries = 0;
        for (Number sp : attachments.subprojectsWithJourneys()) {
            long subprojectId = sp.longValue();
            Long projectId = projects.subproject(subprojectId).map(SubprojectInfo::projectId).orElse(null);
            files += attachments.deleteUploadedBefore(now.minus(retention.of(Kind.attachments, projectId)), subprojectId);
            entries += events.deleteOfEndedJourneysBefore(now.minus(retention.of(Kind.auditLog, projectId)), subprojectId);
        }
        if (files + entries > 0) {
            LOG.info("retention: {} case file attachments and {} timeline entries deleted", files, entries);
        }
        return files + entries;
    }
}
