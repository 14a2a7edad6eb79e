package se.kompetensresan.security;

import org.springframework.stereotype.Component;
import se.kompetensresan.shared.UserMessageException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The password rules (ASVS 6.2): at least {@link SecuritySettings#passwordMinLength()} characters (spaces and any
 * Unicode allowed, nothing truncated, at most 128), not one of the 100 000 common/breached passwords of
 * {@code dictionaries/passwords.txt} (shipped inside {@code me.gosimple:nbvcxz} 1.5.1 on Maven Central),
 * and not the username. Refusals are {@link UserMessageException}s with {@code security.password.*} keys.
 */
@Component
public class PasswordPolicy {

    static final String COMMON_PASSWORDS = "dictionaries/passwords.txt";
    static final int MAX_LENGTH = 128;

    private final int minLength;
    private final Set<String> common;

    PasswordPolicy(SecuritySettings settings) {
        this.minLength = Math.max(12, settings.passwordMinLength());
        this.common = load();
    }

    /** Refuses a weak password; {@code username} may be null. */
    public void check(String raw, String username) {
        if (raw == null || raw.codePointCount(0, raw.length()) < minLength) {
            throw new UserMessageException("security.password.error.short", minLength);
        }
        if (raw.length() > MAX_LENGTH) {
            throw new UserMessageException("security.password.error.long", MAX_LENGTH);
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        // a common password, or a common one padded with digits/punctuation ("dragon123456"), or too few different characters
        String base = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "").replaceAll("^[\\d\\p{Punct}\\s]+", "");
        if (common.contains(lower) || common.contains(lower.strip()) || (base.length() >= 3 && common.contains(base))
                || raw.codePoints().distinct().count() < 4) {
            throw new UserMessageException("security.password.error.common");
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new UserMessageException("security.password.error.username");
        }
    }

    /** True when the password passes {@link #check}. */
    public boolean acceptable(String raw, String username) {
        try {
            check(raw, username);
            return true;
        } catch (UserMessageException e) {
            return false;
        }
    }

    public int minLength() {
        return minLength;
    }

    int commonPasswordCount() {
        return common.size();
    }

    private static Set<String> load() {
        InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS);
        if (in == null) {
            throw new IllegalStateException("common password list missing: " + COMMON_PASSWORDS);
        }
        Set<String> words = new HashSet<>(150_000);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
