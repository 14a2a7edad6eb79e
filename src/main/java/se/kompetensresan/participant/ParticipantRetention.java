package se.kompetensresan.participant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.shared.RetentionSettings;
import se.kompetensresan.shared.RetentionSettings.Kind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Nightly, on one node: participants whose participation ended (or, never ended, whose last activity lies) longer
 * ago than their project's {@link Kind#participants} period (the funder's archiving period of ten years by default)
 * are anonymised by {@link PersonalData#anonymise}: name "[raderad]", e-mail, personnummer (ciphertext and blind
 * index), birth year and signing links removed. Gender and age band are kept as statistics because the funder's
 * reports split every figure by gender and the indicators count participants by age band; without name, number and
 * birth year they point to no one. The birth year goes: only the SCB monthly file carries it, for the month a
 * participant started or ended, which lies years before the retention period is over. Months and hours stay
 * (numbers, no person); the reports show such a participant as "[raderad]".
 * <p>
 * The module's audit log goes after its project's {@link Kind#auditLog} period: reads of full personnummer
 * ({@link PersonalNumberAccess}; an entry is kept for the longest period of the projects of the participants it
 * names, the installation's default when none is known any more) and the records of erasures on request.
 */
@Component
class ParticipantRetention {

    private static final Logger LOG = LoggerFactory.getLogger(ParticipantRetention.class);

    private final ParticipantRepository participants;
    private final PersonalNumberAccessRepository accessLog;
    private final ParticipantErasureRepository erasures;
    private final PersonalData personalData;
    private final CompanyProjects companyProjects;
    private final RetentionSettings retention;
    private final Clock clock;

    ParticipantRetention(ParticipantRepository participants, PersonalNumberAccessRepository accessLog,
                         ParticipantErasureRepository erasures, PersonalData personalData,
                         CompanyProjects companyProjects, RetentionSettings retention, Clock clock) {
        this.participants = participants;
        this.accessLog = accessLog;
        this.erasures = erasures;
        this.personalData = personalData;
        this.companyProjects = companyProjects;
        this.retention = retention;
        this.clock = clock;
    }

    /** Nightly, on one node at a time (ShedLock cannot lock a method that returns a value: this one returns none). */
    @Scheduled(cron = "${kompetensresan.retention.cron:0 30 2 * * *}")
    @SchedulerLock(name = "participant.retention")
    @Transactional
    public void nightly() {
        run();
    }

    /** Anonymises the participants and deletes the audit entries that are due; returns how many of both. */
    @Transactional
    public int run() {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        Map<Long, Optional<Long>> projectOfCompany = new HashMap<>();
        int anonymised = 0;
        // only those whose retention began before the shortest period of any project are read, and only their last
        // activity is looked up: the nightly run does not grow with the participants still kept
        LocalDate candidatesBefore = today.minusDays(shortest(Kind.participants).toDays());
        for (Participant p : participants.retentionCandidates(candidatesBefore,
                candidatesBefore.atStartOfDay(zone).toInstant())) {
            Long projectId = project(p.companyId, projectOfCompany);
            Duration keep = retention.of(Kind.participants, projectId);
            if (personalData.retentionStart(p, zone).plusDays(keep.toDays()).isBefore(today)) {
                personalData.anonymise(p, now);
                anonymised++;
            }
        }
        int audit = 0;
        Instant oldest = now.minus(shortest(Kind.auditLog));
        List<PersonalNumberAccess> dueEntries = accessLog.findByAtBefore(oldest);
        Map<Long, Long> companyOfParticipant = new HashMap<>();
        participants.findAllById(dueEntries.stream().flatMap(a -> ids(a).stream()).distinct().toList())
                .forEach(p -> companyOfParticipant.put(p.id, p.companyId));
        for (PersonalNumberAccess a : dueEntries) {
            Duration keep = Duration.ZERO;
            boolean known = false;
            for (Long id : ids(a)) {
                Long companyId = companyOfParticipant.get(id);
                if (companyId != null) {
                    Long projectId = project(companyId, projectOfCompany);
                    Duration d = retention.of(Kind.auditLog, projectId);
                    keep = d.compareTo(keep) > 0 ? d : keep;
                    known = true;
                }
            }
            if (!known) {
                keep = retention.of(Kind.auditLog, null);
            }
            if (a.at.isBefore(now.minus(keep))) {
                accessLog.delete(a);
                audit++;
            }
        }
        for (ParticipantErasure e : erasures.findByErasedAtBefore(oldest)) {
            if (e.erasedAt.isBefore(now.minus(retention.of(Kind.auditLog, project(e.companyId, projectOfCompany))))) {
                erasures.delete(e);
                audit++;
            }
        }
        if (anonymised + audit > 0) {
            LOG.info("retention: {} participants anonymised, {} audit log entries deleted", anonymised, audit);
        }
        return anonymised + audit;
    }

    /** The participants an audit entry names. */
    private static List<Long> ids(PersonalNumberAccess a) {
        return java.util.Arrays.stream(a.participantIds.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Long::parseLong).toList();
    }

    /** The shortest period of the kind of any project (nothing younger than that can be due). */
    private Duration shortest(Kind kind) {
        Duration d = retention.of(kind, null);
        if (retention.projects() != null) {
            for (Long projectId : retention.projects().keySet()) {
                Duration p = retention.of(kind, projectId);
                d = p.compareTo(d) < 0 ? p : d;
            }
        }
        return d;
    }

    private Long project(long companyId, Map<Long, Optional<Long>> cache) {
        return cache.computeIfAbsent(companyId, id -> {
            try {
                return Optional.of(companyProjects.projectOf(id));
            } catch (IllegalStateException e) {
                return Optional.empty(); // company or project gone: the installation's default applies
            }
        }).orElse(null);
    }
}
