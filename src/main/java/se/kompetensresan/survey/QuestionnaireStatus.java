package se.kompetensresan.survey;

/** A questionnaire version is edited as a DRAFT, answered once PUBLISHED (then immutable), and finally RETIRED. */
public enum QuestionnaireStatus {
    DRAFT, PUBLISHED, RETIRED
}
