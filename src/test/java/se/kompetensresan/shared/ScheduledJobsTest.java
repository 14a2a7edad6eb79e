package se.kompetensresan.shared;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ClassUtils;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** No scheduled job depends on one JVM: every {@code @Scheduled} method holds a database lock of its own name. */
class ScheduledJobsTest {

    @Test
    void everyScheduledJobRunsUnderAnOwnDatabaseLock() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> true);
        List<String> scheduled = new ArrayList<>();
        List<String> unlocked = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (var candidate : scanner.findCandidateComponents("se.kompetensresan")) {
            Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
            for (Method m : type.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Scheduled.class)) {
                    String job = type.getSimpleName() + "." + m.getName();
                    scheduled.add(job);
                    SchedulerLock lock = m.getAnnotation(SchedulerLock.class);
                    if (lock == null || lock.name().isBlank()) {
                        unlocked.add(job);
                    } else {
                        assertThat(names.add(lock.name())).as("lock name %s used twice", lock.name()).isTrue();
                    }
                }
            }
        }
        assertThat(scheduled).as("the outbox sweep at least").isNotEmpty();
        assertThat(unlocked).as("@Scheduled without @SchedulerLock").isEmpty();
    }
}
