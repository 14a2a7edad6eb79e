package se.kompetensresan.coaching;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface PlanVersionRepository extends JpaRepository<PlanVersion, Long> {
    List<PlanVersion> findByPlanIdOrderByVersion(long planId);

    Optional<PlanVersion> findByPlanIdAndVersion(long planId, int version);
}
