package org.stridescope.core.expr;

import java.util.ArrayList;
import java.util.List;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.format.CountText;
import org.stridescope.core.layout.Layout;

/**
 * NumPy's basic indexing ({@code mapping.c: prepare_index, get_view_from_index}): integers pick
 * one position of an axis and drop it, slices keep a strided run of it, {@code None} inserts a
 * length-1 axis, {@code ...} stands for all the axes not named. The view shares the bytes: only
 * the offset, shape and strides change. An index made only of integers, one per axis, gives a
 * NumPy scalar instead, which is a copy of one element.
 */
final class Indexing {
    private Indexing() {
    }

    static final String INVALID_INDEX = "only integers, slices (`:`), ellipsis (`...`), "
            + "numpy.newaxis (`None`) and integer or boolean arrays are valid indices";

    static ArrayValue index(ArrayValue array, Object index, String text) {
        ArrayValue field = FieldViews.of(array, index);
        if (field != null) {
            return field;
        }
        if (!array.scalar()) {
            return indexArray(array, index, text);
        }
        try {
            return indexArray(array, index, text);
        } catch (StridescopeError e) {
            if (!e.type().equals(StridescopeError.INDEX_ERROR)) {
                throw e;
            }
            throw PyValues.indexError("invalid index to scalar variable.",
                    "This value is a NumPy scalar (one element, as a[i, j] gives when every axis gets an "
                            + "integer), and a scalar cannot be indexed.");
        }
    }

    private static ArrayValue indexArray(ArrayValue array, Object index, String text) {
        Layout a = array.layout();
        List<Object> items = index instanceof PyValues.Tuple t ? t.items() : List.of(index);
        int used = 0;
        boolean onlyIntegers = true;
        boolean ellipsis = false;
        for (Object item : items) {
            if (item instanceof Long) {
                used++;
            } else if (item instanceof PyValues.Slice) {
                used++;
                onlyIntegers = false;
            } else if (item == PyValues.NONE) {
                onlyIntegers = false;
            } else if (item == PyValues.ELLIPSIS) {
                if (ellipsis) {
                    throw PyValues.indexError("an index can only have a single ellipsis ('...')",
                            "'...' stands for all the axes not named otherwise, so it can appear only once.");
                }
                ellipsis = true;
                onlyIntegers = false;
            } else if (item instanceof Boolean || item instanceof PyValues.PyList || item instanceof PyValues.Tuple
                    || item instanceof ArrayValue) {
                throw new StridescopeError(StridescopeError.COPY_REQUIRED,
                        "indexing with a list, a boolean or an array (advanced indexing) always copies",
                        "NumPy's advanced indexing gathers the chosen elements into a new array, so the result "
                                + "is not a view of these bytes. Use integers, slices, None and ... for a view.");
            } else {
                throw PyValues.indexError(INVALID_INDEX,
                        "A " + PyValues.typeName(item) + " cannot be an index; use integers such as a[1] or slices "
                                + "such as a[::2].");
            }
        }
        if (used > a.ndim()) {
            throw PyValues.indexError("too many indices for array: array is " + a.ndim() + "-dimensional, but " + used
                    + " were indexed", "The array has " + a.ndim() + " " + (a.ndim() == 1 ? "axis" : "axes")
                    + ", but the index names " + used + ".");
        }
        long newNdim = items.stream().filter(i -> i instanceof PyValues.Slice || i == PyValues.NONE).count() + a.ndim() - used;
        if (newNdim > PyValues.MAX_DIMS) {
            throw PyValues.indexError("number of dimensions must be within [0, " + PyValues.MAX_DIMS + "], indexing result would have "
                    + newNdim, "NumPy 1.x arrays have at most " + PyValues.MAX_DIMS + " axes.");
        }
        List<Long> shape = new ArrayList<>();
        List<Long> strides = new ArrayList<>();
        long offset = a.offset();
        int axis = 0;
        for (Object item : items) {
            if (item instanceof Long i) {
                offset += a.stride(axis) * checkedIndex(i, a.shape(axis), axis);
                axis++;
            } else if (item instanceof PyValues.Slice s) {
                long[] r = sliceRange(s, a.shape(axis));
                offset += a.stride(axis) * r[0];
                shape.add(r[2]);
                strides.add(a.stride(axis) * r[1]);
                axis++;
            } else if (item == PyValues.NONE) {
                shape.add(1L);
                strides.add(0L);
            } else {
                for (int k = 0; k < a.ndim() - used; k++, axis++) {
                    shape.add(a.shape(axis));
                    strides.add(a.stride(axis));
                }
            }
        }
        for (; axis < a.ndim(); axis++) {
            shape.add(a.shape(axis));
            strides.add(a.stride(axis));
        }
        Layout result = new Layout(a.dtype(), toArray(shape), toArray(strides), offset);
        if (onlyIntegers && used == a.ndim()) {
            ArrayValue.Copy copy = array.isCopy() ? array.copy() : new ArrayValue.Copy(
                    text + " gives a NumPy scalar, a copy of one element",
                    "An integer for every axis picks one element, and NumPy returns it as a scalar: a copy of its "
                            + "value, not a view. Add ', ...' inside the brackets for the 0-d view of the same bytes.");
            return new ArrayValue(result, copy, true, true);
        }
        return array.derive(result);
    }

    private static long checkedIndex(long i, long size, int axis) {
        if (i < -size || i >= size) {
            throw PyValues.indexError("index " + i + " is out of bounds for axis " + axis + " with size " + size,
                    "Axis " + axis + " has " + CountText.of(size, "position")
                            + (size == 0 ? "" : ", 0.." + (size - 1) + " (or -" + size + "..-1 from the end)")
                            + ", so " + i + " is outside it.");
        }
        return i < 0 ? i + size : i;
    }

    /** Python's {@code slice.indices(length)} with NumPy's treatment of empty slices: {start, step, count}. */
    static long[] sliceRange(PyValues.Slice s, long length) {
        long step = s.step() == PyValues.NONE ? 1 : sliceIndex(s.step());
        if (step == 0) {
            throw PyValues.valueError("slice step cannot be zero", "A slice must move by at least one position.");
        }
        long start = s.start() == PyValues.NONE ? (step < 0 ? Long.MAX_VALUE : 0) : sliceIndex(s.start());
        long stop = s.stop() == PyValues.NONE ? (step < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : sliceIndex(s.stop());
        start = clamp(start, length, step);
        stop = clamp(stop, length, step);
        long count = 0;
        if (step < 0 && stop < start) {
            count = (start - stop - 1) / (-step) + 1;
        } else if (step > 0 && start < stop) {
            count = (stop - start - 1) / step + 1;
        }
        return count > 0 ? new long[] {start, step, count} : new long[] {0, 1, 0};
    }

    private static long clamp(long i, long length, long step) {
        if (i < 0) {
            i += length;
            if (i < 0) {
                i = step < 0 ? -1 : 0;
            }
        } else if (i >= length) {
            i = step < 0 ? length - 1 : length;
        }
        return i;
    }

    private static long sliceIndex(Object v) {
        if (v instanceof Long || v instanceof Boolean) {
            return PyValues.index(v);
        }
        throw PyValues.typeError("slice indices must be integers or None or have an __index__ method",
                "The parts of start:stop:step must be integers (or left out).");
    }

    static long[] toArray(List<Long> values) {
        long[] out = new long[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }
}
