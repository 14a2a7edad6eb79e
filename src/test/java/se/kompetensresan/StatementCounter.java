package se.kompetensresan;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.util.function.Supplier;

/**
 * Counts the SQL statements a piece of work sends (JPA and the engine share the one DataSource, so both count).
 * Every test context has it (the test profile's configuration, found by the application's component scan), so
 * the tests that count share the context of those that do not; wrap the work in {@link #counted}.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@org.springframework.context.annotation.Profile("test")
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
