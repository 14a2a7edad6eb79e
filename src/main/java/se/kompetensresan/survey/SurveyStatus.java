package se.kompetensresan.survey;

/** A response is a draft (autosaved, editable by the company) until the company submits it. */
public enum SurveyStatus {
    DRAFT, SUBMITTED
}
