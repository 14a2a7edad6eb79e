package se.kompetensresan.survey;

import se.kompetensresan.shared.UserMessageException;

import java.util.Set;

/** An anonymous self-assessment sent without a level or without the wish to learn for some areas. */
public class SelfAssessmentIncomplete extends UserMessageException {
    private final transient Set<String> missingLevels;
    private final transient Set<String> missingWishes;

    SelfAssessmentIncomplete(Set<String> missingLevels, Set<String> missingWishes) {
        super("survey.self.error.incomplete", missingLevels.size() + missingWishes.size());
        this.missingLevels = Set.copyOf(missingLevels);
        this.missingWishes = Set.copyOf(missingWishes);
    }

    /** Areas without a level. */
    public Set<String> missingLevels() {
        return missingLevels;
    }

    /** Areas without a yes or no to learning more. */
    public Set<String> missingWishes() {
        return missingWishes;
    }
}
