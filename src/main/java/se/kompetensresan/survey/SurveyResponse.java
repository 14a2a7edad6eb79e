package se.kompetensresan.survey;

import jakarta.persistence.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One company's answers to one round of the questionnaire. */
@Entity
@Table(name = "survey_response")
class SurveyResponse {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "company_id", nullable = false)
    Long companyId;
    @Enumerated(EnumType.STRING)
    @Column(name = "survey_round", nullable = false, length = 20)
    SurveyRound round;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    SurveyStatus status;
    @Column(name = "questionnaire_version", nullable = false, length = 30)
    String questionnaireVersion;
    @Column(name = "recruitment_needs", length = 2000)
    String recruitmentNeeds;
    @Column(name = "hardest_roles", length = 2000)
    String hardestRoles;
    @Version
    @Column(nullable = false)
    long version;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Column(name = "submitted_at")
    Instant submittedAt;
    @Column(name = "submitted_by", length = 100)
    String submittedBy;
    @OneToMany(mappedBy = "response", cascade = CascadeType.ALL, orphanRemoval = true)
    List<SurveyAnswer> answers = new ArrayList<>();

    static SurveyResponse draft(long companyId, SurveyRound round, String questionnaireVersion, Instant now) {
        SurveyResponse r = new SurveyResponse();
        r.companyId = companyId;
        r.round = round;
        r.status = SurveyStatus.DRAFT;
        r.questionnaireVersion = questionnaireVersion;
        r.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        r.updatedAt = r.createdAt;
        return r;
    }

    Optional<SurveyAnswer> answer(String areaCode) {
        return answers.stream().filter(a -> a.areaCode.equals(areaCode)).findFirst();
    }

    SurveyAnswer answerOrNew(String areaCode) {
        return answer(areaCode).orElseGet(() -> {
            SurveyAnswer a = new SurveyAnswer();
            a.response = this;
            a.areaCode = areaCode;
            answers.add(a);
            return a;
        });
    }

    /**
     * Marks the response as changed. The timestamp strictly increases, so the response itself is always
     * dirty and JPA raises its {@code @Version} once per save, even when an answer row is all that changed.
     */
    void touch(Instant now) {
        Instant t = now.truncatedTo(ChronoUnit.MICROS);
        updatedAt = updatedAt == null || t.isAfter(updatedAt) ? t : updatedAt.plus(1, ChronoUnit.MICROS);
    }
}
