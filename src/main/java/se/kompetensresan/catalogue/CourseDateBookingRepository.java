package se.kompetensresan.catalogue;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

interface CourseDateBookingRepository extends JpaRepository<CourseDateBooking, Long> {

    @Query("select coalesce(sum(b.seats), 0) from CourseDateBooking b where b.courseDateId = :id")
    long seatsBooked(@Param("id") long courseDateId);

    /** Per course date: [course date id, seats booked, companies booked]. */
    @Query("select b.courseDateId, sum(b.seats), count(distinct b.companyId) from CourseDateBooking b"
            + " where b.courseDateId in :ids group by b.courseDateId")
    List<Object[]> totals(@Param("ids") Collection<Long> courseDateIds);

    boolean existsByPlannedActivityId(long plannedActivityId);

    List<CourseDateBooking> findByCourseDateIdOrderById(long courseDateId);
}
