package se.kompetensresan.journey;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface JourneyEventRepository extends JpaRepository<JourneyEvent, Long> {
    List<JourneyEvent> findByJourneyIdOrderByAtAscIdAsc(long journeyId);
}
