package se.kompetensresan.survey;

import java.util.List;

/** One page of a questionnaire: a title and its questions in order. */
public record Section(String key, LocalizedText title, List<Question> questions) {

    public Section {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public Section withTitle(LocalizedText t) {
        return new Section(key, t, questions);
    }

    public Section withQuestions(List<Question> q) {
        return new Section(key, title, q);
    }
}
