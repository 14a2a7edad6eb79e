package se.kompetensresan.catalogue;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A course as an admin or manager enters it; {@code id} is null for a new course. {@code projectIds} empty: shared
 * by every project. {@code supplier} (leverantör) is the party contracted by the procurement. Validated by
 * {@link CatalogueService#save}.
 */
public record CourseForm(Long id, String name, String provider, String areaCode, String description,
                         Integer hoursPerParticipant, BigDecimal pricePerParticipant, CourseDelivery delivery,
                         CourseKind kind, ProcurementStatus procurement, String supplier, Set<Long> projectIds) {

    /** A company-specific course shared by every project, not procured yet. */
    public CourseForm(Long id, String name, String provider, String areaCode, String description,
                      Integer hoursPerParticipant, BigDecimal pricePerParticipant, CourseDelivery delivery) {
        this(id, name, provider, areaCode, description, hoursPerParticipant, pricePerParticipant, delivery,
                CourseKind.COMPANY_SPECIFIC, ProcurementStatus.TO_BE_PROCURED, null, Set.of());
    }

    public static CourseForm of(TrainingCourseInfo c) {
        return new CourseForm(c.id(), c.name(), c.provider(), c.areaCode(), c.description(), c.hoursPerParticipant(),
                c.pricePerParticipant(), c.delivery(), c.kind(), c.procurement(), c.supplier(), c.projectIds());
    }
}
