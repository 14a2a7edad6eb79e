package se.kompetensresan.journey.casefile;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentTypesTest {

    static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png() {
        return new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    static byte[] zip(String... entries) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String e : entries) {
                zip.putNextEntry(new ZipEntry(e));
                zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] docx() {
        return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
    }

    static byte[] xlsx() {
        return zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
    }

    /** The start of a Windows executable (MZ header). */
    static byte[] exe() {
        byte[] b = new byte[512];
        b[0] = 'M';
        b[1] = 'Z';
        return b;
    }

    @Test
    void recognisesTheFourTypesByContent() {
        assertThat(AttachmentTypes.detect(pdf())).contains(AttachmentTypes.Type.PDF);
        assertThat(AttachmentTypes.detect(png())).contains(AttachmentTypes.Type.PNG);
        assertThat(AttachmentTypes.detect(docx())).contains(AttachmentTypes.Type.DOCX);
        assertThat(AttachmentTypes.detect(xlsx())).contains(AttachmentTypes.Type.XLSX);
    }

    @Test
    void anExecutableIsRefusedWhateverItIsCalled() {
        assertThat(AttachmentTypes.detect(exe())).isEmpty();
    }

    @Test
    void aZipWithoutTheOfficeMainPartIsRefused() {
        assertThat(AttachmentTypes.detect(zip("readme.txt", "virus.exe"))).isEmpty();
        assertThat(AttachmentTypes.detect(zip("[Content_Types].xml", "ppt/presentation.xml"))).isEmpty();
        assertThat(AttachmentTypes.detect(zip("word/document.xml"))).isEmpty();
    }

    @Test
    void truncatedOrEmptyContentIsRefused() {
        assertThat(AttachmentTypes.detect(new byte[0])).isEmpty();
        assertThat(AttachmentTypes.detect(null)).isEmpty();
        assertThat(AttachmentTypes.detect("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(AttachmentTypes.detect(new byte[]{'P', 'K', 3, 4, 1, 2, 3})).isEmpty();
    }

    @Test
    void theStoredNameGetsTheExtensionOfTheDetectedType() {
        assertThat(AttachmentTypes.fileNameFor("plan.pdf", AttachmentTypes.Type.PDF)).isEqualTo("plan.pdf");
        assertThat(AttachmentTypes.fileNameFor("bild.PNG", AttachmentTypes.Type.PNG)).isEqualTo("bild.PNG");
        assertThat(AttachmentTypes.fileNameFor("rapport.png", AttachmentTypes.Type.PDF)).isEqualTo("rapport.png.pdf");
        assertThat(AttachmentTypes.fileNameFor("../../etc/x.pdf", AttachmentTypes.Type.PDF)).isEqualTo(".._.._etc_x.pdf");
    }
}
