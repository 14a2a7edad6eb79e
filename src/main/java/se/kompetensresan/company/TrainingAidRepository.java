package se.kompetensresan.company;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface TrainingAidRepository extends JpaRepository<TrainingAid, Long> {
    List<TrainingAid> findByCompanyIdAndWithdrawnAtIsNull(long companyId);

    Optional<TrainingAid> findByTrainingActivityId(long trainingActivityId);
}
