package se.kompetensresan.survey;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Loads and publishes the default questionnaire at start-up if it is missing. */
@Component
class DefaultQuestionnaireLoader {

    private final QuestionnaireService questionnaires;

    DefaultQuestionnaireLoader(QuestionnaireService questionnaires) {
        this.questionnaires = questionnaires;
    }

    @EventListener(ApplicationStartedEvent.class)
    void load() {
        questionnaires.ensureDefault();
    }
}
