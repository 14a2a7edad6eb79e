package se.kompetensresan.security;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface InvitationRepository extends JpaRepository<Invitation, Long> {
    Optional<Invitation> findByTokenHash(String tokenHash);

    java.util.List<Invitation> findByUserIdAndPurposeAndUsedAtIsNull(long userId, OneTimeTokenPurpose purpose);

    java.util.List<Invitation> findByUserId(long userId);
}
