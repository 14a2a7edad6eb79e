package se.kompetensresan.participant;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface PersonalNumberAccessRepository extends JpaRepository<PersonalNumberAccess, Long> {
    List<PersonalNumberAccess> findAllByOrderByIdDesc();
}
