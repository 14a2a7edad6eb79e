package se.kompetensresan.participant;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import se.kompetensresan.mail.LinkMaker;

/** The participant's signing link, made when the outbox sends the mail (issue 13: no token in the outbox). */
@Component
class SigningLinks implements LinkMaker {

    static final String KIND = "PARTICIPANT_SIGNING";

    private final SigningService signing;

    SigningLinks(@Lazy SigningService signing) {
        this.signing = signing;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String make(long participantMonthId) {
        return signing.newSigningLink(participantMonthId);
    }
}
