package se.kompetensresan.mail;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    @Query("select m.id from OutboxMessage m where m.status = se.kompetensresan.mail.MailStatus.QUEUED"
            + " and m.nextAttemptAt <= ?1 order by m.id")
    List<Long> findDueIds(Instant now);

    List<OutboxMessage> findAllByOrderByIdDesc();

    List<OutboxMessage> findByStatusOrderByIdDesc(MailStatus status);

    List<OutboxMessage> findByToIgnoreCaseOrderByIdDesc(String to);
}
