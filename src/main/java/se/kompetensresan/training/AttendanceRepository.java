package se.kompetensresan.training;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {
    List<Attendance> findByActivityIdOrderById(long activityId);

    List<Attendance> findByActivityIdIn(Collection<Long> activityIds);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from Attendance a where a.activityId = :activityId")
    void deleteByActivity(long activityId);
}
