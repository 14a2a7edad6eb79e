package se.kompetensresan.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** Password-reset requests, at most {@value #PER_ADDRESS} per client address and hour (this node's memory). */
@Component
public class PasswordResets {

    static final int PER_ADDRESS = 5;

    private final UserService users;
    private final Cache<String, AtomicInteger> byAddress = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(1)).maximumSize(100_000).build();

    PasswordResets(UserService users) {
        this.users = users;
    }

    /** Asks for a reset link; false when the address has asked too often (nothing is done then). */
    public boolean request(String usernameOrEmail, String clientAddress) {
        int n = byAddress.asMap().computeIfAbsent(clientAddress == null ? "unknown" : clientAddress, a -> new AtomicInteger())
                .incrementAndGet();
        if (n > PER_ADDRESS) {
            LoginThrottle.LOG.warn("password reset refused from {}: too many requests", clientAddress);
            return false;
        }
        users.requestPasswordReset(usernameOrEmail);
        return true;
    }
}
