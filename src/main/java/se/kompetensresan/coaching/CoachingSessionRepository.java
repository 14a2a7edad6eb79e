package se.kompetensresan.coaching;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CoachingSessionRepository extends JpaRepository<CoachingSession, Long> {
    List<CoachingSession> findByCompanyIdOrderByHeldOnDescIdDesc(long companyId);

    long countByCompanyId(long companyId);
}
