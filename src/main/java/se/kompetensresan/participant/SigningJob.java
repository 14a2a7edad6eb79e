package se.kompetensresan.participant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The monthly signing run: daily at 06:00 (configurable), so the first working day is never missed; the service
 * does nothing twice (one request per participant and month, unique in the database). A small bean method on
 * purpose: issue 12 puts scheduled jobs under a cluster lock.
 */
@Component
class SigningJob {

    private final SigningService signing;

    SigningJob(SigningService signing) {
        this.signing = signing;
    }

    @Scheduled(cron = "${kompetensresan.participant.signing-cron:0 0 6 * * *}")
    void run() {
        signing.runDaily();
    }
}
