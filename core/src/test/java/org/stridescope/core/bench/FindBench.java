package org.stridescope.core.bench;

import java.nio.file.Path;
import org.stridescope.core.buffer.MappedFileByteSource;
import org.stridescope.core.search.ByteFinder;
import org.stridescope.core.search.Found;
import org.stridescope.core.search.SearchPatterns;
import org.stridescope.core.io.ProgressMonitor;

/**
 * Find over a memory-mapped file: seconds and GB/s per run, as the window's Find runs it.
 * Run: scripts/bench/find.sh. Arguments: FILE HEX-PATTERN RUNS.
 */
public final class FindBench {
    private FindBench() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int runs = Integer.parseInt(args[2]);
        try (MappedFileByteSource src = new MappedFileByteSource(file)) {
            for (int r = 1; r <= runs; r++) {
                long t = System.nanoTime();
                Found f = ByteFinder.find(src, SearchPatterns.bytes(args[1]), 1000, ProgressMonitor.NONE);
                double s = (System.nanoTime() - t) / 1e9;
                System.out.printf("run %d: %.3f s, %.2f GB/s, %d matches, first at %s%n", r, s, src.size() / s / 1e9,
                        f.count(), f.kept() == 0 ? "-" : Long.toString(f.offset(0)));
            }
        }
    }
}
