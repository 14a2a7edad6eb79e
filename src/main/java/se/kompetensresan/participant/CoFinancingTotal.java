package se.kompetensresan.participant;

import java.math.BigDecimal;

/** A sum of co-financing rows split by gender: hours and SEK, and distinct participants. */
public record CoFinancingTotal(String key, int participantsWomen, int participantsMen, int hoursWomen, int hoursMen,
                               BigDecimal amountWomen, BigDecimal amountMen) {

    public int hours() {
        return hoursWomen + hoursMen;
    }

    public BigDecimal amount() {
        return amountWomen.add(amountMen);
    }

    public int participants() {
        return participantsWomen + participantsMen;
    }
}
