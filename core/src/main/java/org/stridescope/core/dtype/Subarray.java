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

    /** Elements per block. */
    public long count() {
        long n = 1;
        for (long d : shape) {
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
