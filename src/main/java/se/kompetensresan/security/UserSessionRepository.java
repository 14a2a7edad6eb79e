package se.kompetensresan.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface UserSessionRepository extends JpaRepository<UserSession, Long> {

    Optional<UserSession> findBySessionHash(String sessionHash);

    List<UserSession> findByUserIdOrderByLastSeenAtDesc(long userId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from UserSession s where s.sessionHash = ?1")
    int deleteBySessionHash(String sessionHash);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from UserSession s where s.userId = ?1 and s.sessionHash <> ?2")
    int deleteOthers(long userId, String keepHash);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from UserSession s where s.userId = ?1")
    int deleteAllOf(long userId);

    /** Sessions no request has touched for longer than the idle timeout (their node went away before they expired). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from UserSession s where s.lastSeenAt < ?1")
    int deleteIdleSince(Instant before);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserSession s set s.lastSeenAt = ?2 where s.id = ?1")
    void touch(long id, Instant at);
}
