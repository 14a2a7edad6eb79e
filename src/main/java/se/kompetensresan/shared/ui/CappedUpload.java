package se.kompetensresan.shared.ui;

import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.server.streams.UploadEvent;

import java.io.IOException;

/**
 * An upload read into memory only up to its cap, checked on the server (the browser's limit is a courtesy):
 * a file whose size the request announces over the cap is refused before a byte of it is read, and when Vaadin
 * parses the request itself its file-upload limits stop a larger stream while it is read. The servlet's
 * multipart limits ({@code spring.servlet.multipart}) bound every upload of the application above that.
 */
public class CappedUpload extends InMemoryUploadHandler {

    private final long maxBytes;
    private final Runnable tooBig;

    /**
     * @param maxBytes the largest file accepted
     * @param received gets the file's metadata and bytes (on the request thread: use {@code ui.access})
     * @param tooBig   told when a file over the cap was refused (on the request thread)
     */
    public CappedUpload(long maxBytes, InMemoryUploadCallback received, Runnable tooBig) {
        super(received);
        this.maxBytes = maxBytes;
        this.tooBig = tooBig;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            tooBig.run();
            return;
        }
        super.handleUploadRequest(event);
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024; // the file and the multipart envelope around it
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
