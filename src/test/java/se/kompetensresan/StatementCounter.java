package se.kompetensresan;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.util.function.Supplier;

/**
 * Counts the SQL statements a piece of work sends (JPA and the engine share the one DataSource, so both count).
 * Import it into a {@code @SpringBootTest} and wrap the work in {@link #counted}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource ds && !(bean instanceof ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(ds).name("counted").countQuery().build();
                }
                return bean;
            }
        };
    }

    /** The work's result and the statements it sent on this thread. */
    public static <T> Counted<T> counted(Supplier<T> work) {
        QueryCountHolder.clear();
        T result = work.get();
        long n = QueryCountHolder.getGrandTotal().getTotal();
        QueryCountHolder.clear();
        return new Counted<>(result, n);
    }

    public record Counted<T>(T result, long statements) {
    }
}
