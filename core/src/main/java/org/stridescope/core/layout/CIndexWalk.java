package org.stridescope.core.layout;

/**
 * Visits elements in C (row-major) index order, from flat position {@code start} to {@code stop},
 * keeping the byte position incrementally so a walk costs O(1) per element.
 */
public final class CIndexWalk {
    private CIndexWalk() {
    }

    /** Receives each element; {@code index} is reused between calls, copy it to keep it. */
    @FunctionalInterface
    public interface Visitor {
        void visit(long flat, long[] index, long byteOffset);
    }

    /** The index of flat C-order position {@code flat}. */
    public static long[] unravel(long flat, long[] shape) {
        long[] index = new long[shape.length];
        for (int k = shape.length - 1; k >= 0; k--) {
            if (shape[k] > 0) {
                index[k] = flat % shape[k];
                flat /= shape[k];
            }
        }
        return index;
    }

    /** Flat C-order position of {@code index}. */
    public static long ravel(long[] index, long[] shape) {
        long flat = 0;
        for (int k = 0; k < shape.length; k++) {
            flat = flat * shape[k] + index[k];
        }
        return flat;
    }

    public static void walk(Layout layout, long start, long stop, Visitor visitor) {
        long size = layout.size();
        stop = Math.min(stop, size);
        if (start >= stop) {
            return;
        }
        long[] shape = layout.shape();
        long[] strides = layout.strides();
        long[] index = unravel(start, shape);
        long pos = layout.byteOf(index);
        int last = shape.length - 1;
        for (long flat = start; flat < stop; flat++) {
            visitor.visit(flat, index, pos);
            // advance the odometer, carrying into earlier axes
            for (int k = last; k >= 0; k--) {
                index[k]++;
                pos += strides[k];
                if (index[k] < shape[k]) {
                    break;
                }
                pos -= strides[k] * index[k];
                index[k] = 0;
            }
        }
    }
}
