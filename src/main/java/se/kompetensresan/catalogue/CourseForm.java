package se.kompetensresan.catalogue;

import java.math.BigDecimal;

/** A course as an admin or manager enters it; {@code id} is null for a new course. Validated by {@link CatalogueService#save}. */
public record CourseForm(Long id, String name, String provider, String areaCode, String description,
                         Integer hoursPerParticipant, BigDecimal pricePerParticipant, CourseDelivery delivery) {

    public static CourseForm of(TrainingCourseInfo c) {
        return new CourseForm(c.id(), c.name(), c.provider(), c.areaCode(), c.description(), c.hoursPerParticipant(),
                c.pricePerParticipant(), c.delivery());
    }
}
