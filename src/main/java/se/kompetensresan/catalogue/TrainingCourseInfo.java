package se.kompetensresan.catalogue;

import java.math.BigDecimal;
import java.util.Set;

/** A course of the training catalogue; {@code projectIds} empty: shared by every project. */
public record TrainingCourseInfo(long id, String name, String provider, String areaCode, String description,
                                 int hoursPerParticipant, BigDecimal pricePerParticipant, CourseDelivery delivery,
                                 boolean active, CourseKind kind, ProcurementStatus procurement, String supplier,
                                 Set<Long> projectIds) {

    /** Participants × price per participant. */
    public BigDecimal estimatedCost(int participants) {
        return pricePerParticipant.multiply(BigDecimal.valueOf(participants));
    }

    public boolean open() {
        return kind == CourseKind.OPEN_COURSE;
    }

    public boolean shared() {
        return projectIds.isEmpty();
    }
}
