package org.stridescope.core.expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stridescope.core.format.CountText;
import org.stridescope.core.layout.FlagRules;
import org.stridescope.core.layout.Flags;
import org.stridescope.core.layout.Layout;

/**
 * {@code reshape} and {@code ravel} as NumPy does them ({@code shape.c: PyArray_Newshape,
 * _attempt_nocopy_reshape}, {@code PyArray_Ravel}): a new shape is a view only when the
 * elements, read in the requested order, can still be reached with one stride per new axis;
 * otherwise NumPy copies, and the result is no view of these bytes.
 */
final class Reshaping {
    private Reshaping() {
    }

    /** {@code a.reshape(shape, order=...)}; order is 'C', 'F' or 'A'. */
    static ArrayValue reshape(ArrayValue array, long[] requested, char order) {
        Layout a = array.layout();
        boolean fortran = order == 'F' || (order == 'A' && isFortran(a));
        if (Arrays.equals(requested, a.shape())) { // PyArray_View: the same strides, given
            return array.derive(new Layout(a.dtype(), a.shape(), a.strides(), a.offset()));
        }
        long[] shape = fixUnknownDimension(requested, a.size());
        Flags flags = FlagRules.of(a);
        long[] strides = null;
        ArrayValue source = array;
        if (fortran ? !flags.fContiguous() : !flags.cContiguous()) {
            strides = attemptNoCopy(a, shape, fortran);
            if (strides == null) {
                long[] shapeNow = a.shape();
                source = array.copyTo(new Layout(a.dtype(), shapeNow, contiguous(shapeNow, a.dtype().itemsize(), fortran), 0),
                        "reshape to " + PyValues.tupleText(shape) + " needs a copy",
                        "Read in " + (fortran ? "Fortran" : "C") + " order, the view's elements are not evenly "
                                + "spaced in the buffer across the axes being merged, so no single stride per new "
                                + "axis can reach them. NumPy copies them into new memory instead.");
            }
        }
        if (strides == null) { // NumPy passes no strides and fills them in (flags from the shape, see FlagRules)
            return source.derive(Layout.filledIn(a.dtype(), shape, source.layout().offset(), fortran && shape.length > 1));
        }
        return source.derive(new Layout(a.dtype(), shape, strides, source.layout().offset()));
    }

    /** {@code a.ravel(order)}: a view when the array is already contiguous in that order. */
    static ArrayValue ravel(ArrayValue array, char order) {
        Layout a = array.layout();
        Flags flags = FlagRules.of(a);
        if (order == 'K') {
            if (flags.cContiguous()) {
                order = 'C';
            } else if (flags.fContiguous()) {
                order = 'F';
            }
        } else if (order == 'A') {
            order = isFortran(a) ? 'F' : 'C';
        }
        if (order == 'C' && flags.cContiguous() || order == 'F' && flags.fContiguous()) {
            return reshape(array, new long[] {-1}, order);
        }
        if (order == 'K' && keepsOneStride(a)) {
            int itemsize = a.dtype().itemsize();
            return array.derive(new Layout(a.dtype(), new long[] {a.size()}, new long[] {itemsize}, a.offset()));
        }
        return flatten(array, "ravel() needs a copy", "The view is not contiguous in "
                + (order == 'F' ? "Fortran" : "C") + " order (its elements are not packed one after another in "
                + "that order), so one flat axis with a single stride cannot read them. NumPy copies them instead.");
    }

    /** A flat, C-ordered copy: what {@code flatten()} always makes and {@code ravel()} sometimes. */
    static ArrayValue flatten(ArrayValue array, String message, String detail) {
        Layout a = array.layout();
        int itemsize = a.dtype().itemsize();
        return array.copyTo(new Layout(a.dtype(), new long[] {a.size()}, new long[] {itemsize}, 0), message, detail);
    }

    /** NumPy's {@code PyArray_ISFORTRAN}: F-contiguous but not C-contiguous. */
    static boolean isFortran(Layout a) {
        Flags f = FlagRules.of(a);
        return f.fContiguous() && !f.cContiguous();
    }

    static long[] contiguous(long[] shape, int itemsize, boolean fortran) {
        return fortran ? Layout.fStrides(shape, itemsize) : Layout.cStrides(shape, itemsize);
    }

