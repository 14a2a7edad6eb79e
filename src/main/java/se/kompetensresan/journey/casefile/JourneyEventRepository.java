package se.kompetensresan.journey.casefile;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;

import java.util.List;

public interface JourneyEventRepository extends JpaRepository<JourneyEvent, Long> {
    List<JourneyEvent> findByJourneyIdOrderByAtAscIdAsc(long journeyId);

    /** The journey's entries of the type since the instant, newest first. */
    List<JourneyEvent> findByJourneyIdAndTypeAndAtAfterOrderByAtDesc(long journeyId, JourneyEventType type, Instant after);

    /** Deletes the timeline entries before the cutoff of the delprojekt's journeys that have ended (retention). */
    @Modifying
    @Query(value = "delete from journey_event where at < :cutoff and journey_id in"
            + " (select id from journey where subproject_id = :subprojectId and ended_at is not null)", nativeQuery = true)
    int deleteOfEndedJourneysBefore(Instant cutoff, long subprojectId);
}
