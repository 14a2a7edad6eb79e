package se.kompetensresan.security;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {
    List<RecoveryCode> findByUserId(long userId);

    void deleteByUserId(long userId);
}
