package se.kompetensresan.coaching;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface DevelopmentPlanRepository extends JpaRepository<DevelopmentPlan, Long> {
    Optional<DevelopmentPlan> findByCompanyId(long companyId);
}
