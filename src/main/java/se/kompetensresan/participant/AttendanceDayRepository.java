package se.kompetensresan.participant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface AttendanceDayRepository extends JpaRepository<AttendanceDay, Long> {
    List<AttendanceDay> findByActivityId(long activityId);

    Optional<AttendanceDay> findByActivityIdAndParticipantIdAndDay(long activityId, long participantId, LocalDate day);

    List<AttendanceDay> findByParticipantIdAndDay(long participantId, LocalDate day);

    List<AttendanceDay> findByParticipantIdAndDayBetweenOrderByDay(long participantId, LocalDate from, LocalDate to);

    List<AttendanceDay> findByCompanyIdInAndDayBetween(Collection<Long> companyIds, LocalDate from, LocalDate to);

    boolean existsByParticipantIdAndDayAfter(long participantId, LocalDate day);

    List<AttendanceDay> findByParticipantIdOrderByDay(long participantId);

    @Query("select max(d.day) from AttendanceDay d where d.participantId = :participantId")
    LocalDate lastDayOf(long participantId);

    boolean existsByActivityIdAndParticipantId(long activityId, long participantId);

    @Query("select distinct d.participantId from AttendanceDay d where d.day between :from and :to")
    List<Long> participantsWithHoursBetween(LocalDate from, LocalDate to);
}
