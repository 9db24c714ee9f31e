package org.stridescope.core.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.ScalarText;
import org.stridescope.core.layout.Layout;

/**
 * CSV of a view: one row per line along the last axis, in C order (an N-d view becomes
 * {@code size / shape[-1]} rows; a 0-d view one row of one value), each value NumPy's
 * {@code str()} of the element, quoted as RFC 4180 says when it holds a comma, a quote or a line
 * break. UTF-8, rows ended by {@code \n}.
 */
final class CsvWriter {
    private static final int FLUSH_AT = 1 << 20;

    private CsvWriter() {
    }

    static boolean write(ByteSource src, Layout view, FileChannel ch, ExportMonitor monitor) throws IOException {
        DType dtype = view.dtype();
        long total = view.size();
        int nd = view.ndim();
        long rowLength = nd == 0 ? 1 : view.shape(nd - 1);
        long step = nd == 0 ? 0 : view.stride(nd - 1);
        long rows = 1;
        for (int k = 0; k < nd - 1; k++) {
            rows *= view.shape(k);
        }
        StringBuilder text = new StringBuilder(FLUSH_AT + 4096);
        long[] index = new long[Math.max(0, nd - 1)];
        long base = view.offset();
        long done = 0;
        monitor.progress(0, total);
        for (long row = 0; row < rows; row++) {
            long pos = base;
            for (long j = 0; j < rowLength; j++, pos += step) {
                if (j > 0) {
                    text.append(',');
                }
                appendField(text, ScalarText.str(dtype, src, pos));
                if (text.length() >= FLUSH_AT) { // also inside a row: a 1-d view is one long row
                    if (monitor.cancelled()) {
                        return false;
                    }
                    flush(text, ch);
                    monitor.progress(done + j + 1, total);
                }
            }
            text.append('\n');
            done += rowLength;
            for (int a = nd - 2; a >= 0; a--) {
                index[a]++;
                base += view.stride(a);
                if (index[a] < view.shape(a)) {
                    break;
                }
                base -= view.stride(a) * index[a];
                index[a] = 0;
            }
        }
        if (monitor.cancelled()) {
            return false;
        }
        flush(text, ch);
        monitor.progress(total, total);
        return true;
    }

    private static void appendField(StringBuilder text, String value) {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            text.append(value);
            return;
        }
        text.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            text.append(c);
            if (c == '"') {
                text.append('"');
            }
        }
        text.append('"');
    }

    private static void flush(StringBuilder text, FileChannel ch) throws IOException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        ViewExport.writeFully(ch, bytes, bytes.length);
        text.setLength(0);
    }
}
