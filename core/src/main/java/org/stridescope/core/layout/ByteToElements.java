package org.stridescope.core.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Which elements read a byte, solved arithmetically rather than by scanning every element, so
 * it answers at once for 10^12-element layouts, stride-0 (broadcast) and overlapping ones too.
 *
 * <p>Element i starts at {@code offset + sum(i_k * s_k)} and reads {@code itemsize} bytes, so it
 * reads byte p when that sum lies in [p - offset - itemsize + 1, p - offset]. {@link SumCounter}
 * counts such index tuples without visiting them. The first few in C order come from a
 * depth-first walk over the axes in order that only steps into values the counter says still
 * lead to a solution (binary search finds the next such value when there are gaps), so its cost
 * is about (ndim x log(length) counts) per element listed. Axes that do not move the byte
 * (stride 0 or length 1) are set aside and every value of them is listed.
 */
public final class ByteToElements {
    private ByteToElements() {
    }

    /** Every element of {@code layout} whose bytes include {@code pos}: exact count, first {@code limit} in C order. */
    public static Readers readers(Layout layout, long pos, int limit) {
        Found found = find(layout, pos, pos, limit);
        return new Readers(pos, found.count, found.first);
    }

    /** Every element that reads at least one byte of {@code range}: exact count, first {@code limit} in C order. */
    public static ElementsInRange elementsIn(Layout layout, ByteRange range, int limit) {
        Found found = find(layout, range.start(), range.last(), limit);
        return new ElementsInRange(range, found.count, found.first);
    }

    /** How many elements start at a byte in {@code [first, last]} (0 when {@code first > last}): exact. */
    public static long startingIn(Layout layout, long first, long last) {
        if (first > last) {
            return 0;
        }
        return new SumCounter(layout.strides(), layout.shape()).count(first - layout.offset(), last - layout.offset());
    }

    private record Found(long count, List<long[]> first) {
    }

    private static Found find(Layout layout, long firstByte, long lastByte, int limit) {
        int itemsize = layout.dtype().itemsize();
        if (itemsize == 0 || firstByte > lastByte) {
            return new Found(0, List.of()); // elements of no bytes read nothing
        }
        long lo = firstByte - layout.offset() - (itemsize - 1);
        long hi = lastByte - layout.offset();
        long[] shape = layout.shape();
        long[] strides = layout.strides();
        long count = new SumCounter(strides, shape).count(lo, hi);
        if (count == 0 || limit <= 0) {
            return new Found(count, List.of());
        }
        Walk walk = new Walk(shape, strides, Math.min(limit, count));
        walk.solve(0, lo, hi, new long[walk.moving.length]);
        List<long[]> first = new ArrayList<>();
        walk.spread(0, 0, walk.solutions.size(), new long[shape.length], first);
        return new Found(count, first);
    }

    /** The first solutions in C order: moving axes by search, then the still axes spread in. */
    private static final class Walk {
        final long[] shape;
        final int[] moving;         // axes that move the byte, in axis order
        final int[] movingRank;     // axis -> position in moving, -1 for still axes
        final long[] strides;       // of the moving axes
        final long[] lengths;
        final long[] reachDown;     // reachDown[j]: lowest sum moving axes j.. can add (<= 0)
        final long[] reachUp;       // reachUp[j]: highest sum they can add (>= 0)
        final SumCounter[] rest;    // rest[j]: counter for moving axes j..
        final long limit;
        final List<long[]> solutions = new ArrayList<>();

