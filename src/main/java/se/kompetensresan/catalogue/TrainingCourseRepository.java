package se.kompetensresan.catalogue;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface TrainingCourseRepository extends JpaRepository<TrainingCourse, Long> {
    List<TrainingCourse> findAllByOrderByAreaCodeAscNameAscIdAsc();

    List<TrainingCourse> findByActiveTrueOrderByAreaCodeAscNameAscIdAsc();

    Optional<TrainingCourse> findFirstByAreaCodeAndActiveTrueOrderByIdAsc(String areaCode);

    boolean existsByNameIgnoreCaseAndProviderIgnoreCaseAndIdNot(String name, String provider, long id);
}
