package se.kompetensresan.catalogue;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface TrainingCourseRepository extends JpaRepository<TrainingCourse, Long> {
    List<TrainingCourse> findAllByOrderByAreaCodeAscNameAscIdAsc();

    List<TrainingCourse> findByActiveTrueOrderByAreaCodeAscNameAscIdAsc();

    List<TrainingCourse> findByAreaCodeAndActiveTrueOrderByIdAsc(String areaCode);

    boolean existsByNameIgnoreCaseAndProviderIgnoreCaseAndIdNot(String name, String provider, long id);
}
