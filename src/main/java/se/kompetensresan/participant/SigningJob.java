package se.kompetensresan.participant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The monthly signing run: daily at 06:00 (configurable), so the first working day is never missed; the service
 * does nothing twice (one request per participant and month, unique in the database). On one node at a time
 * (ShedLock on the database).
 */
@Component
class SigningJob {

    private final SigningService signing;

    SigningJob(SigningService signing) {
        this.signing = signing;
    }

    @Scheduled(cron = "${kompetensresan.participant.signing-cron:0 0 6 * * *}")
    @SchedulerLock(name = "participant.signing.daily")
    public void run() {
        signing.runDaily();
    }
}
