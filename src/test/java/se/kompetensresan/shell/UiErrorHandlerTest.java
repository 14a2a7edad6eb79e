package se.kompetensresan.shell;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures the UI reports as "someone else changed this — reloaded". */
class UiErrorHandlerTest {

    @Test
    void aLostRaceOfJpaOrOfTheEngineIsAConcurrentChange() {
        assertThat(UiErrorHandler.concurrentChange(new RuntimeException(
                new ObjectOptimisticLockingFailureException("Company", 1L)))).isTrue();
        assertThat(UiErrorHandler.concurrentChange(new jakarta.persistence.OptimisticLockException())).isTrue();
        assertThat(UiErrorHandler.concurrentChange(new IllegalStateException(
                new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE TaskEntity' failed")))).isTrue();
        assertThat(UiErrorHandler.concurrentChange(new IllegalStateException("something else"))).isFalse();
    }
}
