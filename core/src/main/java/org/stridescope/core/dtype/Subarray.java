package org.stridescope.core.dtype;

import java.util.Arrays;

/**
 * NumPy's subarray dtype {@code ('<i2', (2, 3))}: a fixed block of {@code base} elements in C
 * order. As a field it makes an array-valued field; at the top level an array of it is an array
 * of {@code base} with the shape extended ({@link org.stridescope.core.layout.Layout#withSubarraysExpanded}).
 */
public record Subarray(DType base, long[] shape) {
    public Subarray {
        shape = shape.clone();
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** The element type under any nesting: {@code <i4} for {@code (('<i4', (2,)), (3,))}. */
    public DType elementType() {
        return base.subarray() == null ? base : base.subarray().elementType();
    }

    /** The block's shape with any nested block's axes after it: {@code (3, 2)} for {@code (('<i4', (2,)), (3,))}. */
    public long[] fullShape() {
        if (base.subarray() == null) {
            return shape.clone();
        }
        long[] inner = base.subarray().fullShape();
        long[] all = Arrays.copyOf(shape, shape.length + inner.length);
        System.arraycopy(inner, 0, all, shape.length, inner.length);
        return all;
    }

    /** Elements of {@link #elementType()} per block. */
    public long count() {
        long n = 1;
        for (long d : fullShape()) {
            n *= d;
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Subarray s && base.equals(s.base) && Arrays.equals(shape, s.shape);
    }

    @Override
    public int hashCode() {
        return base.hashCode() * 31 + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return "(" + base + ", " + Arrays.toString(shape) + ")";
    }
}
