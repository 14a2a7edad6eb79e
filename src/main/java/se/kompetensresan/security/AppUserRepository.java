package se.kompetensresan.security;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface AppUserRepository extends JpaRepository<AppUser, Long> {
    Optional<AppUser> findByUsernameIgnoreCase(String username);

    List<AppUser> findByUsernameIn(Collection<String> usernames);

    List<AppUser> findByRoleOrderByDisplayName(Role role);

    List<AppUser> findByCompanyId(long companyId);
}
