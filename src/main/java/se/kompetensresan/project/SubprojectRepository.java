package se.kompetensresan.project;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface SubprojectRepository extends JpaRepository<Subproject, Long> {
    List<Subproject> findByProjectIdOrderByName(long projectId);
}
