package se.kompetensresan.participant;

import java.math.BigDecimal;

/** A project's planned co-financing (budget × co-financing rate) against the signed co-financing so far. */
public record PlannedCoFinancing(long projectId, String projectName, BigDecimal planned, BigDecimal signed) {

    /** Signed as a share of planned, in percent (0 when nothing is planned). */
    public BigDecimal percent() {
        return planned.signum() == 0 ? BigDecimal.ZERO
                : signed.multiply(BigDecimal.valueOf(100)).divide(planned, 1, java.math.RoundingMode.HALF_UP);
    }
}
