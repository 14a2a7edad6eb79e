package se.kompetensresan.journey.casefile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types a case accepts, recognised by their content (never by the name): PDF by {@code %PDF-},
 * PNG by its 8-byte signature, DOCX and XLSX as ZIP packages holding {@code [Content_Types].xml} and their
 * main part ({@code word/document.xml}, {@code xl/workbook.xml}).
 */
public final class AttachmentTypes {

    /** Largest accepted file: 10 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** An accepted type with its MIME type and usual extension. */
    public enum Type {
        PDF("application/pdf", "pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        PNG("image/png", "png");

        public final String mimeType;
        public final String extension;

        Type(String mimeType, String extension) {
            this.mimeType = mimeType;
            this.extension = extension;
        }
    }

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final int MAX_ZIP_ENTRIES = 10_000;

    private AttachmentTypes() {
    }

    /** The type of the content, or empty when it is none of the accepted ones. */
    public static Optional<Type> detect(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (startsWith(content, PDF)) {
            return Optional.of(Type.PDF);
        }
        if (startsWith(content, PNG)) {
            return Optional.of(Type.PNG);
        }
        if (startsWith(content, ZIP)) {
            return officeType(content);
        }
        return Optional.empty();
    }

    /** The longest file name kept (longer ones are refused, never cut): with the extension it fits the column. */
    static final int MAX_NAME = 200;

    /**
     * The file name with the extension of the detected type (a PDF called x.png becomes x.png.pdf); at most
     * {@link #MAX_NAME} characters, which {@code CaseFile.addAttachment} checks before.
     */
    static String fileNameFor(String fileName, Type type) {
        String name = fileName == null || fileName.isBlank() ? "bilaga" : fileName.strip();
        // path characters, control characters, and the direction marks and overrides that make a name look like
        // another (U+202E before "gnp.exe" shows "exe.png")
        name = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]", "_");
        return name.toLowerCase(Locale.ROOT).endsWith("." + type.extension) ? name : name + "." + type.extension;
    }

    private static Optional<Type> officeType(byte[] content) {
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null && names.size() < MAX_ZIP_ENTRIES) {
                names.add(e.getName());
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(Type.DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(Type.XLSX);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
