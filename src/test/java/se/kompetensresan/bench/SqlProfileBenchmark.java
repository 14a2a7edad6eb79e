package se.kompetensresan.bench;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.journey.JourneySteps;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.stream.Collectors;

/**
 * Profiling aid, not a benchmark with figures: logs every SQL statement of one journey walked after
 * {@code profile.journeys} others, with the product frames that sent it, grouped by text and by frame, to
 * {@code target/sql-profile.txt}; with {@code -Dprofile.jfr=true} a flight recording of the second half of the walks
 * goes to {@code target/journeys.jfr}. Skipped unless {@code -Dprofile.journeys=N} is given:
 * {@code ./mvnw -Pbench verify -Dtest=SqlProfileBenchmark -Dprofile.journeys=3}.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:profile-${random.uuid};DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import(SqlProfileBenchmark.Logging.class)
class SqlProfileBenchmark {

    static final List<String[]> LOG = Collections.synchronizedList(new ArrayList<>());
    static volatile boolean on;

    @TestConfiguration(proxyBeanMethods = false)
    static class Logging {
        @Bean
        static BeanPostProcessor loggingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource ds && !(bean instanceof ProxyDataSource)) {
                        return ProxyDataSourceBuilder.create(ds).name("logged").listener(new QueryExecutionListener() {
                            @Override
                            public void beforeQuery(ExecutionInfo e, List<QueryInfo> q) {
                            }

                            @Override
                            public void afterQuery(ExecutionInfo e, List<QueryInfo> q) {
                                if (!on) {
                                    return;
                                }
                                String frame = frame();
                                for (QueryInfo qi : q) {
                                    int n = e.isBatch() ? Math.max(1, qi.getParametersList().size()) : 1;
                                    LOG.add(new String[]{qi.getQuery(), frame, String.valueOf(n), e.isBatch() ? "B" : ""});
                                }
                            }
                        }).build();
                    }
                    return bean;
                }
            };
        }

        static String frame() {
            StringBuilder sb = new StringBuilder();
            int k = 0;
            for (StackTraceElement el : new Throwable().getStackTrace()) {
                String c = el.getClassName();
                if (c.startsWith("se.kompetensresan") && !c.contains("bench.SqlProfile") && !c.contains("$$")) {
                    sb.append(c.substring(c.lastIndexOf('.') + 1)).append('.').append(el.getMethodName()).append(':').append(el.getLineNumber()).append(" < ");
                    if (++k == 3) {
                        break;
                    }
                }
            }
            return sb.toString();
        }
    }

    @Autowired
    ApplicationContext ctx;

    @Test
    void profileOneJourney() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("profile.journeys") != null,
                "a profiling aid: -Dprofile.journeys=N");
        UserService users = ctx.getBean(UserService.class);
        JourneyFixtures fx = new JourneyFixtures(users, ctx.getBean(ProjectService.class), ctx.getBean(CompanyService.class));
        long sp = fx.subproject();
        String coach = fx.user(Role.COACH, null, Set.of(sp));
        JourneySteps steps = new JourneySteps(ctx);
        int n = Integer.getInteger("profile.journeys", 3);
        jdk.jfr.Recording jfr = null;
        for (int i = 0; i <= n; i++) {
            long id = fx.company(sp, 20).id();
            String cu = fx.user(Role.COMPANY, id, Set.of());
            if (i == n / 2 && Boolean.getBoolean("profile.jfr")) {
                try {
                    jfr = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
                } catch (java.text.ParseException e) {
                    throw new IllegalStateException(e);
                }
                jfr.start();
            }
            on = i == n;
            steps.walk(id, cu, coach, JourneySteps.Stage.DONE);
            on = false;
        }
        if (jfr != null) {
            jfr.stop();
            jfr.dump(Path.of("target/journeys.jfr"));
        }
        List<String> out = new ArrayList<>();
        int total = LOG.stream().mapToInt(r -> Integer.parseInt(r[2])).sum();
        out.add("executions " + LOG.size() + ", statements incl. batch params " + total);
        out.add("== by text");
        Map<String, List<String[]>> byText = LOG.stream().collect(Collectors.groupingBy(r -> r[0], LinkedHashMap::new, Collectors.toList()));
        byText.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size()).forEach(e -> {
            out.add(e.getValue().size() + "x  " + e.getKey().replaceAll("\\s+", " ").substring(0, Math.min(220, e.getKey().replaceAll("\\s+", " ").length())));
            e.getValue().stream().collect(Collectors.groupingBy(r -> r[1], Collectors.counting())).entrySet().stream()
                    .sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(4)
                    .forEach(f -> out.add("      " + f.getValue() + "  " + f.getKey()));
        });
        out.add("== by product frame");
        LOG.stream().collect(Collectors.groupingBy(r -> r[1].split(" < ")[0], Collectors.counting())).entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).forEach(f -> out.add(f.getValue() + "  " + f.getKey()));
        out.add("== in order");
        for (String[] r : LOG) {
            out.add(r[3] + " " + r[0].replaceAll("\\s+", " ").substring(0, Math.min(160, r[0].replaceAll("\\s+", " ").length())) + "   @ " + r[1]);
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/sql-profile.txt"), out);
    }
}
