package se.kompetensresan.mail;

import org.springframework.context.ApplicationContext;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tests: delivers the queued outbox messages to one address into memory (as the SMTP server would receive them)
 * and returns their texts. One-time links exist only in these delivered texts, never in the outbox.
 */
public final class TestMailbox {

    private static final Pattern SET_PASSWORD = Pattern.compile("/set-password/([A-Za-z0-9_\\-]+)");

    private TestMailbox() {
    }

    /** Sends every queued message to the address now; returns the texts as delivered. */
    public static synchronized List<String> deliver(ApplicationContext ctx, String address) {
        OutboxSender sender = ctx.getBean(OutboxSender.class);
        OutboxRepository outbox = ctx.getBean(OutboxRepository.class);
        List<String> texts = new ArrayList<>();
        JavaMailSenderImpl capture = new JavaMailSenderImpl() {
            @Override
            public void send(SimpleMailMessage m) {
                texts.add(m.getText());
            }

            @Override
            public void send(SimpleMailMessage... ms) {
                for (SimpleMailMessage m : ms) {
                    texts.add(m.getText());
                }
            }

            @Override
            public void send(jakarta.mail.internet.MimeMessage m) {
                send(new jakarta.mail.internet.MimeMessage[] {m});
            }

            @Override
            public void send(jakarta.mail.internet.MimeMessage... ms) {
                for (jakarta.mail.internet.MimeMessage m : ms) {
                    try {
                        texts.add(String.valueOf(m.getContent()));
                    } catch (jakarta.mail.MessagingException | java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        };
        for (OutboxMessage m : outbox.findByToIgnoreCaseOrderByIdDesc(address)) {
            if (m.status == MailStatus.QUEUED) {
                sender.attempt(m.id, capture, Instant.now());
            }
        }
        return texts;
    }

    /** Delivers what is queued to the address and returns the token of the first set-password link in it. */
    public static Optional<String> setPasswordToken(ApplicationContext ctx, String address) {
        return token(ctx, address, SET_PASSWORD);
    }

    /** Delivers what is queued to the address and returns the token of the first application confirmation link. */
    public static Optional<String> confirmationToken(ApplicationContext ctx, String address) {
        return token(ctx, address, Pattern.compile("/onboarding/confirm/([A-Za-z0-9_\\-]+)"));
    }

    /** Delivers what is queued to the address and returns the tokens of every confirmation link in it. */
    public static List<String> confirmationTokens(ApplicationContext ctx, String address) {
        List<String> tokens = new ArrayList<>();
        for (String text : deliver(ctx, address)) {
            Matcher m = Pattern.compile("/onboarding/confirm/([A-Za-z0-9_\\-]+)").matcher(text);
            while (m.find()) {
                tokens.add(m.group(1));
            }
        }
        return tokens;
    }

    private static Optional<String> token(ApplicationContext ctx, String address, Pattern link) {
        for (String text : deliver(ctx, address)) {
            Matcher m = link.matcher(text);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }
}
