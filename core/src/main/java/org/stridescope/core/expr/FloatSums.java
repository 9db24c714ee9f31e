package org.stridescope.core.expr;

import org.stridescope.core.dtype.Float16;

/**
 * Float sums and means as NumPy 1.24 computes them, so the last digit agrees. Its reduction
 * iterator hands the values over in chunks of 8192 (its buffer size) in {@link IterationOrder};
 * each chunk is added to a running total that starts at 0 (add's identity). float32 and float64
 * chunks are summed pairwise ({@code pairwise_sum} in NumPy's loops_utils.h.src); a float16
 * chunk is summed one by one in float32, and the total rounds to float16 after each chunk (so
 * NumPy 1.24.2 measures: not pairwise, unlike float32). The vectors of
 * {@code scripts/vectors/copied_values.py} hold NumPy to each of these rules.
 * Values come as doubles, already in the order visited and exact in the type summed.
 */
final class FloatSums {
    /** NumPy's default buffer size: how many values one call of the inner loop gets. */
    static final int CHUNK = 8192;

    private FloatSums() {
    }

    /** The sum in float32 ({@code single}) or float64 arithmetic. */
    static double sum(double[] x, boolean single) {
        double total = 0.0;
        for (int from = 0; from < x.length; from += CHUNK) {
            total = round(total + pairwise(x, from, Math.min(CHUNK, x.length - from), single), single);
        }
        return total;
    }

    /** A float16 array's sum (its own type), as a double holding a float16 value. */
    static double sumHalf(double[] x) {
        double total = 0.0;
        for (int from = 0; from < x.length; from += CHUNK) {
            float r = (float) total;
            for (int i = from; i < Math.min(x.length, from + CHUNK); i++) {
                r += (float) x[i];
            }
            total = Float16.round(r);
        }
        return total;
    }

    /**
     * The mean of floats of {@code itemsize} bytes: the sum (float16's in float32) divided by the
     * count in float64, then rounded back to the array's type, as {@code _methods._mean} does.
     */
    static double mean(double[] x, int itemsize) {
        double s = sum(x, itemsize <= 4);
        double m = s / x.length;
        return switch (itemsize) {
            case 2 -> Float16.round(m);
            case 4 -> (float) m;
            default -> m;
        };
    }

    private static double round(double v, boolean single) {
        return single ? (float) v : v;
    }

    /** One inner-loop call: 8 accumulators over blocks of up to 128, halves above that. */
    private static double pairwise(double[] a, int from, int n, boolean single) {
        if (n < 8) {
            double res = 0.0;
            for (int i = 0; i < n; i++) {
                res = round(res + a[from + i], single);
            }
            return res;
        }
        if (n <= 128) {
            double[] r = new double[8];
            System.arraycopy(a, from, r, 0, 8);
            int i;
            for (i = 8; i < n - (n % 8); i += 8) {
                for (int j = 0; j < 8; j++) {
                    r[j] = round(r[j] + a[from + i + j], single);
                }
            }
            double res = round(round(round(r[0] + r[1], single) + round(r[2] + r[3], single), single)
                    + round(round(r[4] + r[5], single) + round(r[6] + r[7], single), single), single);
            for (; i < n; i++) {
                res = round(res + a[from + i], single);
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return round(pairwise(a, from, n2, single) + pairwise(a, from + n2, n - n2, single), single);
    }
}