        Walk(long[] shape, long[] allStrides, long limit) {
            this.shape = shape;
            this.limit = limit;
            movingRank = new int[shape.length];
            int m = 0;
            for (int k = 0; k < shape.length; k++) {
                boolean moves = allStrides[k] != 0 && shape[k] > 1;
                movingRank[k] = moves ? m++ : -1;
            }
            moving = new int[m];
            strides = new long[m];
            lengths = new long[m];
            for (int k = 0; k < shape.length; k++) {
                if (movingRank[k] >= 0) {
                    moving[movingRank[k]] = k;
                    strides[movingRank[k]] = allStrides[k];
                    lengths[movingRank[k]] = shape[k];
                }
            }
            reachDown = new long[m + 1];
            reachUp = new long[m + 1];
            rest = new SumCounter[m + 1];
            rest[m] = new SumCounter(new long[0], new long[0]);
            for (int j = m - 1; j >= 0; j--) {
                long far = strides[j] * (lengths[j] - 1);
                reachDown[j] = reachDown[j + 1] + Math.min(0, far);
                reachUp[j] = reachUp[j + 1] + Math.max(0, far);
                rest[j] = counterFor(j, 0, lengths[j] - 1);
            }
        }

        /** Lists solutions of moving axes j.. with the sum in [lo, hi], in C order, up to the limit. */
        void solve(int j, long lo, long hi, long[] prefix) {
            if (j == moving.length) {
                solutions.add(prefix.clone());
                return;
            }
            long s = strides[j];
            // Values of i_j for which the remaining axes can still reach the window at all.
            long a = lo - reachUp[j + 1];
            long b = hi - reachDown[j + 1];
            long first = Math.max(0, s > 0 ? SumCounter.ceilDiv(a, s) : SumCounter.ceilDiv(b, s));
            long last = Math.min(lengths[j] - 1, s > 0 ? Math.floorDiv(b, s) : Math.floorDiv(a, s));
            for (long i = first; i <= last && solutions.size() < limit; i++) {
                i = nextLeadingSomewhere(j, i, last, lo, hi);
                if (i < 0) {
                    return;
                }
                prefix[j] = i;
                solve(j + 1, lo - i * s, hi - i * s, prefix);
            }
        }

        /** The smallest i in [from, last] for which axes j+1.. can complete the sum, or -1. */
        private long nextLeadingSomewhere(int j, long from, long last, long lo, long hi) {
            long s = strides[j];
            if (rest[j + 1].count(lo - from * s, hi - from * s) > 0) {
                return from;
            }
            if (from == last || solutionsWith(j, from + 1, last, lo, hi) == 0) {
                return -1;
            }
            long a = from + 1;
            long b = last;
            while (a < b) {
                long mid = a + (b - a) / 2;
                if (solutionsWith(j, a, mid, lo, hi) > 0) {
                    b = mid;
                } else {
                    a = mid + 1;
                }
            }
            return a;
        }

        /** Solutions of axes j.. with i_j restricted to [from, to]. */
        private long solutionsWith(int j, long from, long to, long lo, long hi) {
            long shift = from * strides[j];
            return counterFor(j, from, to).count(lo - shift, hi - shift);
        }

        private SumCounter counterFor(int j, long from, long to) {
            int n = moving.length - j;
            long[] s = new long[n];
            long[] d = new long[n];
            System.arraycopy(strides, j, s, 0, n);
            System.arraycopy(lengths, j, d, 0, n);
            d[0] = to - from + 1;
            return new SumCounter(s, d);
        }

        /**
         * Walks all axes in C order: a still axis takes every value, a moving axis takes the
         * values of the found solutions [from, to) that agree with the indices chosen so far.
         */
        void spread(int axis, int from, int to, long[] index, List<long[]> out) {
            if (out.size() >= limit) {
                return;
            }
            if (axis == shape.length) {
                out.add(index.clone());
                return;
            }
            int j = movingRank[axis];
            if (j < 0) {
                for (long v = 0; v < shape[axis] && out.size() < limit; v++) {
                    index[axis] = v;
                    spread(axis + 1, from, to, index, out);
                }
                return;
            }
            int p = from;
            while (p < to && out.size() < limit) {
                long v = solutions.get(p)[j];
                int q = p;
                while (q < to && solutions.get(q)[j] == v) {
                    q++;
                }
                index[axis] = v;
                spread(axis + 1, p, q, index, out);
                p = q;
            }
        }
    }
}
