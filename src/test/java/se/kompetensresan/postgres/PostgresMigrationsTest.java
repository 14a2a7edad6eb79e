package se.kompetensresan.postgres;

import jakarta.persistence.EntityManagerFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema on a real PostgreSQL: every Flyway migration applies, Hibernate's validation of the entity
 * mappings passes (the context would not start otherwise: ddl-auto=validate) and Camunda created its tables.
 */
class PostgresMigrationsTest extends PostgresTest {

    @Autowired
    Flyway flyway;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void runsOnARealPostgresql() {
        String version = jdbc.queryForObject("select version()", String.class);
        assertThat(version).startsWith("PostgreSQL 17.");
        assertThat(jdbc.queryForObject("select current_database()", String.class))
                .isEqualTo(EmbeddedPostgresDatabase.DATABASE);
    }

    @Test
    void hibernateValidatedTheEntityMappingsAgainstTheMigratedSchema() {
        // the context started, so the validation passed
        assertThat(entityManagerFactory.getProperties()).containsEntry("hibernate.hbm2ddl.auto", "validate");
        assertThat(entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect())
                .isInstanceOf(PostgreSQLDialect.class);
    }

    @Test
    void everyMigrationAppliesCleanly() throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        var files = java.util.stream.Stream.concat(Arrays.stream(resolver.getResources("classpath:db/migration/V*.sql")),
                Arrays.stream(resolver.getResources("classpath:db/vendor/postgresql/V*.sql")));
        List<String> versions = files
                .map(r -> r.getFilename().substring(1, r.getFilename().indexOf("__")).replace('_', '.'))
                .sorted().toList();
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(Arrays.stream(applied).filter(m -> m.getVersion() != null && !"0".equals(m.getVersion().getVersion()))
                .map(m -> m.getVersion().getVersion()).sorted().toList())
                .isEqualTo(versions);
        assertThat(applied).allSatisfy(m -> {
            assertThat(m.getState().isApplied()).as(m.getScript()).isTrue();
            assertThat(m.getState().isFailed()).as(m.getScript()).isFalse();
        });
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void camundaCreatedItsTablesBesideTheApplicationSchema() {
        Integer camunda = jdbc.queryForObject(
                "select count(*) from information_schema.tables where table_schema = 'public' and table_name like 'act_%'",
                Integer.class);
        assertThat(camunda).isGreaterThan(40);
        assertThat(jdbc.queryForObject("select count(*) from act_ge_schema_log", Integer.class)).isPositive();
    }

    @Test
    void noApplicationColumnUsesLargeObjects() {
        // bytea/text hold their values inline; an oid column would leave orphaned large objects behind
        List<String> oidColumns = jdbc.queryForList("""
                select table_name || '.' || column_name from information_schema.columns
                where table_schema = 'public' and data_type = 'oid' and table_name not like 'act_%'""", String.class);
        assertThat(oidColumns).isEmpty();
    }
}
