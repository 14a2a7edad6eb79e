package se.kompetensresan.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.kompetensresan.security.UserForm;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.temporal.ChronoUnit;
import org.springframework.security.core.userdetails.User;

/** The outbox against a real SMTP server in-process (GreenMail). */
@SpringBootTest
@ActiveProfiles("test")
class MailOutboxTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    MailService mail;
    @Autowired
    OutboxSender sender;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    PlatformTransactionManager txManager;
    @Autowired
    UserService users;

    JavaMailSender previous;
    String to;

    @BeforeEach
    void pointAtGreenMail() {
        previous = sender.use(smtp(greenMail.getSmtp().getPort()));
        to = "kontakt-" + UUID.randomUUID() + "@example.se";
    }

    @AfterEach
    void restore() {
        sender.use(previous);
        SecurityContextHolder.clearContext();
    }

    private static JavaMailSender smtp(int port) {
        JavaMailSenderImpl s = new JavaMailSenderImpl();
        s.setHost("localhost");
        s.setPort(port);
        s.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        s.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        return s;
    }

    private List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private OutboxMessage row(long id) {
        return outbox.findById(id).orElseThrow();
    }

    @Test
    void messageQueuedInACommittedTransactionArrivesAndIsMarkedSent() throws Exception {
        long id = new TransactionTemplate(txManager).execute(s -> mail.queue(to, "Välkommen", "Hej!\nVälkommen till Kompetensresan."));

        assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
        List<MimeMessage> got = receivedBy(to);
        assertThat(got).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Välkommen");
            assertThat(((String) m.getContent()).strip()).contains("Välkommen till Kompetensresan.");
        });
        long deadline = System.currentTimeMillis() + 5000;
        while (row(id).status != MailStatus.SENT && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        OutboxMessage m = row(id);
        assertThat(m.status).isEqualTo(MailStatus.SENT);
        assertThat(m.attempts).isEqualTo(1);
        assertThat(m.sentAt).isNotNull();
    }

    @Test
    void rolledBackTransactionSendsNothing() throws Exception {
        new TransactionTemplate(txManager).executeWithoutResult(s -> {
            mail.queue(to, "Ska inte skickas", "Rullas tillbaka");
            s.setRollbackOnly();
        });
        sender.sendDue();
        Thread.sleep(300);

        assertThat(mail.sentTo(to)).isEmpty();
        assertThat(receivedBy(to)).isEmpty();
    }

    @Test
    void smtpFailureIsRetriedWithBackoffAndFailsAfterFiveAttempts() throws Exception {
        sender.use(null); // queue without the after-commit send; attempts are driven by the test
        long id = new TransactionTemplate(txManager).execute(s -> mail.queue(to, "Inbjudan", "Länk"));
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        JavaMailSender broken = smtp(closedPort);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        sender.attempt(id, broken, now);
        OutboxMessage first = row(id);
        assertThat(first.status).isEqualTo(MailStatus.QUEUED);
        assertThat(first.attempts).isEqualTo(1);
        assertThat(first.lastError).isNotBlank();
        assertThat(first.nextAttemptAt).isEqualTo(now.plus(Duration.ofMinutes(1)));
        assertThat(outbox.findDueIds(now)).doesNotContain(id);
        assertThat(outbox.findDueIds(now.plus(Duration.ofMinutes(1)))).contains(id);

        for (int i = 2; i <= OutboxSender.MAX_ATTEMPTS; i++) {
            sender.attempt(id, broken, now);
        }
        OutboxMessage last = row(id);
        assertThat(last.status).isEqualTo(MailStatus.FAILED);
        assertThat(last.attempts).isEqualTo(5);
        sender.attempt(id, broken, now);
        assertThat(row(id).attempts).as("a failed message is not tried again by itself").isEqualTo(5);

        // an admin queues it again, and it goes out once SMTP works
        String admin = "mailadmin-" + UUID.randomUUID();
        users.create(new UserForm(admin, "secret", "Admin", null, Role.ADMIN, null, Set.of()));
        var authorities = List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()));
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                new User(admin, "x", authorities), null, authorities));
        assertThat(mail.messages(MailStatus.FAILED)).extracting(OutboxInfo::id).contains(id);
        assertThat(mail.retry(id).status()).isEqualTo(MailStatus.QUEUED);
        sender.attempt(id, smtp(greenMail.getSmtp().getPort()), now);
        assertThat(row(id).status).isEqualTo(MailStatus.SENT);
        assertThat(receivedBy(to)).hasSize(1);
    }

    @Test
    void twoNodesSendingTheSameMessageAtOnceDeliverItOnce() throws Exception {
        sender.use(null); // no after-commit send: the two "nodes" below race for the message
        long id = new TransactionTemplate(txManager).execute(s -> mail.queue(to, "En gång", "Bara en gång"));
        var beans = new org.springframework.beans.factory.support.StaticListableBeanFactory();
        OutboxSender otherNode = new OutboxSender(outbox, txManager, java.time.Clock.systemDefaultZone(),
                beans.getBeanProvider(JavaMailSender.class), users, beans.getBeanProvider(LinkMaker.class),
                "", "noreply@kompetensresan.se", Duration.ofMinutes(10), "http://localhost:8080");
        java.util.concurrent.CountDownLatch bothSending = new java.util.concurrent.CountDownLatch(2);
        JavaMailSenderImpl smtp = (JavaMailSenderImpl) smtp(greenMail.getSmtp().getPort());
        JavaMailSender waiting = new JavaMailSenderImpl() {
            @Override
            public MimeMessage createMimeMessage() {
                return smtp.createMimeMessage();
            }

            @Override
            public void send(MimeMessage... messages) {
                bothSending.countDown();
                try {
                    bothSending.await(1, java.util.concurrent.TimeUnit.SECONDS); // long enough for the other to arrive
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                smtp.send(messages);
            }
        };
        Instant now = Instant.now();
        Thread a = new Thread(() -> sender.attempt(id, waiting, now));
        Thread b = new Thread(() -> otherNode.attempt(id, waiting, now));
        a.start();
        b.start();
        a.join();
        b.join();

        assertThat(receivedBy(to)).as("one mail, not one per node").hasSize(1);
        assertThat(row(id).status).isEqualTo(MailStatus.SENT);
        assertThat(row(id).attempts).isEqualTo(1);
    }

    @Test
    void aResendAfterANodeDiedCarriesTheSameMessageId() throws Exception {
        sender.use(null);
        long id = new TransactionTemplate(txManager).execute(s -> mail.queue(to, "Igen", "Samma id"));
        JavaMailSender smtp = smtp(greenMail.getSmtp().getPort());
        Instant now = Instant.now();
        sender.attempt(id, smtp, now);
        String first = receivedBy(to).get(0).getMessageID();
        assertThat(first).isEqualTo(row(id).messageId).startsWith("<outbox-" + id + ".").endsWith("@kompetensresan.se>");

        // a node claimed the message again and died after sending, before it recorded SENT: the claim expires
        new TransactionTemplate(txManager).executeWithoutResult(s -> {
            OutboxMessage m = outbox.findById(id).orElseThrow();
            m.status = MailStatus.QUEUED;
            m.claimedBy = "dead-node";
            m.claimedUntil = now.plus(Duration.ofMinutes(10));
        });
        sender.attempt(id, smtp, now);
        assertThat(receivedBy(to)).as("claimed by a live node: not sent").hasSize(1);
        sender.attempt(id, smtp, now.plus(Duration.ofMinutes(11)));
        assertThat(receivedBy(to)).hasSize(2);
        assertThat(receivedBy(to).get(1).getMessageID()).isEqualTo(first);
    }

    @Autowired
    org.springframework.core.env.Environment environment;

    @Test
    void smtpHasConnectReadAndWriteTimeouts() {
        for (String key : List.of("mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout")) {
            assertThat(environment.getProperty("spring.mail.properties[" + key + "]", Integer.class))
                    .as(key).isNotNull().isPositive();
        }
    }

    @Test
    void backoffDoubles() {
        assertThat(OutboxSender.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxSender.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(OutboxSender.backoff(4)).isEqualTo(Duration.ofMinutes(8));
    }
}
