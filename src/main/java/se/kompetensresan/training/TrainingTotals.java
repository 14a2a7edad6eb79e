package se.kompetensresan.training;

import java.math.BigDecimal;

/**
 * Approved (attesterade) participants and hours split by gender, and the co-financing they are worth:
 * hours × the project's unit cost per hour. Participants are distinct persons.
 */
public record TrainingTotals(int participantsWomen, int participantsMen, BigDecimal hoursWomen, BigDecimal hoursMen,
                             BigDecimal coFinancingSek) {

    public static final TrainingTotals ZERO = new TrainingTotals(0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public int participants() {
        return participantsWomen + participantsMen;
    }

    public BigDecimal hours() {
        return hoursWomen.add(hoursMen);
    }
}
