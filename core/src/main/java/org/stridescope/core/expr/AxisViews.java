package org.stridescope.core.expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stridescope.core.layout.Layout;

/**
 * Views that reorder, drop or combine axes without touching the bytes: transpose, swapaxes,
 * moveaxis, squeeze, diagonal. Each only permutes or picks shape and strides (and, for an
 * off-centre diagonal, moves the offset).
 */
final class AxisViews {
    private AxisViews() {
    }

    /** {@code a.transpose(axes)}; null axes reverse the order, as {@code .T} does. */
    static Layout transpose(Layout a, long[] axes) {
        int n = a.ndim();
        int[] perm = new int[n];
        if (axes == null) {
            for (int i = 0; i < n; i++) {
                perm[i] = n - 1 - i;
            }
            return permute(a, perm);
        }
        if (axes.length != n) {
            throw PyValues.valueError("axes don't match array", "transpose needs each of the " + n
                    + " axes exactly once, but got " + axes.length + ".");
        }
        boolean[] seen = new boolean[n];
        for (int i = 0; i < n; i++) {
            perm[i] = Axes.normalize(axes[i], n, null);
            if (seen[perm[i]]) {
                throw PyValues.valueError("repeated axis in transpose", "Axis " + perm[i] + " is named twice.");
            }
            seen[perm[i]] = true;
        }
        return permute(a, perm);
    }

    static Layout permute(Layout a, int[] perm) {
        long[] shape = new long[perm.length];
        long[] strides = new long[perm.length];
        for (int i = 0; i < perm.length; i++) {
            shape[i] = a.shape(perm[i]);
            strides[i] = a.stride(perm[i]);
        }
        return new Layout(a.dtype(), shape, strides, a.offset());
    }

    static Layout swapaxes(Layout a, Object axis1, Object axis2) {
        int i = Axes.normalize(axis1, a.ndim(), "axis1");
        int j = Axes.normalize(axis2, a.ndim(), "axis2");
        int[] perm = identity(a.ndim());
        perm[i] = j;
        perm[j] = i;
        return permute(a, perm);
    }

    static Layout moveaxis(Layout a, Object source, Object destination) {
        int n = a.ndim();
        int[] src = Axes.normalizeAll(source, n, "source", Axes.repeatedAxis("source"), false);
        int[] dst = Axes.normalizeAll(destination, n, "destination", Axes.repeatedAxis("destination"), false);
        if (src.length != dst.length) {
            throw PyValues.valueError("`source` and `destination` arguments must have the same number of elements",
                    "Each axis moved needs one place to go.");
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            final int axis = k;
            if (Arrays.stream(src).noneMatch(s -> s == axis)) {
                order.add(k);
            }
        }
        // NumPy inserts the moved axes sorted by destination.
        Integer[] byDestination = new Integer[src.length];
        for (int i = 0; i < src.length; i++) {
            byDestination[i] = i;
        }
        Arrays.sort(byDestination, (x, y) -> dst[x] != dst[y] ? Integer.compare(dst[x], dst[y])
                : Integer.compare(src[x], src[y]));
        for (int i : byDestination) {
            order.add(dst[i], src[i]);
        }
        return permute(a, order.stream().mapToInt(Integer::intValue).toArray());
    }

    /** {@code a.squeeze(axis)}: axis null drops every length-1 axis. */
    static Layout squeeze(Layout a, Object axis) {
        boolean[] drop = new boolean[a.ndim()];
        if (axis == null) {
            for (int k = 0; k < a.ndim(); k++) {
                drop[k] = a.shape(k) == 1;
            }
        } else if (a.ndim() == 0 && !PyValues.isSequence(axis) && (PyValues.index(axis) == 0 || PyValues.index(axis) == -1)) {
            // NumPy lets a single axis 0 or -1 through for 0-d arrays, for backwards compatibility.
            return a;
        } else {
            Object axes = PyValues.isSequence(axis) ? axis : (Object) PyValues.index(axis);
            for (int k : Axes.normalizeAll(axes, a.ndim(), null, "duplicate value in 'axis'", true)) {
                if (a.shape(k) != 1) {
                    throw PyValues.valueError("cannot select an axis to squeeze out which has size not equal to one",
                            "Axis " + k + " has length " + a.shape(k) + "; only length-1 axes can be squeezed.");
                }
                drop[k] = true;
            }
        }
        if (axis == null && Arrays.stream(a.shape()).noneMatch(d -> d == 1)) {
            return a; // PyArray_Squeeze returns the array itself when no axis has length 1
        }
        List<Long> shape = new ArrayList<>();
        List<Long> strides = new ArrayList<>();
        for (int k = 0; k < a.ndim(); k++) {
            if (!drop[k]) {
                shape.add(a.shape(k));
                strides.add(a.stride(k));
            }
        }
        return new Layout(a.dtype(), Indexing.toArray(shape), Indexing.toArray(strides), a.offset());
    }

    /**
     * {@code a.diagonal(offset, axis1, axis2)}: the two axes become one last axis whose stride is
     * the sum of theirs, so one step moves along both at once.
     */
    static Layout diagonal(Layout a, long offset, Object axis1, Object axis2) {
        int n = a.ndim();
        if (n < 2) {
            throw PyValues.valueError("diag requires an array of at least two dimensions",
                    "A diagonal runs across two axes, and this array has " + n + ".");
        }
        int i = Axes.normalize(axis1, n, "axis1");
        int j = Axes.normalize(axis2, n, "axis2");
        if (i == j) {
            throw PyValues.valueError("axis1 and axis2 cannot be the same", "A diagonal needs two different axes.");
        }
        long dim1 = a.shape(i);
        long dim2 = a.shape(j);
        long start = a.offset();
        if (offset >= 0) {
            dim2 -= offset;
        } else {
            dim1 += offset;
        }
        long size = Math.min(dim1, dim2);
        if (size < 0) {
            size = 0;
        } else {
            start += offset >= 0 ? offset * a.stride(j) : -offset * a.stride(i);
        }
        List<Long> shape = new ArrayList<>();
        List<Long> strides = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (k != i && k != j) {
                shape.add(a.shape(k));
                strides.add(a.stride(k));
            }
        }
        shape.add(size);
        strides.add(a.stride(i) + a.stride(j));
        return new Layout(a.dtype(), Indexing.toArray(shape), Indexing.toArray(strides), start);
    }

    static int[] identity(int n) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        return perm;
    }
}
