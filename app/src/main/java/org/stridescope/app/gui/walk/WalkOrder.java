package org.stridescope.app.gui.walk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stridescope.core.layout.CIndexWalk;
import org.stridescope.core.layout.Layout;

/**
 * An order to visit every element in, by rank 0 .. size-1, without listing the elements: index
 * order (C order, the last axis fastest) or memory order (by the byte each element starts at;
 * elements starting at the same byte by index).
 *
 * <p>The rule for memory order: when every axis's |stride| exceeds the byte span of the axes with
 * smaller strides (C and Fortran order, transposes, slices, negative strides, broadcasts), the
 * axes nest and walking them from the largest |stride| to the smallest, each towards higher
 * addresses, with stride-0 axes innermost, is exactly memory order, for any size. Otherwise
 * (elements interleave: sliding windows, odd strides) arrays of up to {@value #SORT_LIMIT}
 * elements are sorted by byte offset, ties by index (NumPy's stable argsort), and larger ones
 * use the axis walk above, which is then only roughly memory order, and {@link #note()} says so.
 */
public interface WalkOrder {
    /** Elements sorted exactly when their axes do not nest; above this the order is approximate. */
    int SORT_LIMIT = 1 << 18;

    long size();

    /** The rank of the element at {@code index} in this order. */
    long rankOf(long[] index);

    /** The element at {@code rank}. */
    long[] indexAt(long rank);

    /** How this order was made, in a few words. */
    String note();

    static WalkOrder cOrder(Layout l) {
        return new AxisOrder(l.shape(), identity(l.ndim()), new boolean[l.ndim()],
                "index order (C): the last axis fastest");
    }

    static WalkOrder memoryOrder(Layout l) {
        int n = l.ndim();
        List<Integer> moving = new ArrayList<>();
        List<Integer> still = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            (l.stride(k) != 0 && l.shape(k) > 1 ? moving : still).add(k);
        }
        // Largest |stride| outermost; equal strides keep axis order (stable sort).
        moving.sort((x, y) -> Long.compare(Math.abs(l.stride(y)), Math.abs(l.stride(x))));
        boolean nests = true;
        long inner = 0; // byte span of the axes inside the current one
        for (int i = moving.size() - 1; i >= 0; i--) {
            int k = moving.get(i);
            long s = Math.abs(l.stride(k));
            nests &= s > inner;
            inner = inner + s * (l.shape(k) - 1);
        }
        int[] axes = new int[n];
        boolean[] reversed = new boolean[n];
        int at = 0;
        for (int k : moving) {
            reversed[at] = l.stride(k) < 0;
            axes[at++] = k;
        }
        for (int k : still) {
            axes[at++] = k;
        }
        if (nests) {
            return new AxisOrder(l.shape(), axes, reversed, "memory order: by byte offset (the axes nest, so exact)");
        }
        if (l.size() <= SORT_LIMIT) {
            return new SortedOrder(l);
        }
        return new AxisOrder(l.shape(), axes, reversed, "memory order, roughly: elements interleave and there are more than "
                + String.format("%,d", SORT_LIMIT) + " to sort, so the walk goes axis by axis from the largest |stride|");
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        Arrays.setAll(a, i -> i);
        return a;
    }

    /** Axes visited in a given nesting (outermost first), some of them backwards: O(ndim) a step. */
    final class AxisOrder implements WalkOrder {
        private final long[] shape;
        private final int[] axes;
        private final boolean[] reversed; // by position in axes
        private final String note;

        AxisOrder(long[] shape, int[] axes, boolean[] reversed, String note) {
            this.shape = shape;
            this.axes = axes;
            this.reversed = reversed;
            this.note = note;
        }

        @Override
        public long size() {
            long n = 1;
            for (long d : shape) {
                n *= d;
            }
            return n;
        }

        @Override
        public long rankOf(long[] index) {
            long r = 0;
            for (int i = 0; i < axes.length; i++) {
                long d = shape[axes[i]];
                long v = index[axes[i]];
                r = r * d + (reversed[i] ? d - 1 - v : v);
            }
            return r;
        }

        @Override
        public long[] indexAt(long rank) {
            long[] index = new long[shape.length];
            for (int i = axes.length - 1; i >= 0; i--) {
                long d = shape[axes[i]];
                long v = d == 0 ? 0 : rank % d;
                rank = d == 0 ? 0 : rank / d;
                index[axes[i]] = reversed[i] ? d - 1 - v : v;
            }
            return index;
        }

        @Override
        public String note() {
            return note;
        }
    }

    /**
     * Every element sorted by (byte offset, C index): exact for any layout, sorted at the first
     * step (not when the layout changes, so typing stays quick).
     */
    final class SortedOrder implements WalkOrder {
        private final Layout layout;
        private final long[] shape;
        private long[] offsets; // by rank
        private long[] flats;   // by rank

        SortedOrder(Layout l) {
            layout = l;
            shape = l.shape();
        }

        private void sort() {
            if (flats != null) {
                return;
            }
            Layout l = layout;
            int n = (int) l.size();
            long[] off = new long[n];
            CIndexWalk.walk(l, 0, n, (flat, index, pos) -> off[(int) flat] = pos);
            long min = Arrays.stream(off).min().orElse(0);
            // One sort of packed keys (offset - min, flat), which orders exactly as the pair does.
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = Math.addExact(Math.multiplyExact(off[i] - min, (long) n), i);
            }
            Arrays.sort(keys);
            offsets = new long[n];
            flats = new long[n];
            for (int r = 0; r < n; r++) {
                flats[r] = keys[r] % n;
                offsets[r] = off[(int) flats[r]];
            }
        }

        @Override
        public long size() {
            return layout.size();
        }

        @Override
        public long rankOf(long[] index) {
            sort();
            long pos = layout.byteOf(index);
            long flat = CIndexWalk.ravel(index, shape);
            int lo = 0;
            int hi = flats.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = offsets[mid] != pos ? Long.compare(offsets[mid], pos) : Long.compare(flats[mid], flat);
                if (c < 0) {
                    lo = mid + 1;
                } else if (c > 0) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return 0;
        }

        @Override
        public long[] indexAt(long rank) {
            sort();
            return CIndexWalk.unravel(flats[(int) rank], shape);
        }

        @Override
        public String note() {
            return "memory order: every element sorted by byte offset, ties by index (exact)";
        }
    }
}
