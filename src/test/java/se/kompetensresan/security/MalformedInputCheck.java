package se.kompetensresan.security;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import se.kompetensresan.shared.UserMessageException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The check the bad-input tests apply to every input: refused with a message key of the field it was typed into
 * (shown beside it) and nothing stored, or accepted; any other exception is a failure. The inputs are counted and
 * the failures collected, so that one run reports them all.
 */
abstract class MalformedInputCheck {

    /** The malformed texts every field gets: overlong, control characters, direction overrides, markup, SQL, … */
    static final List<String> NASTY = List.of(
            "x".repeat(10_000), "ä".repeat(301), "\u0000", "a\u0000b", "rad1\r\nBcc: angripare@example.com", "\u0007\u001B[31m",
            "\u202Egnp.exe", "abc\u2066def", "\u200F", "😀", "😀".repeat(150), "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>", "'; drop table app_user; --", "1' OR '1'='1", "${jndi:ldap://evil/x}",
            "{{7*7}}", "../../etc/passwd", "%00", "-1", "99999999999999999999999", "1e309", "NaN", "0000-00-00",
            "9999-12-31T23:59:59", " ", "\u00A0\u2007", "\uFEFFnamn", "e\u0301\u0301\u0301\u0301", "null");

    @Autowired
    JdbcTemplate jdbc;

    int count;
    final List<String> failures = new ArrayList<>();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** One input: refused with a key of the field (and nothing stored), or accepted; any other exception fails. */
    void attempt(String what, String table, Runnable call, Function<RuntimeException, Boolean> besideTheField,
                 boolean mayBeAccepted) {
        count++;
        long before = rows(table);
        try {
            call.run();
            if (!mayBeAccepted) {
                failures.add(what + ": accepted");
            }
        } catch (UserMessageException e) {
            if (!besideTheField.apply(e)) {
                failures.add(what + ": refused, but not at its field: " + e.getMessage());
            }
            if (rows(table) != before) {
                failures.add(what + ": refused, but a row was stored");
            }
        } catch (RuntimeException e) {
            failures.add(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    /** An input as a failure names it: at most 20 characters, control and direction characters escaped. */
    static String show(String s) {
        if (s == null) {
            return "null";
        }
        String t = s.length() > 20 ? s.substring(0, 20) + "…(" + s.length() + ")" : s;
        return t.codePoints().mapToObj(c -> c < 32 || (c >= 0x200E && c <= 0x206F) ? String.format("\\u%04x", c)
                : new String(Character.toChars(c))).reduce("", String::concat);
    }
}
