package org.stridescope.core.expr;

import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Kind;
import org.stridescope.core.layout.Layout;

/**
 * An array during evaluation: its layout and, once some step has copied (a {@code ravel} of a
 * non-contiguous view, {@code .imag} of real numbers, a NumPy scalar), which step and why: from
 * then on it is no view of the buffer. A copy lives in its own memory, and its layout describes
 * that memory, because later steps (and their errors) still depend on its shape and strides.
 *
 * @param copy      null while the array is a view of the buffer
 * @param scalar    a NumPy scalar (what a full integer index gives), not a 0-d array
 * @param writeable NumPy's WRITEABLE flag: false over the read-only buffer, true in most copies
 */
record ArrayValue(Layout layout, Copy copy, boolean scalar, boolean writeable) {

    /** Where NumPy copied: a short message naming the step, and why in plain words. */
    record Copy(String message, String detail) {
    }

    static ArrayValue view(Layout layout) {
        return new ArrayValue(layout, null, false, false);
    }

    boolean isCopy() {
        return copy != null;
    }

    /** A new view of the same memory as this one (of the buffer, or of this copy). */
    ArrayValue derive(Layout newLayout) {
        return new ArrayValue(newLayout, copy, false, writeable);
    }

    /** A view NumPy marks read-only whatever its base ({@code broadcast_to}, {@code diagonal}, windows). */
    ArrayValue deriveReadOnly(Layout newLayout) {
        return new ArrayValue(newLayout, copy, false, false);
    }

    /**
     * A fresh copy, unless this already is one: the first copy is the one to explain. NumPy
     * gives newly allocated arrays without elements all-zero strides.
     */
    ArrayValue copyTo(Layout copyLayout, String message, String detail) {
        DType dtype = copyLayout.dtype();
        if (dtype.itemsize() == 0 && (dtype.kind() == Kind.BYTES || dtype.kind() == Kind.UNICODE)) {
            // new memory for a zero-length string type is made one character long (PyArray_NewFromDescr_int)
            DType one = DType.parse(dtype.str().replace('0', '1'));
            copyLayout = new Layout(one, copyLayout.shape(), Layout.cStrides(copyLayout.shape(), one.itemsize()), 0);
        }
        Layout fresh = copyLayout.size() == 0
                ? new Layout(copyLayout.dtype(), copyLayout.shape(), new long[copyLayout.ndim()], 0) : copyLayout;
        return new ArrayValue(fresh, copy != null ? copy : new Copy(message, detail), false, true);
    }

    ArrayValue withWriteable(boolean flag) {
        return new ArrayValue(layout, copy, scalar, flag);
    }

    /** What NumPy functions see when given a scalar ({@code np.asanyarray}): a 0-d array. */
    ArrayValue asArray() {
        return scalar ? new ArrayValue(layout, copy, false, true) : this;
    }
}
