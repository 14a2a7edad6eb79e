package se.kompetensresan.catalogue;

import java.time.LocalDate;

/** A course date as a manager enters it; {@code id} is null for a new one. Validated by {@link CourseDateService#save}. */
public record CourseDateForm(Long id, long courseId, LocalDate startDate, LocalDate endDate, String place,
                             Integer minParticipants, Integer maxParticipants) {

    public static CourseDateForm of(CourseDateInfo d) {
        return new CourseDateForm(d.id(), d.courseId(), d.startDate(), d.endDate(), d.place(), d.minParticipants(),
                d.maxParticipants());
    }
}
