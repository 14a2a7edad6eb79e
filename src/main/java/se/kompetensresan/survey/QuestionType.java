package se.kompetensresan.survey;

/** The kinds of question a questionnaire can ask. */
public enum QuestionType {
    SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE, NUMBER, FREE_TEXT, COMPETENCE_MATRIX
}
