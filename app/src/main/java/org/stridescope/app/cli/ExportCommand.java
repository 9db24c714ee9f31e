package org.stridescope.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSources;
import org.stridescope.core.format.CountText;
import org.stridescope.core.format.TupleText;
import org.stridescope.core.inspect.Inspection;
import org.stridescope.core.io.ExportFormat;
import org.stridescope.core.io.ViewExport;
import org.stridescope.core.layout.Layout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code stridescope export}: writes the view (not the whole buffer) in C order. Standard output
 * stays empty; progress, the result and errors go to standard error.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the view (not the whole buffer) in C order to .npy, .npz, CSV or raw bytes.")
final class ExportCommand implements Callable<Integer> {
    /** Exit status after Ctrl+C, as shells report a command stopped by SIGINT. */
    static final int CANCELLED = 130;

    @Mixin
    SourceOptions input = new SourceOptions();
    // Text, not a Path: Path.of("x.npy/") is x.npy, and a name that ends like a folder's must not write a file
    @Option(names = "--to", required = true, paramLabel = "OUT",
            description = "OUT.npy, OUT.npz, OUT.csv or OUT.bin: the extension says the format.")
    String target;

    /** Progress shows only for exports that last longer than this (tests set 0). */
    long progressDelayMillis = 500;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        try {
            Path to = outputFile(target);
            ExportFormat format = ExportFormat.forPath(to); // before opening a 20 GB file for nothing
            Inspection inspection = input.inspect("stridescope export --hex 61616162 --dtype '>i4' --to out.npy");
            if (!inspection.isOk()) {
                return fail(err, inspection.error());
            }
            Layout view = inspection.layout();
            ProgressLine progress = new ProgressLine(err, to, ViewExport.outputSizeText(view, format), progressDelayMillis);
            boolean done = progress.run(() -> ViewExport.export(inspection.source(), view, to, format, progress));
            if (!done) {
                err.println("stridescope: export cancelled; " + to + " was not written");
                return CANCELLED;
            }
            err.println("wrote " + to + ": " + TupleText.tuple(view.shape()) + " " + view.dtype().str() + ", "
                    + CountText.of(view.size(), "element") + " in C order");
            return 0;
        } catch (StridescopeError e) {
            return fail(err, e);
        } catch (InternalError e) {
            StridescopeError changed = ByteSources.asFileChangedOnDisk(e);
            if (changed == null) {
                throw e;
            }
            return fail(err, changed);
        }
    }

    /** The file {@code --to} names; a name that ends in a separator names a folder. */
    private static Path outputFile(String text) {
        if (text.endsWith("/") || text.endsWith(java.io.File.separator)) {
            throw StridescopeError.inputError("--to '" + text + "' names a folder, not a file",
                    "Give the file to write, without a separator at the end: for example out.npy or data/out.npy.");
        }
        try {
            return Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            throw StridescopeError.inputError("--to '" + text + "' is not a file name here: " + e.getReason(),
                    "Give the file to write, for example out.npy or data/out.npy.");
        }
    }

    private static int fail(PrintStream err, StridescopeError e) {
        err.print(PlainReport.error(e));
        err.flush();
        return Cli.FAILED;
    }
}
