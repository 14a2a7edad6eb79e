package se.kompetensresan.survey;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {
    Optional<SurveyResponse> findByCompanyIdAndRound(long companyId, SurveyRound round);
}
