package se.kompetensresan.coaching;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface PlannedActivityRepository extends JpaRepository<PlannedActivity, Long> {
    List<PlannedActivity> findByPlanIdOrderById(long planId);
}
