package org.stridescope.core.expr;

import java.util.ArrayList;
import java.util.List;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.format.TupleText;

/**
 * The Python values an expression computes besides arrays, and Python's own conversions and
 * errors for them ({@code operator.index}, "'float' object cannot be interpreted as an integer").
 * Integers are {@link Long}, floats {@link Double}, strings {@link String}, booleans {@link Boolean}.
 */
final class PyValues {
    private PyValues() {
    }

    /** Python's {@code None} (also {@code np.newaxis}). */
    enum Singleton { NONE, ELLIPSIS }

    static final Object NONE = Singleton.NONE;
    static final Object ELLIPSIS = Singleton.ELLIPSIS;

    record Tuple(List<Object> items) {
    }

    record PyList(List<Object> items) {
    }

    /** A slice object; each part is an int, None or (to fail later, as Python does) anything else. */
    record Slice(Object start, Object stop, Object step) {
    }

    /** A NumPy scalar type used as a dtype argument, such as {@code np.float32}. */
    record ScalarType(String name) {
    }

    /** A dtype object: {@code a.dtype}, {@code np.dtype('<i2')}. */
    record DTypeValue(org.stridescope.core.dtype.DType dtype) {
    }

    static final String AXIS_ERROR = "AxisError";

    /** NumPy 1.x arrays have at most 32 axes (2.x: 64). */
    static final int MAX_DIMS = 32;

    /** NumPy's shape converter ({@code PyArray_IntpConverter}) refuses more than 32 entries. */
    static long[] shapeArgument(Object v) {
        long[] shape = intTuple(v);
        if (shape.length > MAX_DIMS) {
            throw valueError("maximum supported dimension for an ndarray is " + MAX_DIMS + ", found " + shape.length,
                    "NumPy 1.x arrays have at most " + MAX_DIMS + " axes.");
        }
        return shape;
    }

    /** The check NumPy makes when an array is built from an interface ({@code as_strided}, windows). */
    static void checkDims(int ndim) {
        if (ndim > MAX_DIMS) {
            throw valueError("number of dimensions must be within [0, " + MAX_DIMS + "]",
                    "NumPy 1.x arrays have at most " + MAX_DIMS + " axes; this view would have " + ndim + ".");
        }
    }

    static StridescopeError typeError(String message, String detail) {
        return StridescopeError.typeError(message, detail);
    }

    static StridescopeError valueError(String message, String detail) {
        return StridescopeError.valueError(message, detail);
    }

    static StridescopeError indexError(String message, String detail) {
        return new StridescopeError(StridescopeError.INDEX_ERROR, message, detail);
    }

    /** NumPy's {@code AxisError}, a subclass of both ValueError and IndexError. */
    static StridescopeError axisError(long axis, int ndim, String argument) {
        String prefix = argument == null ? "" : argument + ": ";
        return new StridescopeError(AXIS_ERROR,
                prefix + "axis " + axis + " is out of bounds for array of dimension " + ndim,
                "The array has " + ndim + " " + (ndim == 1 ? "axis" : "axes") + ", numbered 0.."
                        + (ndim - 1) + " (or -" + ndim + "..-1 counting from the end), so axis " + axis
                        + " does not exist.");
    }

    /** Python's name for the type of a value, as its error messages print it. */
    static String typeName(Object v) {
        if (v instanceof Long) {
            return "int";
        }
        if (v instanceof Double) {
            return "float";
        }
        if (v instanceof String) {
            return "str";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Tuple) {
            return "tuple";
        }
        if (v instanceof PyList) {
            return "list";
        }
        if (v instanceof Slice) {
            return "slice";
        }
        if (v == NONE) {
            return "NoneType";
        }
        if (v == ELLIPSIS) {
            return "ellipsis";
        }
        if (v instanceof ArrayValue array) {
            return array.scalar() ? "numpy." + array.layout().dtype().name() : "numpy.ndarray";
        }
        if (v instanceof Namespace) {
            return "module";
        }
        if (v instanceof ScalarType) {
            return "type";
        }
        if (v instanceof DTypeValue d) {
            return "numpy.dtype[" + d.dtype().name() + "]";
        }
        return "function";
    }

    /** Python's {@code operator.index}: ints and bools, nothing else. */
    static long index(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw typeError("'" + typeName(v) + "' object cannot be interpreted as an integer",
                "An integer is needed here, but the expression gives a " + typeName(v) + ".");
    }

    static boolean isSequence(Object v) {
        return v instanceof Tuple || v instanceof PyList;
    }

    static List<Object> items(Object v) {
        if (v instanceof Tuple t) {
            return t.items();
        }
        if (v instanceof PyList l) {
            return l.items();
        }
        throw typeError("'" + typeName(v) + "' object is not iterable",
                "A tuple or list is needed here, such as (0, 1).");
    }

    /** A shape or list of axes: one integer or a sequence of integers (NumPy's IntpConverter). */
    static long[] intTuple(Object v) {
        if (!isSequence(v)) {
            return new long[] {index(v)};
        }
        List<Object> items = items(v);
        long[] out = new long[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = index(items.get(i));
        }
        return out;
    }

    /** Python's {@code tuple(v)} of integers: a bare integer is "not iterable". */
    static long[] intSequence(Object v) {
        return intTuple(new Tuple(items(v)));
    }

    static Tuple tupleOf(long[] values) {
        List<Object> items = new ArrayList<>();
        for (long v : values) {
            items.add(v);
        }
        return new Tuple(items);
    }

    /** NumPy's way of printing a shape in messages: {@code (2,3)}, {@code (2,)}, {@code ()}. */
    static String shapeText(long[] shape) {
        return TupleText.compact(shape);
    }

    /** Python's way of printing a tuple of ints: {@code (2, 3)}, {@code (2,)}. */
    static String tupleText(long[] values) {
        return TupleText.tuple(values);
    }
}
