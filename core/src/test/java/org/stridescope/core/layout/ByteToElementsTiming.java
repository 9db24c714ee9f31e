package org.stridescope.core.layout;

import org.stridescope.core.dtype.ByteOrder;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Kind;

/**
 * Not a test: measures {@link ByteToElements#readers} on huge layouts, microseconds per call.
 * Run with {@code java -cp core/target/classes:core/target/test-classes
 * org.stridescope.core.layout.ByteToElementsTiming}.
 */
public final class ByteToElementsTiming {
    private ByteToElementsTiming() {
    }

    public static void main(String[] args) {
        DType f8 = new DType(Kind.FLOAT, 8, ByteOrder.LITTLE, null);
        long n = 1_000_000;
        long buffer = n * n * 8;
        time("(1e6, 1e6) float64, C order", ArrayConstructors.ndarray(buffer, f8, new long[] {n, n}, null, 0), buffer);
        time("(1e6, 1e6) float64, F order",
                ArrayConstructors.ndarray(buffer, f8, new long[] {n, n}, new long[] {8, 8 * n}, 0), buffer);
        time("(1e6, 1e6) float64, strides (0, 8)",
                ArrayConstructors.ndarray(n * 8, f8, new long[] {n, n}, new long[] {0, 8}, 0), n * 8);
        time("(1e6, 1e6) float64, strides (0, 0)",
                ArrayConstructors.ndarray(8, f8, new long[] {n, n}, new long[] {0, 0}, 0), 8);
        time("(1e6, 1e6) float64, sliding window strides (8, 8)",
                ArrayConstructors.ndarray(2 * n * 8, f8, new long[] {n, n}, new long[] {8, 8}, 0), 2 * n * 8);
        time("(1e6, 1e6) float64, strides (-8e6, 8) from the end",
                ArrayConstructors.ndarray(buffer, f8, new long[] {n, n}, new long[] {-8 * n, 8}, buffer - 8 * n), buffer);
        time("(100, 100, 100, 100) float64 C order, 4 axes",
                ArrayConstructors.ndarray(8L * 100_000_000, f8, new long[] {100, 100, 100, 100}, null, 0), 8L * 100_000_000);
        time("(1e3, 1e3, 3, 3) 2-D windows strides (8e3, 8, 8e3, 8)",
                ArrayConstructors.ndarray(8L * 1002 * 1002, f8, new long[] {1000, 1000, 3, 3},
                        new long[] {8000, 8, 8000, 8}, 0), 8L * 1002 * 1002);
    }

    private static void time(String name, Layout layout, long bufferLength) {
        long[] probes = new long[1024];
        java.util.Random random = new java.util.Random(1);
        for (int k = 0; k < probes.length; k++) {
            probes[k] = Math.floorMod(random.nextLong(), bufferLength);
        }
        for (int limit : new int[] {1, 100}) {
            long sink = 0;
            for (int warm = 0; warm < 20_000; warm++) {
                sink += ByteToElements.readers(layout, probes[warm & 1023], limit).count();
            }
            int calls = 20_000;
            double micros = Double.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                long t0 = System.nanoTime();
                for (int k = 0; k < calls; k++) {
                    Readers r = ByteToElements.readers(layout, probes[k & 1023], limit);
                    sink += r.count() + r.first().size();
                }
                micros = Math.min(micros, (System.nanoTime() - t0) / 1000.0 / calls);
            }
            Readers sample = ByteToElements.readers(layout, probes[0], limit);
            System.out.printf("%-58s limit %3d: %8.2f us/call (best of 5 x %d; e.g. byte %d: %d readers)%s%n", name,
                    limit, micros, calls, sample.byteIndex(), sample.count(), sink == 42 ? " " : "");
        }
    }
}
