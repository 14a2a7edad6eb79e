package se.kompetensresan.survey;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface SelfAssessmentAnswerRepository extends JpaRepository<SelfAssessmentAnswer, UUID> {

    List<SelfAssessmentAnswer> findByLinkId(long linkId);

    long countByLinkId(long linkId);
}
