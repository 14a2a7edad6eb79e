package se.kompetensresan.survey;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {
    /** The company's latest response of the round (a company that went on a second journey has several). */
    Optional<SurveyResponse> findFirstByCompanyIdAndRoundOrderByIdDesc(long companyId, SurveyRound round);

    Optional<SurveyResponse> findByJourneyIdAndRound(long journeyId, SurveyRound round);

    /** The response with its answers in one statement (every autosave reads them). */
    @EntityGraph(attributePaths = "values")
    @org.springframework.data.jpa.repository.Query("select r from SurveyResponse r where r.id = ?1")
    Optional<SurveyResponse> findWithValuesById(long id);

    @EntityGraph(attributePaths = "values")
    List<SurveyResponse> findByCompanyIdInAndRoundAndStatus(Collection<Long> companyIds, SurveyRound round,
                                                             SurveyStatus status);
}
