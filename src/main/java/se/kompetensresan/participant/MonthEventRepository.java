package se.kompetensresan.participant;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface MonthEventRepository extends JpaRepository<MonthEvent, Long> {
    List<MonthEvent> findByParticipantMonthIdOrderById(long participantMonthId);
}
