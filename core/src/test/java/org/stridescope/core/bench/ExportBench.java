package org.stridescope.core.bench;

import java.nio.file.Path;
import org.stridescope.core.buffer.ByteSources;
import org.stridescope.core.buffer.MappedFileByteSource;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.io.ProgressMonitor;
import org.stridescope.core.io.ViewExport;
import org.stridescope.core.layout.ArrayConstructors;
import org.stridescope.core.layout.Layout;

/**
 * Exports a strided view {@code a[::step, ::step]} of a file seen as a 2-d array, and prints the
 * time of the first run and the best of all runs, in milliseconds. Driven by scripts/bench/data-export.sh, which times
 * NumPy on the same view.
 *
 * <p>Arguments: FILE DTYPE ROWS COLS STEP OUT [RUNS]
 */
public final class ExportBench {
    private ExportBench() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        DType dtype = DType.parse(args[1]);
        long rows = Long.parseLong(args[2]);
        long cols = Long.parseLong(args[3]);
        long step = Long.parseLong(args[4]);
        Path out = Path.of(args[5]);
        int runs = args.length > 6 ? Integer.parseInt(args[6]) : 3;
        try (MappedFileByteSource src = ByteSources.open(file)) {
            int n = dtype.itemsize();
            Layout view = ArrayConstructors.ndarray(src.size(), dtype,
                    new long[] {(rows + step - 1) / step, (cols + step - 1) / step},
                    new long[] {step * cols * n, step * n}, 0);
            long best = Long.MAX_VALUE;
            long first = 0;
            for (int r = 0; r < runs; r++) {
                long t = System.nanoTime();
                ViewExport.export(src, view, out, ProgressMonitor.NONE);
                long took = System.nanoTime() - t;
                first = r == 0 ? took : first;
                best = Math.min(best, took);
            }
            System.out.println(first / 1_000_000 + " " + best / 1_000_000);
        }
    }
}
