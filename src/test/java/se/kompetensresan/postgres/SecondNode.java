package se.kompetensresan.postgres;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import se.kompetensresan.KompetensresanApplication;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.journey.inbox.TaskInbox;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.UserMessageException;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The second node of {@link TwoNodesPostgresTest}: the whole application in a JVM of its own, on the test's
 * PostgreSQL (the arguments are Spring properties), with its job executor running. It prints {@code READY} once
 * started and then answers commands read on standard input, one per line:
 * {@code COMPLETE_CONTACT <taskId> <username> <epochMillis>} completes the coach's contact task as that user at
 * that moment and prints {@code RESULT OK}, {@code RESULT MESSAGE <key>} or {@code RESULT ERROR <exception>}.
 * The test stops it with kill -9.
 */
public final class SecondNode {

    private SecondNode() {
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(KompetensresanApplication.class)
                .profiles("test", "postgres").run(args);
        System.out.println("READY");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            String[] c = line.trim().split(" ");
            if ("COMPLETE_CONTACT".equals(c[0])) {
                System.out.println("RESULT " + completeContact(ctx, c[1], c[2], Long.parseLong(c[3])));
            }
        }
    }

    /** Completes Task_ContactCompany at the given moment; the outcome as the test reads it. */
    static String completeContact(ConfigurableApplicationContext ctx, String taskId, String username, long at) {
        UserAccount u = ctx.getBean(UserService.class).findAccount(username).orElseThrow();
        JourneyFixtures.signIn(username, u.role());
        try {
            waitUntil(at);
            ctx.getBean(TaskInbox.class).completeContact(taskId, "Kontaktade företaget");
            return "OK";
        } catch (UserMessageException e) {
            return "MESSAGE " + e.messageKey();
        } catch (RuntimeException e) {
            e.printStackTrace(System.out);
            // the frames say where, in the test report of either node
            return "ERROR " + e + " at " + java.util.Arrays.stream(e.getStackTrace()).limit(12)
                    .map(StackTraceElement::toString).collect(java.util.stream.Collectors.joining(" < "));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Both nodes start the same click at the same wall-clock moment. */
    static void waitUntil(long epochMillis) {
        long wait = epochMillis - System.currentTimeMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
