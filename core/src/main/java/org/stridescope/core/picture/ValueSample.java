package org.stridescope.core.picture;

import java.util.Arrays;
import java.util.function.BooleanSupplier;
import org.stridescope.core.buffer.ByteSource;

/**
 * The finite values of a picture, all of them when there are at most {@code limit}, else an even
 * grid of rows and columns of about {@code limit} (so a view of 10^9 elements is never read
 * whole): their range, percentiles and histogram, for choosing vmin and vmax.
 */
public final class ValueSample {
    private final double[] sorted; // the finite values read, ascending
    private final long read;
    private final boolean whole;

    private ValueSample(double[] sorted, long read, boolean whole) {
        this.sorted = sorted;
        this.read = read;
        this.whole = whole;
    }

    /** The sample of {@code picture}; null when {@code cancelled} said so (asked once a row). */
    public static ValueSample of(Picture picture, ByteSource src, int limit, BooleanSupplier cancelled) {
        long h = picture.height();
        long w = picture.width();
        // As many rows as columns in proportion to the picture, at least one of each.
        double scale = Math.min(1, Math.sqrt((double) limit / ((double) h * w)));
        long rows = Math.max(1, Math.min(h, (long) Math.floor(h * scale)));
        long cols = Math.max(1, Math.min(w, limit / rows));
        double[] values = new double[(int) Math.min((long) limit, rows * cols)];
        int n = 0;
        for (long i = 0; i < rows && n < values.length; i++) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            long r = spread(i, rows, h);
            for (long j = 0; j < cols && n < values.length; j++) {
                double v = picture.value(src, r, spread(j, cols, w));
                if (Double.isFinite(v)) {
                    values[n++] = v;
                }
            }
        }
        double[] finite = Arrays.copyOf(values, n);
        Arrays.sort(finite);
        return new ValueSample(finite, rows * cols, rows == h && cols == w);
    }

    /** The {@code i}-th of {@code n} evenly spread positions in {@code 0..length-1}. */
    static long spread(long i, long n, long length) {
        return n == length ? i : (long) ((double) i * length / n);
    }

    /** True when every element was read (the range and percentiles are exact). */
    public boolean whole() {
        return whole;
    }

    /** Elements read. */
    public long read() {
        return read;
    }

    /** Finite values among them. */
    public int finiteCount() {
        return sorted.length;
    }

    /** The smallest finite value; NaN when there is none. */
    public double min() {
        return sorted.length == 0 ? Double.NaN : sorted[0];
    }

    /** The largest finite value; NaN when there is none. */
    public double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    /** NumPy's {@code np.percentile(finite, q)} (linear interpolation), q in 0..100; NaN when there is no value. */
    public double percentile(double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double at = q / 100 * (sorted.length - 1);
        int lo = (int) Math.floor(at);
        int hi = Math.min(sorted.length - 1, lo + 1);
        double t = at - lo;
        return t == 0 ? sorted[lo] : sorted[lo] + (sorted[hi] - sorted[lo]) * t;
    }

    /** How many finite values fall in each of {@code bins} equal bins from lo to hi (both ends in, the rest left out). */
    public long[] histogram(int bins, double lo, double hi) {
        long[] counts = new long[bins];
        if (!(hi > lo)) {
            if (sorted.length > 0 && bins > 0) {
                counts[0] = sorted.length;
            }
            return counts;
        }
        for (double v : sorted) {
            if (v >= lo && v <= hi) {
                counts[(int) Math.min(bins - 1, Math.floor((v - lo) / (hi - lo) * bins))]++;
            }
        }
        return counts;
    }
}
