package se.kompetensresan.training;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface TrainingActivityRepository extends JpaRepository<TrainingActivity, Long> {
    Optional<TrainingActivity> findByPlannedActivityId(long plannedActivityId);

    List<TrainingActivity> findByPlannedActivityIdIn(Collection<Long> plannedActivityIds);

    List<TrainingActivity> findByCompanyIdOrderByStartDate(long companyId);

    List<TrainingActivity> findByCourseDateIdOrderById(long courseDateId);

    List<TrainingActivity> findByCompanyIdInAndStatus(Collection<Long> companyIds, TrainingStatus status);
}
