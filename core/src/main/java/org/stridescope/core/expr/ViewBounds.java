package org.stridescope.core.expr;

import java.util.Arrays;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.layout.Layout;

/**
 * Refuses a view that reads outside its buffer. NumPy's {@code as_strided} checks nothing and
 * would read memory that is not part of these bytes; Stridescope says which element reads where.
 */
final class ViewBounds {
    private ViewBounds() {
    }

    static void check(Layout v, long bufferLength) {
        if (v.size() == 0 && Arrays.stream(v.shape()).anyMatch(d -> d == 0)) {
            return;
        }
        long[] lowest = new long[v.ndim()];
        long[] highest = new long[v.ndim()];
        long low;
        long high;
        try {
            low = v.offset();
            high = v.offset();
            for (int k = 0; k < v.ndim(); k++) {
                long span = Math.multiplyExact(v.stride(k), v.shape(k) - 1);
                if (span < 0) {
                    low = Math.addExact(low, span);
                    lowest[k] = v.shape(k) - 1;
                } else {
                    high = Math.addExact(high, span);
                    highest[k] = v.shape(k) - 1;
                }
            }
            high = Math.addExact(high, v.dtype().itemsize());
        } catch (ArithmeticException e) {
            throw StridescopeError.boundsError("the view's byte positions overflow 64 bits",
                    "With shape " + PyValues.tupleText(v.shape()) + " and strides " + PyValues.tupleText(v.strides())
                            + ", the distance from the first to the last element does not fit in a 64-bit number.");
        }
        String buffer = "the buffer has " + bufferLength + " bytes" + (bufferLength > 0 ? " (0.." + (bufferLength - 1) + ")" : "");
        if (low < 0) {
            throw outside(v, lowest, low, buffer);
        }
        if (high > bufferLength) {
            throw outside(v, highest, high - v.dtype().itemsize(), buffer);
        }
    }

    private static StridescopeError outside(Layout v, long[] index, long start, String buffer) {
        String where = "element " + Arrays.toString(index) + " reads bytes " + start + ".."
                + (start + v.dtype().itemsize() - 1);
        return StridescopeError.boundsError("the view reaches outside the buffer: " + where + ", but " + buffer,
                "NumPy's as_strided does no checks and would read memory that is not part of these bytes. With "
                        + "offset " + v.offset() + ", shape " + PyValues.tupleText(v.shape()) + " and strides "
                        + PyValues.tupleText(v.strides()) + ", " + where + ".");
    }
}
