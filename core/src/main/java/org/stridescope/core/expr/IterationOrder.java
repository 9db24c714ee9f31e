package org.stridescope.core.expr;

/**
 * The order in which NumPy 1.24's iterator (nditer, as a reduction or an elementwise ufunc uses
 * it) visits the elements of a view: axes sorted by the size of their strides, the smallest
 * innermost, each axis walked from index 0 even when its stride is negative (a reduction asks
 * the iterator not to flip it). Summing floats in another order can change the last digits, so
 * sums follow this order. See {@code npyiter_find_best_axis_ordering} in NumPy's nditer_constr.c.
 */
final class IterationOrder {
    private IterationOrder() {
    }

    /**
     * The axes from the innermost (visited fastest) to the outermost: C order's reverse, then a
     * stable insertion sort by |stride| in which a zero stride compares with nothing (a
     * broadcast axis stays where C order put it unless an axis passes over it).
     */
    static int[] axes(long[] strides) {
        int n = strides.length;
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = n - 1 - i;
        }
        for (int i0 = 1; i0 < n; i0++) {
            int moving = perm[i0];
            long s0 = strides[moving];
            int insertAt = i0;
            for (int i1 = i0 - 1; i1 >= 0; i1--) {
                long s1 = strides[perm[i1]];
                if (s0 == 0 || s1 == 0) {
                    continue; // ambiguous: look further
                }
                if (Math.abs(s1) <= Math.abs(s0)) {
                    break;
                }
                insertAt = i1;
            }
            System.arraycopy(perm, insertAt, perm, insertAt + 1, i0 - insertAt);
            perm[insertAt] = moving;
        }
        return perm;
    }

    /** The C-order positions of the elements of an array of {@code shape}, in the order visited. */
    static int[] positions(long[] shape, long[] strides) {
        int[] perm = axes(strides);
        long total = 1;
        for (long s : shape) {
            total *= s;
        }
        int[] out = new int[(int) total];
        if (total == 0) {
            return out;
        }
        long[] cStep = new long[shape.length];
        long step = 1;
        for (int k = shape.length - 1; k >= 0; k--) {
            cStep[k] = step;
            step *= shape[k];
        }
        long[] index = new long[shape.length];
        long pos = 0;
        for (int visit = 0; visit < total; visit++) {
            out[visit] = (int) pos;
            for (int p = 0; p < perm.length; p++) { // odometer, innermost axis first
                int ax = perm[p];
                index[ax]++;
                pos += cStep[ax];
                if (index[ax] < shape[ax]) {
                    break;
                }
                pos -= cStep[ax] * index[ax];
                index[ax] = 0;
            }
        }
        return out;
    }

    /**
     * The strides of a new array NumPy lays out in the memory order of one with {@code strides}
     * (an elementwise result, {@code order='K'}): contiguous, the innermost axis fastest.
     */
    static long[] keepOrderStrides(long[] shape, long[] strides, int itemsize) {
        long[] out = new long[shape.length];
        long step = itemsize;
        for (int ax : axes(strides)) {
            out[ax] = step;
            step *= Math.max(1, shape[ax]);
        }
        return out;
    }

    /**
     * The strides {@code np.empty_like} (order 'K') gives a new array laid out like one with
     * {@code strides}, as fancy indexing allocates its result's inner axes: axes by |stride|
     * from the largest (outermost) down, equal ones in axis order, a zero stride innermost
     * ({@code PyArray_CreateSortedStridePerm}).
     */
    static long[] emptyLikeStrides(long[] shape, long[] strides, int itemsize) {
        Integer[] outerFirst = new Integer[shape.length];
        for (int i = 0; i < outerFirst.length; i++) {
            outerFirst[i] = i;
        }
        java.util.Arrays.sort(outerFirst, (x, y) -> Long.compare(Math.abs(strides[y]), Math.abs(strides[x]))); // stable
        long[] out = new long[shape.length];
        long step = itemsize;
        for (int i = outerFirst.length - 1; i >= 0; i--) {
            out[outerFirst[i]] = step;
            step *= Math.max(1, shape[outerFirst[i]]);
        }
        return out;
    }
}
