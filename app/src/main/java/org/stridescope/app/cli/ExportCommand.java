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
import org.stridescope.core.picture.Colormap;
import org.stridescope.core.picture.Picture;
import org.stridescope.core.picture.PictureStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code stridescope export}: writes the view (not the whole buffer) in C order. Standard output
 * stays empty; progress, the result and errors go to standard error.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the view (not the whole buffer) in C order to .npy, .npz, CSV or raw bytes, or as a PNG picture"
                + " (one pixel per element, rows = axis 0).")
final class ExportCommand implements Callable<Integer> {
    /** Exit status after Ctrl+C, as shells report a command stopped by SIGINT. */
    static final int CANCELLED = 130;

    @Mixin
    SourceOptions input = new SourceOptions();
    // Text, not a Path: Path.of("x.npy/") is x.npy, and a name that ends like a folder's must not write a file
    @Option(names = "--to", required = true, paramLabel = "OUT",
            description = "OUT.npy, OUT.npz, OUT.csv, OUT.bin or OUT.png: the extension says the format.")
    String target;
    @Option(names = "--colormap", paramLabel = "NAME",
            description = "PNG only: the colour table for numbers: gray (default), viridis, magma, inferno, plasma, cividis, turbo.")
    String colormap;
    @Option(names = "--vmin", paramLabel = "X", description = "PNG only: the value of the table's first colour (default: the smallest finite value).")
    String vmin;
    @Option(names = "--vmax", paramLabel = "Y", description = "PNG only: the value of the table's last colour (default: the largest finite value).")
    String vmax;

    /** Progress shows only for exports that last longer than this (tests set 0). */
    long progressDelayMillis = 500;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        try {
            Path to = outputFile(target);
            ExportFormat format = ExportFormat.forPath(to); // before opening a 20 GB file for nothing
            PictureStyle style = pictureStyle(format);
            Inspection inspection = input.inspect("stridescope export --hex 61616162 --dtype '>i4' --to out.npy");
            if (!inspection.isOk()) {
                return fail(err, inspection.error());
            }
            Layout view = inspection.layout();
            ProgressLine progress = new ProgressLine(err, to, ViewExport.outputSizeText(view, format), progressDelayMillis);
            boolean done = progress.run(() -> ViewExport.export(inspection.source(), view, to, format, style, progress));
            if (!done) {
                err.println("stridescope: export cancelled; " + to + " was not written");
                return CANCELLED;
            }
            if (format == ExportFormat.PNG) {
                Picture picture = Picture.of(view);
                err.println("wrote " + to + ": " + picture.width() + " x " + picture.height() + " pixels of "
                        + TupleText.tuple(view.shape()) + " " + view.dtype().str()
                        + (picture.mode() == Picture.Mode.VALUES ? ", colormap " + style.colormap() : ", " + picture.mode()));
                return 0;
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

    /** --colormap, --vmin, --vmax checked before any file is opened: PNG only, a known table, numbers. */
    private PictureStyle pictureStyle(ExportFormat format) {
        if (format != ExportFormat.PNG) {
            String given = colormap != null ? "--colormap" : vmin != null ? "--vmin" : vmax != null ? "--vmax" : null;
            if (given != null) {
                throw StridescopeError.inputError(given + " is for pictures, and " + target + " is not a .png",
                        "--colormap, --vmin and --vmax say how a PNG colours numbers; the other formats write the values"
                                + " themselves. Drop the option, or export to OUT.png.");
            }
            return PictureStyle.DEFAULT;
        }
        if (colormap != null) {
            Colormap.named(colormap); // an unknown name is an InputError naming the known ones
        }
        return new PictureStyle(colormap, number("--vmin", vmin), number("--vmax", vmax));
    }

    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** A finite decimal number such as {@code 0.5}, {@code -3}, {@code 1e3}; null when not given. */
    static Double number(String option, String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        double v = NUMBER.matcher(t).matches() ? Double.parseDouble(t) : Double.NaN;
        if (!Double.isFinite(v)) {
            throw StridescopeError.inputError(option + " '" + text + "' is not a number",
                    "Give a finite decimal number, for example " + option + " 0, " + option + " 0.5 or " + option + " 1e3.");
        }
        return v;
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
