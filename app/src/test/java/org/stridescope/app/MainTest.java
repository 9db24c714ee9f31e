package org.stridescope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stridescope WORD} as a separate program on a machine without a screen (issue 12): a word
 * that is no command and no file, a missing file, no display, each one line and exit status 2,
 * never a window started for nothing nor a stack trace.
 */
class MainTest {
    @TempDir
    Path dir;

    /** Exit status and standard error of {@code stridescope args...} with no DISPLAY nor WAYLAND_DISPLAY. */
    private String[] runWithoutDisplay(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(dir.resolve("err.txt").toFile())
                .redirectOutput(dir.resolve("out.txt").toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        try {
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("it ends, no window waits").isTrue();
        } finally {
            p.destroyForcibly();
        }
        return new String[] {String.valueOf(p.exitValue()), Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8)};
    }

    @Test
    void aWordThatIsNoCommandNorFileIsAnUnknownCommandAndAMissingFileSaysSo() throws Exception {
        String[] bogus = runWithoutDisplay("bogus");
        assertThat(bogus[0]).isEqualTo("2");
        assertThat(bogus[1]).isEqualTo("stridescope: unknown command 'bogus' (nor is it a file here); the commands are"
                + " inspect, export, lessons, and stridescope FILE opens a file in the window\n");
        String[] inspekt = runWithoutDisplay("inspekt", "--hex", "00");
        assertThat(inspekt[1]).startsWith("stridescope: unknown command 'inspekt'");
        String[] missing = runWithoutDisplay("data.npy", "--dtype", "<f4");
        assertThat(missing[0]).isEqualTo("2");
        assertThat(missing[1]).isEqualTo("stridescope: cannot open data.npy: no such file\n");
    }

    @Test
    void withoutADisplayTheWindowIsOneClearLine() throws Exception {
        Path file = Files.write(dir.resolve("data.bin"), new byte[] {1, 2});
        for (String[] args : new String[][] {{}, {file.toString()}, {"--hex", "0102", "--theme", "dark"}}) {
            String[] run = runWithoutDisplay(args);
            assertThat(run[0]).isEqualTo("2");
            assertThat(run[1]).isEqualTo("stridescope: no display: DISPLAY and WAYLAND_DISPLAY are not set, so the window"
                    + " cannot open (use --snapshot OUT.png for a picture without one)\n");
        }
    }
}
