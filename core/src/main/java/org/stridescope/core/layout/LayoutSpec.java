package org.stridescope.core.layout;

import java.util.Arrays;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.dtype.DType;

/**
 * A layout as a person writes it, before NumPy's checks: the dtype text, the shape (null for
 * {@code np.frombuffer}), the strides (null for C order), the offset and frombuffer's count.
 * The form, the command line, batch lines and pasted NumPy code all produce one of these.
 */
public record LayoutSpec(String dtype, long[] shape, long[] strides, long offset, long count) {

    /** NumPy's default dtype, like {@code np.frombuffer(buf)}. */
    public static final String DEFAULT_DTYPE = "<f8";

    public LayoutSpec {
        dtype = dtype == null ? DEFAULT_DTYPE : dtype;
        shape = shape == null ? null : shape.clone();
        strides = strides == null ? null : strides.clone();
    }

    /** {@code np.frombuffer(buf, dtype)}: the whole buffer as 1-D. */
    public static LayoutSpec frombuffer(String dtype) {
        return new LayoutSpec(dtype, null, null, 0, -1);
    }

    /**
     * Applies NumPy's constructor: {@code np.frombuffer} when there is no shape, else
     * {@code np.ndarray(shape, dtype, buffer, offset, strides)}.
     *
     * @throws org.stridescope.core.StridescopeError NumPy's error, or a BoundsError for NumPy's holes
     */
    public Layout build(long bufferLength) {
        if (shape != null) {
            ArrayConstructors.requireShapeAxes(shape); // NumPy reads the shape before the dtype
        }
        DType type;
        try {
            type = DType.parse(dtype);
        } catch (StridescopeError e) {
            throw e.about(StridescopeError.Argument.DTYPE);
        }
        Layout built = shape == null ? ArrayConstructors.frombuffer(bufferLength, type, count, offset)
                : ArrayConstructors.ndarray(bufferLength, type, shape, strides, offset);
        return built.withSubarrayExpanded();
    }

    @Override
    public long[] shape() {
        return shape == null ? null : shape.clone();
    }

    @Override
    public long[] strides() {
        return strides == null ? null : strides.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayoutSpec s && s.dtype.equals(dtype) && s.offset == offset && s.count == count
                && Arrays.equals(s.shape, shape) && Arrays.equals(s.strides, strides);
    }

    @Override
    public int hashCode() {
        return dtype.hashCode() * 31 + Arrays.hashCode(shape) * 17 + Arrays.hashCode(strides) + Long.hashCode(offset);
    }

    @Override
    public String toString() {
        return "LayoutSpec[" + dtype + ", shape=" + Arrays.toString(shape) + ", strides=" + Arrays.toString(strides)
                + ", offset=" + offset + ", count=" + count + "]";
    }
}
