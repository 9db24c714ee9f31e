package org.stridescope.core.bench;

import java.nio.file.Path;
import org.stridescope.core.inspect.Inspection;
import org.stridescope.core.inspect.Inspector;
import org.stridescope.core.io.DataFile;
import org.stridescope.core.io.ProgressMonitor;
import org.stridescope.core.io.ViewExport;

/**
 * Opens a .npy, applies an expression and exports the view, RUNS times in one JVM, printing each
 * run's milliseconds (the first is JIT-cold): the export's own time, without the JVM's start.
 * scripts/bench/records.sh compares whole commands; this is the in-process side of
 * {@code np.save(out, np.load(F, mmap_mode='r')['x'])}.
 *
 * <p>Arguments: FILE.npy EXPR OUT.npy [RUNS]
 */
public final class ExpressionExportBench {
    private ExpressionExportBench() {
    }

    public static void main(String[] args) {
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            try (DataFile file = DataFile.open(Path.of(args[0]), null, ProgressMonitor.NONE)) {
                Inspection view = Inspector.inspect(file.source(), file.layoutSpec(), args[1]);
                if (!view.isOk()) {
                    throw view.error();
                }
                ViewExport.export(view.source(), view.layout(), Path.of(args[2]), ProgressMonitor.NONE);
            }
            System.out.println("run " + r + ": " + (System.nanoTime() - t) / 1_000_000 + " ms");
        }
    }
}
