package se.kompetensresan.survey;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {
    Optional<SurveyResponse> findByCompanyIdAndRound(long companyId, SurveyRound round);

    @EntityGraph(attributePaths = "values")
    List<SurveyResponse> findByCompanyIdInAndRoundAndStatus(Collection<Long> companyIds, SurveyRound round,
                                                             SurveyStatus status);
}
