package org.stridescope.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.format.CountText;
import org.stridescope.core.layout.ByteRange;
import org.stridescope.core.layout.Layout;
import org.stridescope.core.layout.Reach;
import org.stridescope.core.picture.Colormap;
import org.stridescope.core.picture.Picture;
import org.stridescope.core.picture.PictureStyle;

/**
 * Exports a view (not the whole buffer) to .npy, .npz, CSV, raw bytes or a PNG picture, always in C order. The
 * export streams within a bounded heap, reports progress, can be cancelled, and writes through a
 * temporary file so the target appears only when complete.
 */
public final class ViewExport {
    private ViewExport() {
    }

    /** Exports in the format of {@code out}'s extension. */
    public static boolean export(ByteSource src, Layout view, Path out, ProgressMonitor monitor) {
        return export(src, view, out, ExportFormat.forPath(out), monitor);
    }

    /**
     * @return true when written, false when the monitor cancelled (then nothing is left behind)
     * @throws StridescopeError BoundsError if the view reads outside the source, InputError if the
     *                          target is the file the source reads, the disk has no room for the
     *                          output, the file cannot be written or the source changed on disk
     */
    public static boolean export(ByteSource src, Layout view, Path out, ExportFormat format, ProgressMonitor monitor) {
        return export(src, view, out, format, PictureStyle.DEFAULT, monitor);
    }

    /**
     * As {@link #export(ByteSource, Layout, Path, ExportFormat, ProgressMonitor)}, a PNG drawn in
     * {@code style}; a view that cannot be a picture or an unknown colour table is an InputError
     * before any file is made.
     */
    public static boolean export(ByteSource src, Layout view, Path out, ExportFormat format, PictureStyle style,
            ProgressMonitor monitor) {
        return export(src, view, out, format, style, 1, monitor);
    }

    /** Most pixels a side of a zoomed PNG (PNG's own limit). */
    static final long MAX_PNG_SIDE = Integer.MAX_VALUE;
    /** Widest picture (in elements) exported zoomed: one row of it is held in memory to repeat it. */
    static final long MAX_ZOOMED_WIDTH = 1L << 24;

    /**
     * The view as a PNG in {@code style}, each element {@code zoom} x {@code zoom} pixels (nearest
     * neighbour); refused (an InputError, no file made) when the picture would be too big a side.
     */
    public static boolean exportPicture(ByteSource src, Layout view, Path out, PictureStyle style, int zoom,
            ProgressMonitor monitor) {
        return export(src, view, out, ExportFormat.PNG, style, zoom, monitor);
    }

    private static boolean export(ByteSource src, Layout view, Path out, ExportFormat format, PictureStyle style,
            int zoom, ProgressMonitor monitor) {
        checkInside(src, view);
        Picture picture = null;
        if (format == ExportFormat.PNG) {
            Colormap.named(style.colormap());
            picture = Picture.of(view);
            checkZoom(picture, zoom);
        }
        checkNotTheInput(src, out);
        checkRoom(out, view, format);
        try (AtomicOutput file = new AtomicOutput(out)) {
            boolean done;
            try {
                done = switch (format) {
                    case NPY -> writeNpy(src, view, file.channel(), monitor);
                    case NPZ -> NpzWriter.write(src, view, file.channel(), monitor);
                    case BIN -> COrderBytes.stream(src, view, sink(file.channel()), monitor);
                    case CSV -> CsvWriter.write(src, view, file.channel(), monitor);
                    case PNG -> PngWriter.write(src, picture, style, zoom, file.channel(), monitor);
                };
            } catch (IOException e) {
                throw file.cannotWrite(e);
            }
            if (done) {
                file.commit();
            }
            return done;
        }
    }

    private static void checkZoom(Picture picture, int zoom) {
        if (zoom < 1 || zoom > 64) {
            throw StridescopeError.inputError("zoom " + zoom + " is not one of 1 to 64",
                    "Each element becomes zoom x zoom pixels; choose a zoom from 1 to 64.");
        }
        long side = Math.max(picture.width(), picture.height());
        if (zoom > 1 && (side > MAX_PNG_SIDE / zoom || picture.width() > MAX_ZOOMED_WIDTH)) {
            throw StridescopeError.inputError("a picture of " + picture.width() + " x " + picture.height()
                    + " elements is too big to write at zoom " + zoom,
                    "A PNG has at most 2147483647 pixels a side, and a zoomed export at most " + MAX_ZOOMED_WIDTH
                            + " elements a row; choose zoom 1 or export a slice of the view.");
        }
    }

