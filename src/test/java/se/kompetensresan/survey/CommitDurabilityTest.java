package se.kompetensresan.survey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Sparat" must mean saved: a separate JVM writes answers to an H2 file database with the application's own JDBC
 * URL (application.yml, only the directory changed) and prints an acknowledgement after each commit; the test kills
 * it ({@code destroyForcibly}, kill -9) the moment it reads the acknowledgement, many times over, and after each kill
 * every acknowledged answer must be in the file. H2's default write delay lost them.
 * <p>
 * Not yet the whole way of a user (browser → Vaadin → SurveyService in a separately started application): the
 * committing JVM is a small writer, not the application.
 */
class CommitDurabilityTest {

    static final int ROUNDS = 12;
    static final int SAVES_PER_ROUND = 5;

    /** The application's H2 URL with its ./data directory moved into the test's directory. */
    static String applicationUrl(Path dir) {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        String url = yaml.getObject().getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:./data/");
        return url.replace("jdbc:h2:file:./data/", "jdbc:h2:file:" + dir.toAbsolutePath() + "/")
                .replace(";AUTO_SERVER=TRUE", "");
    }

    @Test
    void everyAcknowledgedSaveSurvivesAKillRightAfterTheReply(@TempDir Path dir) throws Exception {
        String url = applicationUrl(dir);
        int acknowledged = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Writer.class.getName(), url,
                    String.valueOf(acknowledged), String.valueOf(SAVES_PER_ROUND))
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            int acks = 0;
            List<String> other = new ArrayList<>();
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("ACK ")) {
                    acks++;
                    if (acks == SAVES_PER_ROUND) {
                        child.destroyForcibly(); // within a moment of the reply
                        break;
                    }
                } else {
                    other.add(line);
                }
            }
            child.waitFor(30, TimeUnit.SECONDS);
            assertThat(acks).as("the writer acknowledged its saves: %s", other).isEqualTo(SAVES_PER_ROUND);
            acknowledged += acks;

            try (Connection c = DriverManager.getConnection(url, "sa", "");
                 Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*) from answer")) {
                r.next();
                assertThat(r.getInt(1)).as("acknowledged answers after kill %d", round + 1).isEqualTo(acknowledged);
            }
        }
    }

    /** The child JVM: saves answers one transaction each and acknowledges each after its commit. */
    public static final class Writer {
        public static void main(String[] args) throws Exception {
            String url = args[0];
            int from = Integer.parseInt(args[1]);
            int count = Integer.parseInt(args[2]);
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                try (Statement s = c.createStatement()) {
                    s.execute("create table if not exists answer (id int primary key, answer_value varchar(100))");
                }
                c.setAutoCommit(false);
                try (PreparedStatement p = c.prepareStatement("insert into answer values (?, ?)")) {
                    for (int i = from; i < from + count; i++) {
                        p.setInt(1, i);
                        p.setString(2, "svar " + i);
                        p.executeUpdate();
                        c.commit();
                        System.out.println("ACK " + i);
                        System.out.flush();
                    }
                }
                Thread.sleep(60_000); // killed before this ends
            }
        }
    }
}
