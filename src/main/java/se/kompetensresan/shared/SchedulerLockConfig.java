package se.kompetensresan.shared;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import javax.sql.DataSource;

/**
 * Scheduled jobs on several nodes over one database: every {@code @Scheduled} method also carries
 * {@code @SchedulerLock(name = ...)} and then runs on one node at a time; the lock is a row of table
 * {@code shedlock} with the database's own clock (no node's clock decides). A node that dies holding a lock
 * gives it up after the job's {@code lockAtMostFor} ({@code kompetensresan.scheduler.lock-at-most-for} by default).
 * {@code ScheduledJobsTest} checks that no {@code @Scheduled} method goes without a lock.
 */
@Configuration
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "${kompetensresan.scheduler.lock-at-most-for:PT10M}")
class SchedulerLockConfig {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