    /**
     * How many bytes the export of {@code view} as {@code format} writes: exact for .npy, .npz and
     * raw bytes, a lower bound for CSV (each value at least one character and a separator) and PNG
     * (its header: compressed pixels can be any size).
     * Long.MAX_VALUE when it is more than 64 bits can count (a stride-0 view of a zero-size dtype).
     */
    public static long outputSize(Layout view, ExportFormat format) {
        long values = 1;
        for (long d : view.shape()) {
            values = times(values, d);
        }
        long data = times(values, view.dtype().itemsize());
        return switch (format) {
            case NPY -> plus(npyHeader(view).length, data);
            case NPZ -> NpzWriter.fileSize(plus(npyHeader(view).length, data));
            case BIN -> data;
            case CSV -> {
                long rowLength = view.ndim() == 0 ? 1 : view.shape(view.ndim() - 1);
                yield rowLength == 0 ? values(view.shape(), view.ndim() - 1) : times(values, 2);
            }
            case PNG -> PngWriter.MIN_SIZE;
        };
    }

    /** {@link #outputSize} for people: {@code 1.2 GiB}, {@code at least 3.0 TiB} for CSV. */
    public static String outputSizeText(Layout view, ExportFormat format) {
        long size = outputSize(view, format);
        return (format == ExportFormat.CSV || format == ExportFormat.PNG ? "at least " : "") + (size == Long.MAX_VALUE ? "more than 8 EiB" : CountText.byteSize(size));
    }

    /** The product of the first {@code axes} lengths, Long.MAX_VALUE past 64 bits. */
    private static long values(long[] shape, int axes) {
        long n = 1;
        for (int k = 0; k < axes; k++) {
            n = times(n, shape[k]);
        }
        return n;
    }

    private static long times(long a, long b) {
        return a != 0 && b != 0 && Math.multiplyHigh(a, b) != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
    }

    private static long plus(long a, long b) {
        return a + b < 0 ? Long.MAX_VALUE : a + b;
    }

    /**
     * Refuses to write over the file the view is read from (or a link to it): the export would
     * replace the user's data with the view, silently.
     */
    private static void checkNotTheInput(ByteSource src, Path out) {
        Path input = src.file();
        try {
            // isSameFile follows links and compares file keys: "../x", a symlink and a hard link are x
            if (input == null || !Files.exists(out) || !Files.isSameFile(out, input)) {
                return;
            }
        } catch (IOException e) {
            return; // cannot tell: the export's own errors say what is wrong with the target
        }
        throw StridescopeError.inputError("cannot write " + out + ": it is the same file as " + input + ", which the view is read from",
                "The export would replace the bytes it reads with the view. Give the output another name.");
    }

    /** Refuses an export the disk cannot hold, before writing gigabytes until it is full. */
    private static void checkRoom(Path out, Layout view, ExportFormat format) {
        long free;
        try {
            free = Files.getFileStore(out.toAbsolutePath().getParent()).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return; // a folder that is not there: writing says so
        }
        if (outputSize(view, format) > free) {
            throw StridescopeError.inputError("cannot write " + out + ": it needs " + outputSizeText(view, format)
                            + ", but its disk has " + CountText.byteSize(free) + " free",
                    "Free some space, write to another disk, or export a smaller view (a slice, with --expr or the"
                            + " expression bar). Nothing was written.");
        }
    }

    /** The .npy header this export writes for {@code view}: what {@code np.save} writes for it. */
    public static byte[] npyHeader(Layout view) {
        return NpyHeaderWriter.header(view.dtype(), view.shape());
    }

    private static boolean writeNpy(ByteSource src, Layout view, FileChannel ch, ProgressMonitor monitor)
            throws IOException {
        writeFully(ch, npyHeader(view), npyHeader(view).length);
        return COrderBytes.stream(src, view, sink(ch), monitor);
    }

    static COrderBytes.Sink sink(FileChannel ch) {
        return (block, length) -> writeFully(ch, block, length);
    }

    static void writeFully(FileChannel ch, byte[] bytes, int length) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes, 0, length);
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }

    /** Refuses a view that reads bytes the source does not have (Reach: exact, no 64-bit overflow). */
    private static void checkInside(ByteSource src, Layout view) {
        if (view.size() == 0) {
            return;
        }
        ByteRange span = Reach.span(view);
        if (span.start() < 0 || span.endExclusive() > src.size()) {
            throw StridescopeError.boundsError("the view reads bytes " + span.start() + ".." + (span.endExclusive() - 1)
                    + " of a " + src.size() + "-byte source", "Some element of this view lies outside the bytes of "
                    + src.name() + ", so there is nothing to export for it.");
        }
    }
}
