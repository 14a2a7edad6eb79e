package se.kompetensresan.survey;

import jakarta.persistence.*;

/** One stored answer value: (question key, row code, part) → value; see {@link SurveyAnswers}. */
@Entity
@Table(name = "survey_value")
class SurveyValue {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id", nullable = false)
    SurveyResponse response;
    @Column(name = "question_key", nullable = false, length = 60)
    String questionKey;
    @Column(name = "row_code", nullable = false, length = 60)
    String rowCode = "";
    @Column(name = "value_part", nullable = false, length = 20)
    String part = "";
    @Column(name = "answer_value", nullable = false, length = 4000)
    String value;
}
