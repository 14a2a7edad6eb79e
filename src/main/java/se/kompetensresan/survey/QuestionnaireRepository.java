package se.kompetensresan.survey;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface QuestionnaireRepository extends JpaRepository<Questionnaire, Long> {
    List<Questionnaire> findByKeyOrderByVersionDesc(String key);

    List<Questionnaire> findByStatusOrderByVersionDesc(QuestionnaireStatus status);

    List<Questionnaire> findAllByOrderByKeyAscVersionDesc();

    @Modifying
    @Query(value = "update survey_response set questionnaire_id = :id where questionnaire_id is null", nativeQuery = true)
    int pinUnpinnedResponses(long id);
}
