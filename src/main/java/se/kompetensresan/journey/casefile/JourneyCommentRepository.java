package se.kompetensresan.journey.casefile;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface JourneyCommentRepository extends JpaRepository<JourneyComment, Long> {
    List<JourneyComment> findByJourneyIdOrderByAtAscIdAsc(long journeyId);
}
