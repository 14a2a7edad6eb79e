package se.kompetensresan.journey.casefile;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;

import java.util.List;

interface JourneyAttachmentRepository extends JpaRepository<JourneyAttachment, Long> {
    /** The attachments' metadata without their content. */
    @Query("select new se.kompetensresan.journey.casefile.AttachmentInfo(a.id, a.fileName, a.contentType, a.sizeBytes, a.at, a.uploadedBy)"
            + " from JourneyAttachment a where a.journeyId = ?1 order by a.at, a.id")
    List<AttachmentInfo> infoByJourney(long journeyId);

    /** The delprojekt that have journeys (retention runs per project). */
    @Query(value = "select distinct subproject_id from journey", nativeQuery = true)
    List<Number> subprojectsWithJourneys();

    /** Deletes the attachments uploaded before the cutoff to journeys of the delprojekt. */
    @Modifying
    @Query(value = "delete from journey_attachment where at < :cutoff"
            + " and journey_id in (select id from journey where subproject_id = :subprojectId)", nativeQuery = true)
    int deleteUploadedBefore(Instant cutoff, long subprojectId);
}
