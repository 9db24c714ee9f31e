package org.stridescope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping {@code stridescope export} from outside (Ctrl+C, or a kill) while it writes: the
 * program ends and leaves neither the target nor its hidden partial file.
 */
class ExportInterruptTest {

    @Test
    void stoppingAnExportMidwayLeavesNoFileBehind(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("zeros.bin");
        try (RandomAccessFile f = new RandomAccessFile(source.toFile(), "rw")) {
            f.setLength(256L << 20); // sparse: instant to make, long to write out as CSV
        }
        Path out = dir.resolve("out").resolve("zeros.csv");
        Files.createDirectories(out.getParent());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "org.stridescope.app.Main", "export", "--file", source.toString(), "--dtype", "u1",
                "--shape", "16384,16384", "--to", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (files(out.getParent()).isEmpty() && p.isAlive() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(files(out.getParent())).as("the export has started writing its partial file").hasSize(1);
            p.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as for Ctrl+C (SIGINT)
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("the program ends").isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(files(out.getParent())).as("no target, no .part file").isEmpty();
    }

    private static List<Path> files(Path dir) throws java.io.IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
