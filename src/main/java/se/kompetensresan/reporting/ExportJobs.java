package se.kompetensresan.reporting;

import jakarta.annotation.PreDestroy;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs an export off the request thread (two at a time), as the user who asked, into a temporary file; the view
 * polls {@link Job#rows()} for its progress bar and offers the file when {@link Job#result()} completes.
 */
@Component
public class ExportJobs {

    private final ExportService exports;
    private final se.kompetensresan.security.StepUp stepUp;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "report-export");
        t.setDaemon(true);
        return t;
    });

    ExportJobs(ExportService exports, se.kompetensresan.security.StepUp stepUp) {
        this.exports = exports;
        this.stepUp = stepUp;
    }

    /** A running export: rows written so far, and the finished file (name and path). */
    public record Job(String fileName, AtomicLong rows, CompletableFuture<Path> result) {
    }

    /**
     * Starts the export; the file name (and the user's right to the project) is checked before anything runs, and
     * the Deltagarförteckning (full personnummer) needs a step-up ({@link se.kompetensresan.security.StepUp}), which
     * is checked here on the request's thread: the job's thread has no session.
     */
    public Job start(ReportFilter f, ExportKind kind, ExportFormat format) {
        String name = exports.fileName(f, kind, format);
        if (kind == ExportKind.PARTICIPANTS) {
            stepUp.require("the Deltagarförteckning (full personnummer)");
        }
        SecurityContext context = SecurityContextHolder.getContext();
        AtomicLong rows = new AtomicLong();
        CompletableFuture<Path> result = CompletableFuture.supplyAsync(() -> {
            SecurityContextHolder.setContext(context);
            Path file = null;
            try {
                file = Files.createTempFile("kr-export-", "." + format.extension());
                try (OutputStream out = Files.newOutputStream(file)) {
                    exports.write(f, kind, format, out, rows::set);
                }
                return file;
            } catch (IOException e) {
                delete(file);
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                delete(file);
                throw e;
            } finally {
                SecurityContextHolder.clearContext();
            }
        }, executor);
        return new Job(name, rows, result);
    }

    static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the operating system cleans up
            }
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
