package se.kompetensresan.catalogue;

import java.time.LocalDate;

/**
 * A course date with its seats: {@code bookedSeats} is the sum of the planned participants of the plan actions
 * booked on it, of {@code companies} companies (counts only: which companies is the training module's, by tenant).
 * {@code belowMinimumSoon}: it starts within the warning weeks (or has started and not ended) with fewer booked
 * seats than its minimum.
 */
public record CourseDateInfo(long id, long courseId, String courseName, LocalDate startDate, LocalDate endDate,
                             String place, int minParticipants, int maxParticipants, int bookedSeats, int companies,
                             boolean belowMinimumSoon) {

    public int seatsLeft() {
        return Math.max(0, maxParticipants - bookedSeats);
    }
}
