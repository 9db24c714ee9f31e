package org.stridescope.core.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stridescope.core.dtype.ByteOrder;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Kind;
import org.stridescope.core.format.TupleText;

/**
 * Whether some byte is read by two different elements of a layout, and why, in one line: NumPy's
 * "internal overlap" ({@code mem_overlap.c: solve_may_have_internal_overlap}), the question a
 * ufunc asks before writing into an array. Broadcasting (stride 0 on an axis longer than 1) and
 * sliding windows overlap; C/F order, transposes, slices and {@code .real} do not.
 *
 * <p>The answer is exact. Elements i != j share a byte exactly when their starts are less than
 * an itemsize apart: {@code |sum d_k * s_k| < itemsize} for the difference {@code d = i - j},
 * each {@code d_k} in {@code [-(n_k - 1), n_k - 1]}, not all 0. Easy layouts are answered at
 * once: stride 0 on a long axis overlaps; axes that each step past all the bytes the
 * smaller-stride axes cover cannot overlap. The rest is that difference problem, solved by
 * {@link ByteToElements} over a layout of the differences, which also names two elements that
 * share a byte. Only if its sums overflow 64 bits (dozens of axes) does this fall back to
 * counting bytes, and failing that assumes overlap, as NumPy does when the question is too hard.
 */
public record Overlap(boolean overlapping, String reason) {
    private static final DType ONE_BYTE = new DType(Kind.UINT, 1, ByteOrder.NOT_APPLICABLE, null);

    /** Whether {@code layout} reads any byte twice, with a plain reason. */
    public static Overlap of(Layout layout) {
        int itemsize = layout.dtype().itemsize();
        if (layout.size() == 0) {
            return no("no elements, so no byte is read twice");
        }
        if (itemsize == 0) {
            return no("elements of 0 bytes read nothing");
        }
        List<Integer> moving = new ArrayList<>();
        for (int k = 0; k < layout.ndim(); k++) {
            if (layout.shape(k) > 1) {
                if (layout.stride(k) == 0) {
                    return yes("axis " + k + " has stride 0: all " + layout.shape(k)
                            + " indices along it read the same bytes");
                }
                moving.add(k);
            }
        }
        if (moving.isEmpty()) {
            return no("one element cannot overlap itself");
        }
        if (stepsPastSmallerAxes(layout, moving)) {
            return no(moving.size() == 1
                    ? "stride " + Math.abs(layout.stride(moving.get(0))) + " >= itemsize " + itemsize
                            + ": each element starts after the one before ends"
                    : "each axis steps past all the bytes of the axes with smaller strides, so no byte is read twice");
        }
        try {
            return solved(layout, moving);
        } catch (ArithmeticException tooBig) {
            return byCounting(layout);
        }
    }

    private static Overlap yes(String reason) {
        return new Overlap(true, reason);
    }

    private static Overlap no(String reason) {
        return new Overlap(false, reason);
    }

    /**
     * Axes sorted by |stride|: if each one's step is at least the bytes the smaller ones span
     * (one element's itemsize plus their reach), its copies of that block never meet.
     */
    private static boolean stepsPastSmallerAxes(Layout layout, List<Integer> moving) {
        List<Integer> byStride = new ArrayList<>(moving);
        byStride.sort((x, y) -> Long.compare(Math.abs(layout.stride(x)), Math.abs(layout.stride(y))));
        long covered = layout.dtype().itemsize();
        for (int k : byStride) {
            long step = Math.abs(layout.stride(k));
            if (step < covered) {
                return false;
            }
            try {
                covered = Math.addExact(covered, Math.multiplyExact(step, layout.shape(k) - 1));
            } catch (ArithmeticException e) {
                return true; // nothing is left to step past it
            }
        }
        return true;
    }

    /**
     * The differences as a layout: axis k of length 2n_k - 1, index e_k = d_k + n_k - 1, placed
     * so the zero difference starts at byte 0. Its one-byte "elements" within (-itemsize, itemsize)
     * are the differences that make two elements share a byte; the zero difference is always one.
     */
    private static Overlap solved(Layout layout, List<Integer> moving) {
        int m = moving.size();
        long[] shape = new long[m];
        long[] strides = new long[m];
        long zeroAt = 0;
        for (int a = 0; a < m; a++) {
            int k = moving.get(a);
            shape[a] = Math.addExact(Math.multiplyExact(2, layout.shape(k)), -1);
            strides[a] = layout.stride(k);
            zeroAt = Math.addExact(zeroAt, Math.multiplyExact(layout.shape(k) - 1, layout.stride(k)));
        }
        Layout differences = new Layout(ONE_BYTE, shape, strides, -zeroAt);
        int itemsize = layout.dtype().itemsize();
        // A few solutions in C order; the smallest difference makes the plainest example.
        ElementsInRange close = ByteToElements.elementsIn(differences, new ByteRange(1 - itemsize, itemsize), 16);
        long[] best = null;
        long bestSize = Long.MAX_VALUE;
        for (long[] e : close.first()) {
            long[] d = new long[m];
            long size = 0;
            for (int a = 0; a < m; a++) {
                d[a] = e[a] - (layout.shape(moving.get(a)) - 1);
                size += Math.abs(d[a]);
            }
            if (size > 0 && size < bestSize) {
                best = d;
                bestSize = size;
            }
        }
        if (best != null) {
            long[] first = new long[layout.ndim()];
            long[] second = new long[layout.ndim()];
            for (int a = 0; a < m; a++) {
                first[moving.get(a)] = Math.max(best[a], 0);
                second[moving.get(a)] = Math.max(-best[a], 0);
            }
            return sharedByte(layout, first, second);
        }
        return no("the strides interleave the elements without touching: no byte is read twice");
    }

    private static Overlap sharedByte(Layout layout, long[] i, long[] j) {
        long[] earlier = i;
        long[] later = j;
        if (Arrays.compare(i, j) > 0) {
            earlier = j;
            later = i;
        }
        long shared = Math.max(layout.byteOf(earlier), layout.byteOf(later));
        return yes("elements " + TupleText.index(earlier) + " and " + TupleText.index(later) + " both read byte " + shared);
    }

    /** More elements than bytes for them proves overlap; otherwise assume it, as NumPy does. */
    private static Overlap byCounting(Layout layout) {
        Reach reach = Reach.of(layout);
        java.math.BigInteger span = reach.end().subtract(reach.lowest());
        java.math.BigInteger needed = java.math.BigInteger.valueOf(layout.dtype().itemsize());
        for (int k = 0; k < layout.ndim(); k++) {
            needed = needed.multiply(java.math.BigInteger.valueOf(layout.shape(k)));
        }
        if (needed.compareTo(span) > 0) {
            return yes(needed + " bytes of elements lie in " + span + " bytes, so some are read twice");
        }
        return yes("too many axes to check exactly; assumed overlapping, as NumPy does when the question is too hard");
    }
}
