package org.stridescope.app;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Named pipes for tests of what opening one does; a test is skipped where mkfifo is missing. */
public final class Fifos {
    private Fifos() {
    }

    /** A new FIFO {@code dir/pipe}, made with mkfifo. */
    public static Path make(Path dir) throws IOException, InterruptedException {
        Path fifo = dir.resolve("pipe");
        try {
            Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo failed");
        } catch (IOException noMkfifo) {
            Assumptions.abort("no mkfifo here: " + noMkfifo.getMessage());
        }
        return fifo;
    }
}
