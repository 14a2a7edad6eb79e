package se.kompetensresan.survey;

/**
 * A role group (yrkesgrupp) of a questionnaire, e.g. operators or office staff: the competence matrix can be
 * answered per group, and the gap analysis shows each group next to the company total.
 */
public record RoleGroup(String key, LocalizedText label) {
}
