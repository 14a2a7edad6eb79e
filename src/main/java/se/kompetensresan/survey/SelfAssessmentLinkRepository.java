package se.kompetensresan.survey;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface SelfAssessmentLinkRepository extends JpaRepository<SelfAssessmentLink, Long> {

    Optional<SelfAssessmentLink> findByResponseId(long responseId);

    Optional<SelfAssessmentLink> findByTokenHash(String tokenHash);
}
