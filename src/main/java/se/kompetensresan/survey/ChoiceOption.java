package se.kompetensresan.survey;

/** One option of a single or multiple choice question: a stable key (stored as the answer) and its label. */
public record ChoiceOption(String key, LocalizedText label) {
}
