package se.kompetensresan.journey.casefile;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface JourneyAttachmentRepository extends JpaRepository<JourneyAttachment, Long> {
    /** The attachments' metadata without their content. */
    @Query("select new se.kompetensresan.journey.casefile.AttachmentInfo(a.id, a.fileName, a.contentType, a.sizeBytes, a.at, a.uploadedBy)"
            + " from JourneyAttachment a where a.journeyId = ?1 order by a.at, a.id")
    List<AttachmentInfo> infoByJourney(long journeyId);
}
