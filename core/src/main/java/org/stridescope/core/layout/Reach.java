package org.stridescope.core.layout;

import java.math.BigInteger;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.format.CountText;
import org.stridescope.core.format.TupleText;

/**
 * Where the elements of a layout start, lowest and highest, each with an element that starts
 * there, computed exactly (no 64-bit overflow), so a view can be checked against its buffer.
 *
 * @param itemsize       bytes per element
 * @param lowest         first byte of the element that starts lowest
 * @param lowestElement  that element's index
 * @param highest        first byte of the element that starts highest
 * @param highestElement that element's index
 */
public record Reach(int itemsize, BigInteger lowest, long[] lowestElement, BigInteger highest, long[] highestElement) {

    /** The reach of a layout with at least one element. */
    public static Reach of(int itemsize, long[] shape, long[] strides, long offset) {
        BigInteger low = BigInteger.valueOf(offset);
        BigInteger high = low;
        long[] lowIndex = new long[shape.length];
        long[] highIndex = new long[shape.length];
        for (int k = 0; k < shape.length; k++) {
            BigInteger far = BigInteger.valueOf(strides[k]).multiply(BigInteger.valueOf(shape[k] - 1));
            if (far.signum() < 0) {
                low = low.add(far);
                lowIndex[k] = shape[k] - 1;
            } else if (far.signum() > 0) {
                high = high.add(far);
                highIndex[k] = shape[k] - 1;
            }
        }
        return new Reach(itemsize, low, lowIndex, high, highIndex);
    }

    public static Reach of(Layout layout) {
        return of(layout.dtype().itemsize(), layout.shape(), layout.strides(), layout.offset());
    }

    /** One past the last byte any element reads. */
    public BigInteger end() {
        return highest.add(BigInteger.valueOf(itemsize));
    }

    /**
     * The bytes from the lowest any element reads to one past the highest, clamped to what a long
     * holds (only a layout that was never checked against a buffer can reach further).
     */
    public ByteRange span() {
        BigInteger min = BigInteger.valueOf(Long.MIN_VALUE);
        BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
        return new ByteRange(lowest.max(min).min(max).longValue(), end().max(min).min(max).longValue());
    }

    /** The bytes a layout reads, from the lowest to one past the highest; empty at the offset when it has no elements. */
    public static ByteRange span(Layout layout) {
        if (layout.size() == 0) {
            return new ByteRange(layout.offset(), layout.offset());
        }
        return of(layout).span();
    }

    /** True when every element reads only bytes 0..bufferLength-1. */
    public boolean inside(long bufferLength) {
        return lowest.signum() >= 0 && end().compareTo(BigInteger.valueOf(bufferLength)) <= 0;
    }

    /**
     * "element [1, 1] would read bytes 16..19, but the buffer has 16 bytes (0..15)", for the
     * element that starts below the buffer if there is one, else the one that ends highest.
     */
    public String outside(long bufferLength) {
        boolean below = lowest.signum() < 0;
        BigInteger start = below ? lowest : highest;
        String what = itemsize == 0
                ? "sit at byte " + start + " (its type has no bytes)"
                : "read " + CountText.byteRun(start, start.add(BigInteger.valueOf(itemsize - 1)));
        return "element " + TupleText.index(below ? lowestElement : highestElement) + " would " + what
                + ", but " + Words.buffer(bufferLength);
    }

    /**
     * @param why the first sentence of the detail: how the layout came to reach outside
     * @throws StridescopeError a {@code BoundsError} naming an element that reads outside the
     *                          buffer, when a layout with elements reaches outside it
     */
    public static void requireInside(Layout layout, long bufferLength, String why) {
        for (long d : layout.shape()) {
            if (d == 0) {
                return; // no elements, nothing read
            }
        }
        Reach reach = of(layout);
        if (!reach.inside(bufferLength)) {
            String where = reach.outside(bufferLength);
            throw StridescopeError.boundsError(where,
                    why + " " + Character.toUpperCase(where.charAt(0)) + where.substring(1) + ".");
        }
    }
}
