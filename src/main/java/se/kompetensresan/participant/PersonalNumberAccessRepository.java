package se.kompetensresan.participant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;

import java.util.List;

interface PersonalNumberAccessRepository extends JpaRepository<PersonalNumberAccess, Long> {
    List<PersonalNumberAccess> findAllByOrderByIdDesc();

    /** The entries that name the participant (ids are stored comma-separated), oldest first. */
    @Query("select a from PersonalNumberAccess a where concat(',', a.participantIds, ',') like concat('%,', ?1, ',%') order by a.id")
    List<PersonalNumberAccess> naming(String participantId);

    /** How many reads of this kind named the participant. */
    @Query("select count(a) from PersonalNumberAccess a where a.kind = ?2"
            + " and concat(',', a.participantIds, ',') like concat('%,', ?1, ',%')")
    long countNaming(String participantId, String kind);

    List<PersonalNumberAccess> findByAtBefore(Instant before);
}
