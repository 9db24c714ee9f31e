package org.stridescope.core.layout;

import java.util.Arrays;
import java.util.Objects;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Subarray;

/**
 * How an array sits in a buffer: dtype, shape, strides (bytes, may be negative or zero) and the
 * offset of element [0, ..., 0]. Immutable; arrays are copied in and out.
 * A Layout says nothing about legality: {@link ArrayConstructors} applies NumPy's checks.
 */
public final class Layout {
    private final DType dtype;
    private final long[] shape;
    private final long[] strides;
    private final long offset;
    /** 'C' or 'F' when NumPy filled the strides in itself in that order, else 0. */
    private final char filledIn;

    public Layout(DType dtype, long[] shape, long[] strides, long offset) {
        this(dtype, shape, strides, offset, (char) 0);
    }

    private Layout(DType dtype, long[] shape, long[] strides, long offset, char filledIn) {
        this.filledIn = filledIn;
        this.dtype = Objects.requireNonNull(dtype);
        if (shape.length != strides.length) {
            throw new IllegalArgumentException("shape and strides differ in length");
        }
        this.shape = shape.clone();
        this.strides = strides.clone();
        this.offset = offset;
    }

    /**
     * A C-order layout whose strides NumPy filled in itself ({@code strides=None}). NumPy then
     * sets the contiguity flags from the shape, not the strides, which differs only for
     * zero-byte types (see {@link FlagRules}).
     */
    static Layout cOrderFilledIn(DType dtype, long[] shape, long offset) {
        return filledIn(dtype, shape, offset, false);
    }

    /**
     * A contiguous layout whose strides NumPy filled in itself, in C or Fortran order, as a
     * reshape of a contiguous array does ({@code PyArray_Newshape} passes no strides).
     */
    public static Layout filledIn(DType dtype, long[] shape, long offset, boolean fortran) {
        int itemsize = dtype.itemsize();
        return fortran ? new Layout(dtype, shape, fStrides(shape, itemsize), offset, 'F')
                : new Layout(dtype, shape, cStrides(shape, itemsize), offset, 'C');
    }

    /**
     * NumPy's array of a subarray dtype ({@code '(2,3)i4'}): an array of the block's base type with
     * the block's axes (C order) appended; this layout itself for any other dtype.
     */
    public Layout withSubarrayExpanded() {
        Subarray sub = dtype.subarray();
        if (sub == null) {
            return this;
        }
        long[] block = sub.shape();
        long[] blockStrides = cStrides(block, sub.base().itemsize());
        long[] newShape = Arrays.copyOf(shape, shape.length + block.length);
        long[] newStrides = Arrays.copyOf(strides, strides.length + block.length);
        System.arraycopy(block, 0, newShape, shape.length, block.length);
        System.arraycopy(blockStrides, 0, newStrides, strides.length, block.length);
        return new Layout(sub.base(), newShape, newStrides, offset).withSubarrayExpanded();
    }

    /** True when NumPy filled the strides in (C or Fortran order) rather than being given them. */
    public boolean stridesFilledIn() {
        return filledIn != 0;
    }

    /** True when NumPy filled the strides in as Fortran order. */
    public boolean filledInFortran() {
        return filledIn == 'F';
    }

    /** C-order strides for this shape and item size. */
    public static long[] cStrides(long[] shape, int itemsize) {
        long[] s = new long[shape.length];
        long step = itemsize;
        for (int k = shape.length - 1; k >= 0; k--) {
            s[k] = step;
            step *= Math.max(shape[k], 1);
        }
        return s;
    }

    /** Fortran-order strides for this shape and item size. */
    public static long[] fStrides(long[] shape, int itemsize) {
        long[] s = new long[shape.length];
        long step = itemsize;
        for (int k = 0; k < shape.length; k++) {
            s[k] = step;
            step *= Math.max(shape[k], 1);
        }
        return s;
    }

    public DType dtype() {
        return dtype;
    }

    public long[] shape() {
        return shape.clone();
    }

    public long[] strides() {
        return strides.clone();
    }

    public long shape(int axis) {
        return shape[axis];
    }

    public long stride(int axis) {
        return strides[axis];
    }

    public long offset() {
        return offset;
    }

    public int ndim() {
        return shape.length;
    }

    /** Number of elements (1 for a 0-d array). */
    public long size() {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    public long nbytes() {
        return size() * dtype.itemsize();
    }

    /** Where the element at {@code index} starts: offset + sum of index[k] * strides[k]. */
    public long byteOf(long[] index) {
        long pos = offset;
        for (int k = 0; k < shape.length; k++) {
            pos += index[k] * strides[k];
        }
        return pos;
    }

    /** The bytes the element at {@code index} reads. */
    public ByteRange bytesOf(long[] index) {
        return ByteRange.ofLength(byteOf(index), dtype.itemsize());
    }

    public Layout withDType(DType newType) {
        return new Layout(newType, shape, strides, offset);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Layout l && l.dtype.equals(dtype) && l.offset == offset
                && Arrays.equals(l.shape, shape) && Arrays.equals(l.strides, strides);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dtype, offset, Arrays.hashCode(shape), Arrays.hashCode(strides));
    }

    @Override
    public String toString() {
        return "Layout[" + dtype.str() + ", shape=" + Arrays.toString(shape) + ", strides="
                + Arrays.toString(strides) + ", offset=" + offset + "]";
    }
}
