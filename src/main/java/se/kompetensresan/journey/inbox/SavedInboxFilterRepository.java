package se.kompetensresan.journey.inbox;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface SavedInboxFilterRepository extends JpaRepository<SavedInboxFilter, Long> {
    List<SavedInboxFilter> findByUsernameOrderByName(String username);

    Optional<SavedInboxFilter> findByUsernameAndName(String username, String name);
}
