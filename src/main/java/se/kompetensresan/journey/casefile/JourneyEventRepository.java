package se.kompetensresan.journey.casefile;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface JourneyEventRepository extends JpaRepository<JourneyEvent, Long> {
    List<JourneyEvent> findByJourneyIdOrderByAtAscIdAsc(long journeyId);
}
