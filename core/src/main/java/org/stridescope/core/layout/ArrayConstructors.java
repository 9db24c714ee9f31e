package org.stridescope.core.layout;

import org.stridescope.core.StridescopeError;
import org.stridescope.core.dtype.DType;

/**
 * {@code np.ndarray(shape, dtype, buffer, offset, strides)} and {@code np.frombuffer(buf, dtype,
 * count, offset)} with NumPy's checks, exception types and exact messages, in NumPy's order.
 * Where NumPy would accept a layout and then read memory it does not own, a {@code BoundsError}.
 * (Skeleton: filled in by the layout work.)
 */
public final class ArrayConstructors {
    private ArrayConstructors() {
    }

    /**
     * @param strides null for C order (NumPy's {@code strides=None})
     * @throws StridescopeError with NumPy's type and message, and a plain detail
     */
    public static Layout ndarray(long bufferLength, DType dtype, long[] shape, long[] strides, long offset) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** @throws StridescopeError with NumPy's type and message, and a plain detail */
    public static Layout frombuffer(long bufferLength, DType dtype, long count, long offset) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
