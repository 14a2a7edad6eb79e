package se.kompetensresan.company;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The public application form: at most {@code kompetensresan.company.applications-per-address-per-hour} stored
 * applications (each sends a mail) per client address and hour, counted in this node's memory.
 */
@Component
class OnboardingThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(OnboardingThrottle.class);
    private final int limit;

    OnboardingThrottle(CompanySettings props) {
        this.limit = props.applicationsPerAddressPerHour();
    }

    int limit() {
        return limit;
    }

    private final Cache<String, AtomicInteger> byAddress = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(1)).maximumSize(100_000).build();

    /** False (and logged) when the address has sent its applications for this hour. */
    boolean allow(String clientAddress) {
        AtomicInteger n = byAddress.getIfPresent(clientAddress == null ? "unknown" : clientAddress);
        if (n != null && n.get() >= limit) {
            LOG.warn("application refused from {}: {} within the hour", clientAddress, n.get());
            return false;
        }
        return true;
    }

    /** One more stored application from the address. */
    void count(String clientAddress) {
        byAddress.asMap().computeIfAbsent(clientAddress == null ? "unknown" : clientAddress, a -> new AtomicInteger()).incrementAndGet();
    }
}
