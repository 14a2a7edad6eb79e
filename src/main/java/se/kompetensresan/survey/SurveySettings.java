package se.kompetensresan.survey;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Survey settings ({@code kompetensresan.survey}): the employees' self-assessment shows its results only from
 * {@code self-assessment-min-group} answers on (default 5), takes at most {@code self-assessment-answers-per-hour}
 * answers per link and hour (counted in this node's memory), and its links start with {@code base-url}.
 */
@ConfigurationProperties("kompetensresan.survey")
public record SurveySettings(@DefaultValue("5") int selfAssessmentMinGroup,
                             @DefaultValue("300") int selfAssessmentAnswersPerHour,
                             @DefaultValue("http://localhost:8080") String baseUrl) {
}
