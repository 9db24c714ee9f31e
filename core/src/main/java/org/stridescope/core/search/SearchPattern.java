package org.stridescope.core.search;

import java.util.Arrays;
import org.stridescope.core.dtype.ByteOrder;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.FloatFormat;

/**
 * What Find looks for: either exact bytes (a hex pattern, a text in some encoding, an integer or
 * bool under a dtype), or a float under a dtype within a tolerance, which can only be told by
 * decoding the bytes at each position. {@link #width()} bytes are read at every byte offset.
 */
public sealed interface SearchPattern {

    /** How many bytes one match covers. */
    int width();

    /** What is looked for, in words: {@code 4 bytes 61 61 61 64}, {@code 1.5 ± 0.001 as <f8}. */
    String description();

    /** Whether the {@link #width()} bytes at {@code buf[at..]} match. */
    boolean matchesAt(byte[] buf, int at);

    /** These bytes, exactly. */
    record Exact(byte[] bytes, String description) implements SearchPattern {
        public Exact {
            if (bytes.length == 0) {
                throw new IllegalArgumentException("an empty pattern matches everywhere");
            }
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public int width() {
            return bytes.length;
        }

        @Override
        public boolean matchesAt(byte[] buf, int at) {
            return Arrays.equals(buf, at, at + bytes.length, bytes, 0, bytes.length);
        }
    }

    /**
     * A float of {@code dtype} (float16/32/64) whose value lies within {@code tolerance} of
     * {@code target}; NaN matches nothing, as NaN equals nothing in NumPy.
     */
    record FloatNear(DType dtype, double target, double tolerance, String description) implements SearchPattern {
        @Override
        public int width() {
            return dtype.itemsize();
        }

        @Override
        public boolean matchesAt(byte[] buf, int at) {
            int n = dtype.itemsize();
            boolean big = dtype.order() == ByteOrder.BIG;
            long bits = 0;
            for (int i = 0; i < n; i++) {
                int b = buf[at + (big ? i : n - 1 - i)] & 0xff;
                bits = (bits << 8) | b;
            }
            double v = FloatFormat.ofBytes(n).toDouble(bits);
            return Math.abs(v - target) <= tolerance;
        }
    }
}
