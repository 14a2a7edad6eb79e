package se.kompetensresan.coaching;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface DevelopmentPlanRepository extends JpaRepository<DevelopmentPlan, Long> {
    /** The company's latest plan (a company that went on a second journey has several). */
    Optional<DevelopmentPlan> findFirstByCompanyIdOrderByIdDesc(long companyId);

    Optional<DevelopmentPlan> findByJourneyId(long journeyId);
}
