package se.kompetensresan.shared.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CappedUploadTest {

    private final List<byte[]> received = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();
    private final CappedUpload upload = new CappedUpload(1_000, (meta, data) -> received.add(data),
            () -> refused.add("too big"));

    @Test
    void aFileAnnouncedOverTheCapIsRefusedBeforeAByteOfItIsRead() throws Exception {
        UploadEvent e = mock(UploadEvent.class);
        when(e.getFileSize()).thenReturn(1_001L);

        upload.handleUploadRequest(e);

        assertThat(refused).containsExactly("too big");
        assertThat(received).isEmpty();
        verify(e, never()).getInputStream();
    }

    @Test
    void vaadinsOwnParserIsToldTheCapForAStreamWhoseSizeIsNotAnnounced() {
        assertThat(upload.getFileSizeMax()).isEqualTo(1_000);
        assertThat(upload.getFileCountMax()).isOne();
        assertThat(upload.getRequestSizeMax()).isBetween(1_001L, 1_000L + 100 * 1024);
    }

    @Test
    void aFileWithinTheCapIsReadAndHandedOver() throws Exception {
        UploadEvent e = mock(UploadEvent.class);
        when(e.getFileSize()).thenReturn(3L);
        when(e.getFileName()).thenReturn("a.csv");
        when(e.getInputStream()).thenReturn(new ByteArrayInputStream(new byte[]{1, 2, 3}));

        try {
            upload.handleUploadRequest(e);
        } catch (RuntimeException vaadinNeedsARealRequestForItsProgressEvents) {
            // the handler's progress bookkeeping reads the request and UI, which a mock does not have
        }

        assertThat(refused).isEmpty();
        verify(e).getInputStream();
    }
}
