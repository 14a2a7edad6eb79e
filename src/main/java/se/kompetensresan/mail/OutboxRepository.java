package se.kompetensresan.mail;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    @Query("select m.id from OutboxMessage m where m.status = se.kompetensresan.mail.MailStatus.QUEUED"
            + " and m.nextAttemptAt <= ?1 order by m.id")
    List<Long> findDueIds(Instant now);

    /**
     * Claims a queued message for one node until {@code until}: one atomic update, so of two nodes (or threads)
     * at most one gets 1 back; a claim that has expired (its node died) can be taken over.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update OutboxMessage m set m.claimedBy = ?2, m.claimedUntil = ?4 where m.id = ?1"
            + " and m.status = se.kompetensresan.mail.MailStatus.QUEUED"
            + " and (m.claimedUntil is null or m.claimedUntil < ?3)")
    int claim(long id, String node, Instant now, Instant until);

    List<OutboxMessage> findAllByOrderByIdDesc();

    List<OutboxMessage> findByStatusOrderByIdDesc(MailStatus status);

    List<OutboxMessage> findByToIgnoreCaseOrderByIdDesc(String to);

    List<OutboxMessage> findByLinkKindAndLinkUserIdIn(String linkKind, java.util.Collection<Long> subjectIds);

    @org.springframework.data.jpa.repository.Modifying
    @Query("update OutboxMessage m set m.body = ?2, m.to = ?2, m.subject = ?2 where m.status <> se.kompetensresan.mail.MailStatus.QUEUED"
            + " and m.createdAt < ?1 and m.body <> ?2")
    int removeContentBefore(Instant before, String removed);
}
