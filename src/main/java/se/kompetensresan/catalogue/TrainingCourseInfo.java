package se.kompetensresan.catalogue;

import java.math.BigDecimal;

/** A course of the training catalogue. */
public record TrainingCourseInfo(long id, String name, String provider, String areaCode, String description,
                                 int hoursPerParticipant, BigDecimal pricePerParticipant, CourseDelivery delivery,
                                 boolean active) {

    /** Participants × price per participant. */
    public BigDecimal estimatedCost(int participants) {
        return pricePerParticipant.multiply(BigDecimal.valueOf(participants));
    }
}