    /** Replaces one negative entry by what makes the sizes agree, with NumPy's messages. */
    static long[] fixUnknownDimension(long[] requested, long size) {
        long[] shape = requested.clone();
        int unknown = -1;
        long known = 1;
        boolean overflow = false;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] < 0) {
                if (unknown >= 0) {
                    throw PyValues.valueError("can only specify one unknown dimension",
                            "Only one entry of the new shape may be -1 (\"whatever fits\").");
                }
                unknown = i;
            } else {
                try {
                    known = Math.multiplyExact(known, shape[i]);
                } catch (ArithmeticException e) {
                    overflow = true;
                }
            }
        }
        if (overflow || (unknown >= 0 ? known == 0 || size % known != 0 : size != known)) {
            throw PyValues.valueError("cannot reshape array of size " + size + " into shape " + requestedText(requested),
                    "The array has " + CountText.of(size, "element")
                            + "; a new shape must hold exactly as many.");
        }
        if (unknown >= 0) {
            shape[unknown] = size / known;
        }
        return shape;
    }

    /** NumPy's {@code convert_shape_to_string}: unknown (negative) entries print as newaxis, leading ones not at all. */
    private static String requestedText(long[] values) {
        int i = 0;
        while (i < values.length && values[i] < 0) {
            i++;
        }
        if (i == values.length) {
            return "()";
        }
        StringBuilder sb = new StringBuilder("(").append(values[i++]);
        for (; i < values.length; i++) {
            sb.append(values[i] < 0 ? ",newaxis" : "," + values[i]);
        }
        return sb.append(values.length == 1 ? ",)" : ")").toString();
    }

    /**
     * NumPy's {@code _attempt_nocopy_reshape}: matches runs of old axes to runs of new axes with
     * the same number of elements; each old run must be contiguous among itself.
     *
     * @return the new strides, or null when a copy is needed
     */
    static long[] attemptNoCopy(Layout a, long[] newDims, boolean fortran) {
        List<Long> oldDims = new ArrayList<>();
        List<Long> oldStrides = new ArrayList<>();
        for (int k = 0; k < a.ndim(); k++) {
            if (a.shape(k) != 1) {
                oldDims.add(a.shape(k));
                oldStrides.add(a.stride(k));
            }
        }
        int oldNd = oldDims.size();
        int newNd = newDims.length;
        long[] newStrides = new long[newNd];
        int oi = 0;
        int oj = 1;
        int ni = 0;
        int nj = 1;
        while (ni < newNd && oi < oldNd) {
            long np = newDims[ni];
            long op = oldDims.get(oi);
            while (np != op) {
                if (np < op) {
                    np *= newDims[nj++];
                } else {
                    op *= oldDims.get(oj++);
                }
            }
            for (int ok = oi; ok < oj - 1; ok++) {
                boolean joined = fortran
                        ? oldStrides.get(ok + 1) == oldDims.get(ok) * oldStrides.get(ok)
                        : oldStrides.get(ok) == oldDims.get(ok + 1) * oldStrides.get(ok + 1);
                if (!joined) {
                    return null;
                }
            }
            if (fortran) {
                newStrides[ni] = oldStrides.get(oi);
                for (int nk = ni + 1; nk < nj; nk++) {
                    newStrides[nk] = newStrides[nk - 1] * newDims[nk - 1];
                }
            } else {
                newStrides[nj - 1] = oldStrides.get(oj - 1);
                for (int nk = nj - 1; nk > ni; nk--) {
                    newStrides[nk - 1] = newStrides[nk] * newDims[nk];
                }
            }
            ni = nj++;
            oi = oj++;
        }
        long last = ni >= 1 ? newStrides[ni - 1] : a.dtype().itemsize();
        if (fortran && ni >= 1) {
            last *= newDims[ni - 1];
        }
        for (int nk = ni; nk < newNd; nk++) {
            newStrides[nk] = last;
        }
        return newStrides;
    }

    /** ravel(order='K'): the axes, sorted by stride, pack the elements one after another. */
    private static boolean keepsOneStride(Layout a) {
        Integer[] perm = new Integer[a.ndim()];
        for (int i = 0; i < perm.length; i++) {
            perm[i] = i;
        }
        // NumPy's PyArray_CreateSortedStridePerm: largest |stride| first, stable.
        Arrays.sort(perm, (x, y) -> Long.compare(Math.abs(a.stride(y)), Math.abs(a.stride(x))));
        long stride = a.dtype().itemsize();
        for (int i = perm.length - 1; i >= 0; i--) {
            if (a.shape(perm[i]) == 1) {
                continue;
            }
            if (a.stride(perm[i]) != stride) {
                return false;
            }
            stride *= a.shape(perm[i]);
        }
        return true;
    }

    /** {@code np.expand_dims(a, axis)}: length-1 axes inserted, through reshape as NumPy does. */
    static ArrayValue expandDims(ArrayValue array, Object axis) {
        Layout a = array.layout();
        Object axes = PyValues.isSequence(axis) ? axis : new PyValues.Tuple(List.of(axis));
        int outNdim = PyValues.items(axes).size() + a.ndim();
        int[] normalized = Axes.normalizeAll(axes, outNdim, null, Axes.repeatedAxis(null), false);
        long[] shape = new long[outNdim];
        int next = 0;
        for (int k = 0; k < outNdim; k++) {
            final int axisK = k;
            boolean inserted = Arrays.stream(normalized).anyMatch(x -> x == axisK);
            shape[k] = inserted ? 1 : a.shape(next++);
        }
        return reshape(array, PyValues.shapeArgument(PyValues.tupleOf(shape)), 'C');
    }
}
