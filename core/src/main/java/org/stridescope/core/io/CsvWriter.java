package org.stridescope.core.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.format.AsciiText;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.format.FloatText;
import org.stridescope.core.format.ScalarText;
import org.stridescope.core.dtype.Scalar;
import org.stridescope.core.layout.Layout;
import org.stridescope.core.layout.RecordFields;

/**
 * CSV of a view: one row per line along the last axis, in C order (an N-d view becomes
 * {@code size / shape[-1]} rows; a 0-d view one row of one value), each value NumPy's
 * {@code str()} of the element, quoted as RFC 4180 says when it holds a comma, a quote or a line
 * break. UTF-8, rows ended by {@code \n}. The elements' bytes arrive in C order in blocks (see
 * {@link COrderBytes}) and are formatted from memory, parts of a block on all processors at once
 * (formatting numbers, not reading bytes, is what takes the time).
 */
final class CsvWriter {
    /** Bytes of elements per block: bounds the text held at once (str() of a byte can be 7 characters). */
    static final int BLOCK = 256 << 10;
    /** Elements below which a block is formatted on one thread. */
    private static final int MIN_PART = 4096;
    private static final int PARALLELISM = Runtime.getRuntime().availableProcessors();

    private final DType dtype;
    private final FileChannel ch;
    private final long rowLength;
    private final long rows;
    private long column;
    private byte[] lastBlock;
    private ByteSource blockSource;

    private final ProgressMonitor monitor;

    /** Stops between blocks when the monitor cancels (text is slower than bytes: blocks are small). */
    private static final class Cancelled extends IOException {
        Cancelled() {
            super(null, null);
        }
    }

    private CsvWriter(Layout view, FileChannel ch, ProgressMonitor monitor) {
        this.monitor = monitor;
        this.dtype = view.dtype();
        this.ch = ch;
        int nd = view.ndim();
        // records: one line each, a column per scalar field (under a header line of their names)
        this.rowLength = nd == 0 || dtype.isStructured() ? 1 : view.shape(nd - 1);
        long r = 1;
        for (int k = 0; k < (dtype.isStructured() ? nd : nd - 1); k++) {
            r *= view.shape(k);
        }
        this.rows = r;
    }

    static boolean write(ByteSource src, Layout view, FileChannel ch, ProgressMonitor monitor) throws IOException {
        CsvWriter csv = new CsvWriter(view, ch, monitor);
        if (csv.dtype.isStructured()) {
            AsciiText header = new AsciiText(64);
            List<String> names = new ArrayList<>();
            columnNames(csv.dtype, names);
            for (int k = 0; k < names.size(); k++) {
                if (k > 0) {
                    header.append(',');
                }
                appendField(header, names.get(k));
            }
            header.append('\n');
            ViewExport.writeFully(ch, header.bytes(), header.length());
        }
        if (csv.rowLength == 0 || view.dtype().itemsize() == 0) {
            // rows with no values (just the line breaks), or values of no bytes (V0, S0): all alike
            AsciiText value = new AsciiText(16);
            if (csv.rowLength > 0) {
                appendValue(value, Scalar.read(view.dtype(), new HeapByteSource(new byte[0], "no bytes"), 0));
            }
            return csv.sameValues(java.util.Arrays.copyOf(value.bytes(), value.length()));
        }
        try {
            return COrderBytes.stream(src, view, csv::format, monitor, BLOCK);
        } catch (Cancelled c) {
            return false;
        }
    }

    /** Writes every row as {@code rowLength} copies of {@code value}, stopping if the monitor cancels. */
    private boolean sameValues(byte[] value) throws IOException {
        byte[] block = new byte[BLOCK];
        int filled = 0;
        long total = rows * rowLength;
        for (long r = 0; r < rows; r++) {
            for (long c = 0; c < Math.max(1, rowLength); c++) {
                if (filled + value.length + 1 > block.length) {
                    if (monitor.cancelled()) {
                        return false;
                    }
                    monitor.progress(r * rowLength + c, total);
                    ViewExport.writeFully(ch, block, filled);
                    filled = 0;
                }
                if (rowLength > 0) {
                    System.arraycopy(value, 0, block, filled, value.length);
                    filled += value.length;
                }
                block[filled++] = (byte) (c + 1 >= rowLength ? '\n' : ',');
            }
        }
        ViewExport.writeFully(ch, block, filled);
        monitor.progress(total, total);
        return !monitor.cancelled();
    }

    /** Formats one block of whole elements, in parallel parts when it is big enough. */
    private void format(byte[] block, int length) throws IOException {
        if (block != lastBlock) { // COrderBytes reuses its block: wrap it once
            lastBlock = block;
            blockSource = new HeapByteSource(block, "export block");
        }
        int n = dtype.itemsize();
        int count = length / n;
        int parts = Math.max(1, Math.min(PARALLELISM, count / MIN_PART));
        long startColumn = column;
        AsciiText[] texts = IntStream.range(0, parts).parallel().mapToObj(p -> {
            int from = (int) ((long) count * p / parts);
            int to = (int) ((long) count * (p + 1) / parts);
            return formatRange(from, to, (startColumn + from) % rowLength);
        }).toArray(AsciiText[]::new);
        column = (startColumn + count) % rowLength;
        if (monitor.cancelled()) {
            throw new Cancelled();
        }
        for (AsciiText t : texts) {
            ViewExport.writeFully(ch, t.bytes(), t.length());
        }
    }

    /** The text of elements {@code from..to-1} of the block, the first one in column {@code col}. */
    private AsciiText formatRange(int from, int to, long col) {
        int n = dtype.itemsize();
        AsciiText out = new AsciiText((to - from) * 12);
        for (int e = from; e < to; e++) {
            if (col > 0) {
                out.append(',');
            }
            appendValue(out, Scalar.read(dtype, blockSource, (long) e * n));
            if (++col == rowLength) {
                out.append('\n');
                col = 0;
            }
        }
        return out;
    }

    private static void appendValue(AsciiText out, Scalar value) {
        if (value instanceof Scalar.Float f) { // the common case: its text straight in, no String
            FloatText.appendStr(out, f.value());
        } else if (value instanceof Scalar.Record r) {
            appendLeaves(out, r, true);
        } else {
            appendField(out, ScalarText.str(value));
        }
    }

    /** A record's scalar values, nested records and subarrays flattened, comma-separated. */
    private static boolean appendLeaves(AsciiText out, Scalar value, boolean first) {
        List<Scalar> parts = value instanceof Scalar.Record r ? r.values()
                : value instanceof Scalar.Block b ? b.items() : null;
        if (parts == null) {
            if (!first) {
                out.append(',');
            }
            appendField(out, ScalarText.str(value));
            return false;
        }
        for (Scalar part : parts) {
            first = appendLeaves(out, part, first);
        }
        return first;
    }

    /** Column names of the scalar fields: {@code x}, {@code pos[0]}, {@code pos[1]}, {@code sub.a}. */
    private static void columnNames(DType dtype, List<String> out) {
        RecordFields leaves = RecordFields.of(dtype);
        for (long c = 0; c < leaves.columns(); c++) {
            out.add(leaves.leaf(c).name());
        }
    }

    private static void appendField(AsciiText text, String value) {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        text.append(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
    }

}
