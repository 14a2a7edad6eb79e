package se.kompetensresan.survey;

import jakarta.persistence.*;

/** The answer for one competence area: nuläge and behov (1–4) and how many employees it concerns. */
@Entity
@Table(name = "survey_answer")
class SurveyAnswer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id", nullable = false)
    SurveyResponse response;
    @Column(name = "area_code", nullable = false, length = 50)
    String areaCode;
    @Column(name = "current_level")
    Integer currentLevel;
    @Column(name = "required_level")
    Integer requiredLevel;
    @Column(name = "employees_concerned")
    Integer employeesConcerned;

    boolean complete() {
        return currentLevel != null && requiredLevel != null;
    }
}
