package org.stridescope.core.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stridescope.core.Vectors;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.FloatFormat;
import org.stridescope.core.layout.Layout;

/**
 * Every line of {@code expr/numpy-1.24-copied-values.jsonl} (made by
 * {@code scripts/vectors/copied_values.py} with NumPy 1.24): a view {@code a} of random bytes
 * (float16/32/64 in both byte orders, some integers; transposed, stepped, flipped, broadcast;
 * 1 to 4 axes, up to 60000 elements), an expression ({@code a.sum()}, {@code a.mean()},
 * {@code (a * 2).sum()}, {@code a * 0.1}...) and NumPy's repr of the result. The Console's
 * printing of it must be the same text, last digit included.
 */
class CopiedValuesVectorsTest {
    @Test
    void everyCopyAndNumberPrintsAsNumpyPrintedIt() {
        List<Map<?, ?>> lines = Vectors.lines("/expr/numpy-1.24-copied-values.jsonl");
        List<String> wrong = new ArrayList<>();
        for (Map<?, ?> line : lines) {
            String expected = (String) line.get("numpy");
            String got = CopiedValues.print((String) line.get("expr"), new HeapByteSource(buffer(line), "a"), layout(line));
            if (!expected.equals(got)) {
                wrong.add(line.get("expr") + " on " + line.get("dtype") + " " + line.get("shape") + " " + line.get("strides")
                        + " (seed " + line.get("seed") + "): NumPy " + expected + ", here " + got);
            }
        }
        assertThat(lines).hasSizeGreaterThan(500);
        assertThat(wrong).as("%d of %d lines differ", wrong.size(), lines.size()).isEmpty();
    }

    private static Layout layout(Map<?, ?> line) {
        return new Layout(DType.parse((String) line.get("dtype")), longs(line.get("shape")), longs(line.get("strides")),
                ((Number) line.get("offset")).longValue());
    }

    private static long[] longs(Object list) {
        return ((List<?>) list).stream().mapToLong(n -> ((Number) n).longValue()).toArray();
    }

    /** The buffer as the script builds it: each element's bits from {@link #bits}, then the patches. */
    private static byte[] buffer(Map<?, ?> line) {
        DType d = DType.parse((String) line.get("dtype"));
        int size = d.itemsize();
        byte[] buf = new byte[((Number) line.get("nbytes")).intValue()];
        long seed = ((Number) line.get("seed")).longValue();
        int spread = ((Number) line.get("spread")).intValue();
        boolean big = ((String) line.get("dtype")).startsWith(">");
        for (int k = 0; k < buf.length / size; k++) {
            long w = bits(seed, spread, d, k);
            for (int b = 0; b < size; b++) {
                buf[k * size + (big ? size - 1 - b : b)] = (byte) (w >>> (8 * b));
            }
        }
        for (Object p : (List<?>) line.get("patches")) {
            int at = ((Number) ((List<?>) p).get(0)).intValue();
            byte[] bytes = HexFormat.of().parseHex((String) ((List<?>) p).get(1));
            System.arraycopy(bytes, 0, buf, at, bytes.length);
        }
        return buf;
    }

    /** The script's {@code bits()}: a float with a random sign and fraction within {@code spread} binades of 1. */
    private static long bits(long seed, int spread, DType d, int k) {
        long h = mix((seed << 32) + k);
        int size = d.itemsize();
        if (d.kind() != org.stridescope.core.dtype.Kind.FLOAT) {
            return size == 8 ? h : h & ((1L << (8 * size)) - 1);
        }
        FloatFormat f = d.floatFormat();
        int fbits = f.precision() - 1;
        long e = f.bias() + Long.remainderUnsigned(h >>> 40, 2L * spread + 1) - spread;
        return (h >>> 63) << (f.exponentBits() + fbits) | e << fbits | (h & ((1L << fbits) - 1));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
