package org.stridescope.core.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a sample of the hostile .npy and .npz files of {@link HostileCases} into a folder, for
 * {@code scripts/hostile/run-window.sh}, which opens each in the real app: one case in {@code EVERY},
 * and every zip bomb. Usage: {@code WriteHostileFiles DIR [EVERY]};
 * prints one line a file: {@code FILE<TAB>case name}.
 */
public final class WriteHostileFiles {
    private WriteHostileFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Files.createDirectories(Path.of(args[0]));
        int every = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        AtomicInteger n = new AtomicInteger();
        AtomicInteger seen = new AtomicInteger();
        HostileCases.npyFiles(c -> write(out, "npy", c, every, n, seen));
        HostileCases.npzFiles(false, c -> write(out, "npz", c, every, n, seen));
    }

    private static void write(Path out, String ext, HostileCases.FileCase c, int every, AtomicInteger n,
            AtomicInteger seen) {
        if (seen.getAndIncrement() % every != 0 && !c.name().startsWith("bomb")) {
            return;
        }
        Path file = out.resolve(String.format("%04d.%s", n.incrementAndGet(), ext));
        try {
            Files.write(file, c.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(file.getFileName() + "\t" + c.name().replaceAll("[\\p{Cntrl}\\p{Cs}]", "?"));
    }
}
