package se.kompetensresan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The figures of one benchmark run: printed as they come, each beside its floor and goal, and written with the
 * date, commit, CPU count, JVM flags and machine load to {@code bench/results/<name>.txt} (a smoke run writes to
 * {@code target/bench-smoke/} instead, so it never replaces a measurement).
 */
public final class BenchReport {

    private final String name;
    private final boolean smoke;
    private final List<String> lines = new ArrayList<>();
    private final String loadBefore;

    public BenchReport(String name, boolean smoke) {
        this.name = name;
        this.smoke = smoke;
        this.loadBefore = uptime();
    }

    /** A line of the report, printed at once. */
    public BenchReport line(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        System.out.println("[bench " + name + "] " + s);
        lines.add(s);
        return this;
    }

    /** Writes the report; returns where. */
    public Path write() {
        Path dir = smoke ? Path.of("target", "bench-smoke") : Path.of("bench", "results");
        List<String> out = new ArrayList<>();
        out.add("# " + name + (smoke ? " (SMOKE: tiny sizes, not a measurement)" : ""));
        out.add("date:    " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        out.add("commit:  " + commit());
        out.add("cpus:    " + Runtime.getRuntime().availableProcessors());
        out.add("java:    " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        out.add("jvm:     " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        out.add("heap:    max " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        out.add("load:    before " + loadBefore);
        out.add("         after  " + uptime());
        out.add("");
        out.addAll(lines);
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".txt");
            Files.write(file, out, StandardCharsets.UTF_8);
            System.out.println("[bench " + name + "] written to " + file.toAbsolutePath());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The p-th percentile (0–100) of the values in milliseconds, nearest rank. */
    /**
     * Times ours and the floor in turns, after the warm-up calls: {ours' milliseconds, the floor's milliseconds}, one
     * each per call, so that the machine's load falls on both alike.
     */
    public static double[][] sideBySide(int calls, int warmup, java.util.function.Supplier<?> ours,
                                        java.util.function.Supplier<?> floor) {
        for (int i = 0; i < warmup; i++) {
            ours.get();
            floor.get();
        }
        double[] o = new double[calls];
        double[] b = new double[calls];
        for (int i = 0; i < calls; i++) {
            long s = System.nanoTime();
            ours.get();
            o[i] = (System.nanoTime() - s) / 1e6;
            s = System.nanoTime();
            floor.get();
            b[i] = (System.nanoTime() - s) / 1e6;
        }
        return new double[][]{o, b};
    }

    public static double percentile(double[] millis, double p) {
        double[] s = millis.clone();
        Arrays.sort(s);
        int rank = (int) Math.ceil(p / 100.0 * s.length);
        return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
    }

    private static String commit() {
        String head = run("git", "rev-parse", "--short", "HEAD");
        String dirty = run("git", "status", "--porcelain", "--untracked-files=no");
        return head + (dirty.isBlank() ? "" : " (with uncommitted changes)");
    }

    static String uptime() {
        String u = run("uptime");
        return u.isBlank() ? readLoadavg() : u.strip();
    }

    private static String readLoadavg() {
        try {
            return "loadavg " + Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
