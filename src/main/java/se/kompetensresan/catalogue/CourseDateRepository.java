package se.kompetensresan.catalogue;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface CourseDateRepository extends JpaRepository<CourseDate, Long> {

    /**
     * The course date, its row locked until the transaction ends (select … for update): the seat check and the
     * booking that follows it run one at a time per course date, on every node.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from CourseDate d where d.id = :id")
    Optional<CourseDate> findForUpdate(@Param("id") long id);

    List<CourseDate> findByCourseIdOrderByStartDateAscIdAsc(long courseId);

    List<CourseDate> findByCourseIdInOrderByStartDateAscIdAsc(Collection<Long> courseIds);
}
