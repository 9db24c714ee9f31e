package org.stridescope.core.io;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.layout.Layout;

/**
 * The bytes of a view in C (row-major) order, delivered in blocks of bounded size, whatever the
 * view's strides. The trailing axes that are contiguous in the source merge into runs copied in
 * one read; along the next axis, runs that lie close together are read as one span and gathered
 * in memory, and runs far apart are read one by one. The heap used is two buffers, whatever the
 * size of the view.
 */
final class COrderBytes {
    /** Size of the output block and of the scratch span. */
    static final int BLOCK = 4 << 20;

    /** Receives consecutive blocks of the C-ordered bytes, each a whole number of elements. */
    interface Sink {
        void accept(byte[] block, int length) throws IOException;
    }

    private final ByteSource src;
    private final ProgressMonitor monitor;
    private final int itemsize;
    private final long totalElements;
    private final byte[] block;
    private int filled;
    private long written;
    private final Sink sink;

    private final int blockSize;

    private COrderBytes(ByteSource src, Layout view, Sink sink, ProgressMonitor monitor, int blockSize) {
        this.blockSize = blockSize;
        this.src = src;
        this.sink = sink;
        this.monitor = monitor;
        this.itemsize = view.dtype().itemsize();
        this.totalElements = view.size();
        // whole elements per block, so a block never splits one (the CSV writer formats blocks);
        // a zero-size dtype (V0, S0) has no bytes to deliver, however many elements
        this.block = itemsize == 0 ? new byte[0]
                : new byte[(int) Math.max(itemsize, Math.min(blockSize, view.nbytes()) / itemsize * itemsize)];
    }

    /**
     * Streams the view's bytes into {@code sink}.
     *
     * @return false if the monitor cancelled
     */
    static boolean stream(ByteSource src, Layout view, Sink sink, ProgressMonitor monitor) throws IOException {
        return stream(src, view, sink, monitor, BLOCK);
    }

    /** As above with blocks of {@code blockSize} bytes (small in tests, to cross many block ends). */
    static boolean stream(ByteSource src, Layout view, Sink sink, ProgressMonitor monitor, int blockSize)
            throws IOException {
        return new COrderBytes(src, view, sink, monitor, blockSize).run(view);
    }

    private boolean run(Layout view) throws IOException {
        monitor.progress(0, totalElements);
        if (totalElements == 0 || itemsize == 0) {
            return !monitor.cancelled();
        }
        // drop axes of length 1: they do not change the order of the bytes
        int nd = 0;
        long[] shape = new long[view.ndim()];
        long[] strides = new long[view.ndim()];
        for (int k = 0; k < view.ndim(); k++) {
            if (view.shape(k) != 1) {
                shape[nd] = view.shape(k);
                strides[nd] = view.stride(k);
                nd++;
            }
        }
        // merge trailing axes that are contiguous in the source into one run
        long run = itemsize;
        int k = nd - 1;
        while (k >= 0 && strides[k] == run) {
            run *= shape[k];
            k--;
        }
        if (k < 0) {
            if (!copyRun(view.offset(), run)) {
                return false;
            }
        } else {
            long lineCount = 1;
            for (int a = 0; a < k; a++) {
                lineCount *= shape[a];
            }
            long[] index = new long[k];
            long base = view.offset();
            for (long line = 0; line < lineCount; line++) {
                if (!copyLine(base, strides[k], shape[k], run)) {
                    return false;
                }
                for (int a = k - 1; a >= 0; a--) { // odometer over the outer axes
                    index[a]++;
                    base += strides[a];
                    if (index[a] < shape[a]) {
                        break;
                    }
                    base -= strides[a] * index[a];
                    index[a] = 0;
                }
            }
        }
        return flush();
    }

    /** {@code count} runs of {@code run} bytes starting at {@code base}, {@code stride} apart. */
    private boolean copyLine(long base, long stride, long count, long run) throws IOException {
        long gap = Math.abs(stride);
        boolean gather = run < 4096 && run <= blockSize / 2 && gap <= 256 + 4 * run && gap <= blockSize / 4;
        if (!gather) {
            for (long j = 0; j < count; j++) {
                if (!copyRun(base + j * stride, run)) {
                    return false;
                }
            }
            return true;
        }
        int r = (int) run;
        long perSpan = gap == 0 ? Integer.MAX_VALUE : Math.max(1, (blockSize - run) / gap + 1); // m fits an int
        byte[] scratch = scratch();
        for (long j0 = 0; j0 < count; j0 += perSpan) {
            int m = (int) Math.min(perSpan, count - j0);
            long first = base + j0 * stride;
            long last = first + (m - 1) * stride;
            long lo = Math.min(first, last);
            int span = (int) (Math.abs(last - first) + run);
            src.read(lo, scratch, 0, span);
            int at = (int) (first - lo);
            int j = 0;
            while (j < m) {
                if (filled + r > block.length && !flush()) {
                    return false;
                }
                // as many elements as fit the block, copied by a loop the JIT keeps tight
                int k = Math.min(m - j, (block.length - filled) / r);
                at = gather(scratch, at, (int) stride, r, k);
                j += k;
            }
        }
        return true;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.nativeOrder());
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, java.nio.ByteOrder.nativeOrder());

    /** Copies {@code k} runs of {@code r} bytes, {@code stride} apart from {@code at}, to the block. */
    private int gather(byte[] scratch, int at, int stride, int r, int k) {
        int to = filled;
        if (r == 8) { // bits are copied as they are, so the order of the view is irrelevant
            for (int e = 0; e < k; e++, at += stride, to += 8) {
                LONGS.set(block, to, (long) LONGS.get(scratch, at));
            }
        } else if (r == 4) {
            for (int e = 0; e < k; e++, at += stride, to += 4) {
                INTS.set(block, to, (int) INTS.get(scratch, at));
            }
        } else if (r == 1) {
            for (int e = 0; e < k; e++, at += stride) {
                block[to++] = scratch[at];
            }
        } else {
            for (int e = 0; e < k; e++, at += stride, to += r) {
                System.arraycopy(scratch, at, block, to, r);
            }
        }
        filled = to;
        return at;
    }

    private byte[] scratchBuffer;

    private byte[] scratch() {
        if (scratchBuffer == null) {
            scratchBuffer = new byte[blockSize];
        }
        return scratchBuffer;
    }

    /** Copies {@code run} contiguous bytes from {@code pos}, block by block. */
    private boolean copyRun(long pos, long run) throws IOException {
        while (run > 0) {
            if (filled == block.length && !flush()) {
                return false;
            }
            int n = (int) Math.min(run, block.length - filled);
            src.read(pos, block, filled, n);
            filled += n;
            pos += n;
            run -= n;
        }
        return true;
    }

    private boolean flush() throws IOException {
        if (monitor.cancelled()) {
            return false;
        }
        if (filled > 0) {
            sink.accept(block, filled);
            written += filled;
            filled = 0;
        }
        monitor.progress(written / itemsize, totalElements);
        return true;
    }
}
