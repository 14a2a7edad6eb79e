package se.kompetensresan.survey;

/**
 * The company's self-assessment link: {@code offered} when its kartläggning's questionnaire version asks for the
 * employees' self-assessment; {@code exists} once a link was made, {@code open} while it is not closed; the number of
 * answers so far. The link itself is known only when it is made or renewed (only its hash is stored).
 */
public record SelfAssessmentLinkInfo(long companyId, boolean offered, boolean exists, boolean open, long answers) {
}
