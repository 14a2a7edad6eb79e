package se.kompetensresan;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/** The command that starts a main class of the tests in a JVM of its own, with the test JVM's class path. */
public final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * {@code java <flags> -cp <class path> <main>}; the quick compiler and one GC thread, as the test JVMs have.
     */
    public static List<String> command(Class<?> main, String... jvmFlags) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(List.of(jvmFlags));
        command.addAll(List.of("-cp", classPath(), main.getName()));
        return command;
    }

    /**
     * The test JVM's class path; when surefire starts it from a manifest-only jar, the entries of that manifest
     * (a child started from the jar would see every resource twice: through the jar's manifest and the class path).
     */
    static String classPath() throws IOException {
        String cp = System.getProperty("java.class.path");
        if (cp.contains(File.pathSeparator) || !cp.endsWith(".jar")) {
            return cp;
        }
        try (JarFile jar = new JarFile(cp)) {
            String entries = jar.getManifest().getMainAttributes().getValue("Class-Path");
            if (entries == null) {
                return cp;
            }
            Path base = Path.of(cp).toAbsolutePath().getParent();
            List<String> paths = new ArrayList<>();
            for (String e : entries.trim().split("\\s+")) {
                URI uri = base.toUri().resolve(e);
                paths.add(Path.of(uri).toString());
            }
            return String.join(File.pathSeparator, paths);
        }
    }
}
