package se.kompetensresan.journey;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface JourneyCommentRepository extends JpaRepository<JourneyComment, Long> {
    List<JourneyComment> findByJourneyIdOrderByAtAscIdAsc(long journeyId);
}
