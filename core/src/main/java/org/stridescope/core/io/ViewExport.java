package org.stridescope.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.layout.Layout;

/**
 * Exports a view (not the whole buffer) to .npy, .npz, CSV or raw bytes, always in C order. The
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
     *                          file cannot be written or the source changed on disk
     */
    public static boolean export(ByteSource src, Layout view, Path out, ExportFormat format, ProgressMonitor monitor) {
        checkInside(src, view);
        try (AtomicOutput file = new AtomicOutput(out)) {
            boolean done;
            try {
                done = switch (format) {
                    case NPY -> writeNpy(src, view, file.channel(), monitor);
                    case NPZ -> NpzWriter.write(src, view, file.channel(), monitor);
                    case BIN -> COrderBytes.stream(src, view, sink(file.channel()), monitor);
                    case CSV -> CsvWriter.write(src, view, file.channel(), monitor);
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

    /** Refuses a view that reads bytes the source does not have. */
    private static void checkInside(ByteSource src, Layout view) {
        if (view.size() == 0) {
            return;
        }
        long lo = view.offset();
        long hi = view.offset() + view.dtype().itemsize();
        for (int k = 0; k < view.ndim(); k++) {
            long reach = view.stride(k) * (view.shape(k) - 1);
            if (reach < 0) {
                lo += reach;
            } else {
                hi += reach;
            }
        }
        if (lo < 0 || hi > src.size()) {
            throw StridescopeError.boundsError("the view reads bytes " + lo + ".." + (hi - 1) + " of a "
                    + src.size() + "-byte source", "Some element of this view lies outside the bytes of "
                    + src.name() + ", so there is nothing to export for it.");
        }
    }
}
