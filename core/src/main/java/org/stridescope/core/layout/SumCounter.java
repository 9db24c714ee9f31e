package org.stridescope.core.layout;

import java.util.Arrays;

/**
 * Counts the index tuples 0 <= i_k < d_k whose byte sum {@code i_0*s_0 + i_1*s_1 + ...} lies in
 * [lo, hi], without visiting them. This is what "which elements read this byte" comes down to.
 *
 * <p>How: axes of stride 0 or length 1 only multiply the count; negative strides are mirrored;
 * all strides are divided by their gcd. Then the axes are taken from the largest stride down:
 * one axis is a closed form, two axes are a lattice-point count done with floor sums (O(log)),
 * and above that each feasible value of the largest-stride axis is tried, pruned by the smallest
 * and largest sums the remaining axes can reach. Windows that the remaining axes cover entirely
 * are counted as a product at once.
 *
 * <p>Cost: O(log) for one or two moving axes (any stride, overlapping or not). For more, the
 * number of tried values multiplies level by level; at a level it is about
 * (window + span of the smaller-stride axes) / stride + 1. That is 1 or 2 when each stride
 * exceeds what the smaller ones span (C/F order, transposes, slices, broadcasts), about k+1 for
 * sliding windows of k steps, and only large for several big axes of similar, coprime strides.
 *
 * <p>All sums must fit in 64 bits, true for any layout whose elements lie in a buffer.
 */
final class SumCounter {
    private final long[] strides; // moving axes, positive, largest first
    private final long[] lengths;
    private final long[] span;    // span[k]: largest sum axes k.. can reach
    private final long[] size;    // size[k]: tuples of axes k..
    private final long still;     // tuples of the axes that do not move the sum
    private final long shift;     // sum of the mirrored axes' far ends
    private final long gcd;

    SumCounter(long[] axisStrides, long[] axisLengths) {
        int n = axisStrides.length;
        long[][] moving = new long[n][];
        int m = 0;
        long stillCount = 1;
        long mirrored = 0;
        boolean empty = false;
        for (int k = 0; k < n; k++) {
            long s = axisStrides[k];
            long d = axisLengths[k];
            if (d == 0) {
                empty = true;
            } else if (s == 0 || d == 1) {
                stillCount = Math.multiplyExact(stillCount, d);
            } else {
                if (s < 0) {
                    // i*s == s*(d-1) + |s|*(d-1-i): mirror the axis, shift the window.
                    mirrored = Math.addExact(mirrored, Math.multiplyExact(s, d - 1));
                    s = Math.negateExact(s);
                }
                moving[m++] = new long[] {s, d};
            }
        }
        long[][] axes = Arrays.copyOf(moving, empty ? 0 : m);
        Arrays.sort(axes, (x, y) -> Long.compare(y[0], x[0]));
        long g = 0;
        for (long[] a : axes) {
            g = gcd(g, a[0]);
        }
        this.gcd = Math.max(g, 1);
        this.still = empty ? 0 : stillCount;
        this.shift = mirrored;
        int c = axes.length;
        this.strides = new long[c];
        this.lengths = new long[c];
        this.span = new long[c + 1];
        this.size = new long[c + 1];
        size[c] = 1;
        for (int k = c - 1; k >= 0; k--) {
            strides[k] = axes[k][0] / gcd;
            lengths[k] = axes[k][1];
            span[k] = Math.addExact(span[k + 1], Math.multiplyExact(strides[k], lengths[k] - 1));
            size[k] = Math.multiplyExact(size[k + 1], lengths[k]);
        }
    }

    /** Number of tuples whose sum lies in [lo, hi]. */
    long count(long lo, long hi) {
        if (still == 0 || lo > hi) {
            return 0;
        }
        long from = ceilDiv(lo - shift, gcd);
        long to = Math.floorDiv(hi - shift, gcd);
        return Math.multiplyExact(still, count(0, from, to));
    }

    private long count(int k, long lo, long hi) {
        lo = Math.max(lo, 0);
        hi = Math.min(hi, span[k]);
        if (lo > hi) {
            return 0;
        }
        if (lo == 0 && hi == span[k]) {
            return size[k];
        }
        int left = strides.length - k;
        if (left == 1) {
            return Math.floorDiv(hi, strides[k]) - ceilDiv(lo, strides[k]) + 1;
        }
        if (left == 2) {
            return pairsUpTo(k, hi) - pairsUpTo(k, lo - 1);
        }
        long s = strides[k];
        long first = Math.max(0, ceilDiv(lo - span[k + 1], s));
        long last = Math.min(lengths[k] - 1, Math.floorDiv(hi, s));
        long total = 0;
        for (long i = first; i <= last; i++) {
            total += count(k + 1, lo - i * s, hi - i * s);
        }
        return total;
    }

    /**
     * Pairs (i, j), 0 <= i < n, 0 <= j < m, with a*i + b*j <= t, for the last two axes (a >= b).
     * Rows i with t - a*i >= b*(m-1) hold all m values of j; the rest hold floor((t-a*i)/b)+1,
     * summed with a floor sum after reversing i.
     */
    private long pairsUpTo(int k, long t) {
        if (t < 0) {
            return 0;
        }
        long a = strides[k];
        long n = lengths[k];
        long b = strides[k + 1];
        long m = lengths[k + 1];
        long lastRow = Math.min(n - 1, t / a);
        long roomForFull = t - b * (m - 1);
        long lastFullRow = roomForFull < 0 ? -1 : Math.min(lastRow, roomForFull / a);
        long total = (lastFullRow + 1) * m;
        long rows = lastRow - lastFullRow;
        if (rows > 0) {
            long c = t - a * lastRow;
            total += rows + FloorSum.of(rows, b, a, c);
        }
        return total;
    }

    /** Math.ceilDiv arrived only in Java 18. */
    static long ceilDiv(long x, long y) {
        return -Math.floorDiv(-x, y);
    }

    private static long gcd(long x, long y) {
        while (y != 0) {
            long r = x % y;
            x = y;
            y = r;
        }
        return x;
    }
}
