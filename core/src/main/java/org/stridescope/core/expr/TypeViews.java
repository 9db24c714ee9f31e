package org.stridescope.core.expr;

import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Kind;
import org.stridescope.core.layout.Layout;

/**
 * Views that read the same bytes as another type: {@code .view(dtype)} (NumPy 1.24's
 * {@code array_descr_set}: a different item size rescales the last axis, which must then be
 * contiguous), and {@code .real}/{@code .imag} of complex numbers (each component is a float
 * of half the size, the imaginary one starting half an item later).
 */
final class TypeViews {
    private TypeViews() {
    }

    static Layout view(Layout a, DType newType) {
        int oldSize = a.dtype().itemsize();
        if (newType.kind() == Kind.VOID && newType.itemsize() == 0) {
            // An unsized void means "void of the current item size".
            newType = new DType(Kind.VOID, oldSize, newType.order(), null);
        }
        int newSize = newType.itemsize();
        if (newType.subarray() != null) { // NumPy then appends the block's axes
            if (newSize != oldSize) {
                throw PyValues.valueError("Changing the dtype to a subarray type is only supported if the total "
                        + "itemsize is unchanged", "A subarray type of " + newSize + " bytes cannot replace items of "
                        + oldSize + " bytes.");
            }
            return a.withDType(newType).withSubarrayExpanded();
        }
        if (newSize == oldSize) {
            return a.withDType(newType);
        }
        if (a.ndim() == 0) {
            throw PyValues.valueError("Changing the dtype of a 0d array is only supported if the itemsize is unchanged",
                    "A 0-d array has no axis to absorb the change from " + oldSize + " to " + newSize + " bytes.");
        }
        int last = a.ndim() - 1;
        long[] shape = a.shape();
        long[] strides = a.strides();
        if (shape[last] != 1 && a.size() != 0 && strides[last] != oldSize) {
            throw PyValues.valueError("To change to a dtype of a different size, the last axis must be contiguous",
                    "The last axis steps " + strides[last] + " bytes, not one item (" + oldSize + " bytes), so its "
                            + "bytes do not form one run that can be cut into items of " + newSize + " bytes.");
        }
        if (newSize < oldSize) {
            if (newSize == 0 || oldSize % newSize != 0) {
                throw PyValues.valueError("When changing to a smaller dtype, its size must be a divisor of the size of "
                        + "original dtype", newSize + " bytes do not divide " + oldSize + " bytes evenly.");
            }
            shape[last] *= oldSize / newSize;
        } else {
            long bytes = shape[last] * oldSize;
            if (bytes % newSize != 0) {
                throw PyValues.valueError("When changing to a larger dtype, its size must be a divisor of the total size "
                        + "in bytes of the last axis of the array.", "The last axis holds " + bytes
                        + " bytes, which do not split into items of " + newSize + " bytes.");
            }
            shape[last] = bytes / newSize;
        }
        strides[last] = newSize;
        return new Layout(newType, shape, strides, a.offset());
    }

    /** The real or imaginary part of complex numbers, as a view; null for other types. */
    static Layout complexPart(Layout a, boolean imaginary) {
        DType t = a.dtype();
        if (t.kind() != Kind.COMPLEX) {
            return null;
        }
        int half = t.itemsize() / 2;
        DType part = new DType(Kind.FLOAT, half, t.order(), null);
        return new Layout(part, a.shape(), a.strides(), a.offset() + (imaginary ? half : 0));
    }
}
