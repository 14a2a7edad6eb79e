package se.kompetensresan.participant;

import java.nio.charset.StandardCharsets;

/** A participant's register extract (GDPR art. 15): the file's name (no personal data in it) and its text. */
public record RegisterExtract(String fileName, String text) {

    /** The file's bytes: UTF-8. */
    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
