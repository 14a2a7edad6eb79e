package se.kompetensresan.postgres;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the tests on a real PostgreSQL: profiles "test,postgres" with the datasource pointing at the
 * embedded server. Flyway applies every migration, Camunda creates its own tables, and Hibernate validates
 * the entity mappings against the migrated schema. Each test class gets its own server and context, closed after
 * it (the H2 contexts of the other tests stay untouched).
 */
@ExtendWith(PostgresShutdown.class)
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ActiveProfiles({"test", "postgres"})
@TestPropertySource(properties = {
        "spring.jpa.hibernate.ddl-auto=validate",
        "camunda.bpm.database.schema-update=true",
        "logging.level.io.zonky.test=warn"
})
abstract class PostgresTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", EmbeddedPostgresDatabase::url);
        registry.add("spring.datasource.username", () -> EmbeddedPostgresDatabase.USER);
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
    }
}
