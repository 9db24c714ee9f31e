package org.stridescope.core.expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.FloatFormat;
import org.stridescope.core.dtype.ScalarTypeNames;
import org.stridescope.core.layout.FlagRules;
import org.stridescope.core.layout.Flags;
import org.stridescope.core.layout.Layout;

/**
 * The names an expression can use: {@code np.*} functions, {@code as_strided} and
 * {@code sliding_window_view}, and an array's attributes and methods. Each binds its arguments
 * as NumPy's own signature does and hands over to the view operation.
 */
final class NumpyApi {
    private NumpyApi() {
    }

    static final Namespace STRIDE_TRICKS = new Namespace("numpy.lib.stride_tricks", Map.of(
            "as_strided", function("as_strided", NumpyApi::asStrided),
            "sliding_window_view", function("sliding_window_view", NumpyApi::slidingWindowView)));

    static final Namespace RECFUNCTIONS = new Namespace("numpy.lib.recfunctions", Map.of(
            "structured_to_unstructured", function("structured_to_unstructured", args -> {
                Object[] p = args.bind(1, "arr", "dtype", "copy", "casting");
                if (p[1] != Args.MISSING && p[1] != PyValues.NONE || p[2] != Args.MISSING && !Boolean.FALSE.equals(p[2])) {
                    throw StridescopeError.inputError("structured_to_unstructured takes only arr here",
                            "A dtype or copy=True makes NumPy cast, so the result is never a view of these bytes.");
                }
                return FieldViews.structuredToUnstructured(array(args, p[0]));
            })));

    static final Namespace NP = numpy();

    /** The ml_dtypes package's float types, for {@code a.view(ml_dtypes.bfloat16)}. */
    static final Namespace ML_DTYPES = mlDtypes();

    private static Namespace mlDtypes() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (FloatFormat f : FloatFormat.values()) {
            if (f.mlName() != null) {
                m.put(f.mlName(), new PyValues.ScalarType(f.mlName()));
            }
        }
        return new Namespace("ml_dtypes", Collections.unmodifiableMap(m));
    }

    private static Namespace numpy() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("newaxis", PyValues.NONE);
        m.put("lib", new Namespace("numpy.lib", Map.of("stride_tricks", STRIDE_TRICKS, "recfunctions", RECFUNCTIONS)));
        // NumPy's scalar types, as usable in a.view(np.float32): those of the one table that NumPy 1.24 has as np.X
        ScalarTypeNames.all().keySet().stream().filter(name -> NumpyNames.has("np", name))
                .forEach(name -> m.put(name, new PyValues.ScalarType(name)));
        add(m, "transpose", args -> {
            Object[] p = args.bind(1, "a", "axes");
            return transpose(array(args, p[0]), p[1] == Args.MISSING ? PyValues.NONE : p[1]);
        });
        add(m, "swapaxes", args -> {
            Object[] p = args.bind(3, "a", "axis1", "axis2");
            ArrayValue a = array(args, p[0]);
            return a.derive(AxisViews.swapaxes(a.layout(), p[1], p[2]));
        });
        add(m, "moveaxis", args -> {
            Object[] p = args.bind(3, "a", "source", "destination");
            ArrayValue a = array(args, p[0]);
            return a.derive(AxisViews.moveaxis(a.layout(), p[1], p[2]));
        });
        add(m, "flip", args -> {
            Object[] p = args.bind(1, "m", "axis");
            return flip(array(args, p[0]), p[1] == Args.MISSING ? PyValues.NONE : p[1]);
        });
        add(m, "fliplr", args -> {
            ArrayValue a = array(args, args.bind(1, "m")[0]);
            if (a.layout().ndim() < 2) {
                throw PyValues.valueError("Input must be >= 2-d.", "fliplr reverses axis 1, and this array has "
                        + a.layout().ndim() + " axes.");
            }
            return flipAxes(a, new int[] {1}, false);
        });
        add(m, "flipud", args -> {
            ArrayValue a = array(args, args.bind(1, "m")[0]);
            if (a.layout().ndim() < 1) {
                throw PyValues.valueError("Input must be >= 1-d.", "flipud reverses axis 0, and a 0-d array has none.");
            }
            return flipAxes(a, new int[] {0}, true);
        });
        add(m, "broadcast_to", args -> {
            Object[] p = args.bind(2, "array", "shape", "subok");
            ArrayValue a = array(args, p[0]);
            return a.deriveReadOnly(checkedSize(StrideTricks.broadcastTo(a.layout(), p[1])));
        });
        add(m, "diagonal", args -> {
            Object[] p = args.bind(1, "a", "offset", "axis1", "axis2");
            return diagonal(array(args, p[0]), p[1], p[2], p[3]);
        });
        add(m, "reshape", args -> {
            Object[] p = args.bind(2, "a", "newshape", "order");
            return Reshaping.reshape(array(args, p[0]), PyValues.shapeArgument(p[1]), order(p[2], "CFA", true));
        });
        add(m, "ravel", args -> {
            Object[] p = args.bind(1, "a", "order");
            return Reshaping.ravel(array(args, p[0]), order(p[1], "CFAK", false));
        });
        add(m, "squeeze", args -> {
            Object[] p = args.bind(1, "a", "axis");
            ArrayValue a = array(args, p[0]);
            return a.derive(AxisViews.squeeze(a.layout(), Args.given(p[1]) ? p[1] : null));
        });
        add(m, "expand_dims", args -> {
            Object[] p = args.bind(2, "a", "axis");
            return Reshaping.expandDims(array(args, p[0]), p[1]);
        });
        add(m, "real", args -> attribute(array(args, args.bind(1, "val")[0]), "real"));
        add(m, "imag", args -> attribute(array(args, args.bind(1, "val")[0]), "imag"));
        add(m, "asarray", args -> array(args, args.bind(1, "a", "dtype", "order")[0]));
        add(m, "asanyarray", args -> array(args, args.bind(1, "a", "dtype", "order")[0]));
        add(m, "ascontiguousarray", args -> contiguousArray(args, false));
        add(m, "asfortranarray", args -> contiguousArray(args, true));
        add(m, "copy", args -> copy(array(args, args.bind(1, "a", "order", "subok")[0]), "np.copy()"));
        add(m, "rot90", args -> {
            Object[] p = args.bind(1, "m", "k", "axes");
            return rot90(array(args, p[0]), p[1] == Args.MISSING ? 1L : p[1],
                    p[2] == Args.MISSING ? new PyValues.Tuple(List.of(0L, 1L)) : p[2]);
        });
        add(m, "dtype", args -> new PyValues.DTypeValue(dtype(args.bind(1, "dtype", "align", "copy")[0])));
        add(m, "atleast_1d", args -> atLeast(array(args, args.bind(1, "arys")[0]), 1));
        add(m, "atleast_2d", args -> atLeast(array(args, args.bind(1, "arys")[0]), 2));
        add(m, "atleast_3d", args -> atLeast(array(args, args.bind(1, "arys")[0]), 3));
        m.putAll(STRIDE_TRICKS.members());
        return new Namespace("numpy", Collections.unmodifiableMap(m));
    }

    private static void add(Map<String, Object> m, String name, PyFunction.Body body) {
        m.put(name, function(name, body));
    }

    private static PyFunction function(String name, PyFunction.Body body) {
        return new PyFunction(name, body);
    }

    /** An array's attribute ({@code a.T}, {@code a.shape}) or bound method ({@code a.reshape}). */
    static Object attribute(ArrayValue array, String name) {
        ArrayValue a = array.asArray();
        Layout l = a.layout();
        switch (name) {
            case "T":
                return array.scalar() ? array : a.derive(AxisViews.transpose(l, null));
            case "real": {
                Layout part = TypeViews.complexPart(l, false);
                return part == null ? array : a.derive(part);
            }
            case "imag": {
                Layout part = TypeViews.complexPart(l, true);
                if (part != null) {
                    return a.derive(part);
                }
                long[] shape = l.shape();
                return a.copyTo(new Layout(l.dtype(), shape, Reshaping.contiguous(shape, l.dtype().itemsize(),
                        Reshaping.isFortran(l)), 0), ".imag of " + l.dtype().name() + " values is a new array of zeros",
                        "Only complex numbers store an imaginary part. For other types NumPy makes a new array of "
                                + "zeros, which is not a view of these bytes.").withWriteable(false);
            }
            case "shape":
                return PyValues.tupleOf(l.shape());
            case "strides":
                return PyValues.tupleOf(l.strides());
            case "ndim":
                return (long) l.ndim();
            case "size":
                return l.size();
            case "itemsize":
                return (long) l.dtype().itemsize();
            case "dtype":
                return new PyValues.DTypeValue(l.dtype());
            case "nbytes":
                return l.nbytes();
            default:
                return method(a, name);
        }
    }

    private static Object method(ArrayValue a, String name) {
        PyFunction.Body body = switch (name) {
            case "transpose" -> args -> {
                List<Object> p = args.positional();
                args.noKeywords("ndarray.transpose() takes no keyword arguments");
                return transpose(a, p.isEmpty() ? PyValues.NONE : p.size() == 1 ? p.get(0) : new PyValues.Tuple(p));
            };
            case "swapaxes" -> args -> {
                args.noKeywords("ndarray.swapaxes() takes no keyword arguments");
                List<Object> p = args.positional();
                if (p.size() != 2) {
                    throw PyValues.typeError("swapaxes() takes exactly 2 arguments (" + p.size() + " given)",
                            "Name the two axes to swap, such as a.swapaxes(0, 1).");
                }
                return a.derive(AxisViews.swapaxes(a.layout(), p.get(0), p.get(1)));
            };
            case "reshape" -> args -> {
                List<Object> p = args.positional();
                args.onlyKeywords("'%s' is an invalid keyword argument for this function", "order");
                char order = order(args.keywords().getOrDefault("order", "C"), "CFA", true);
                if (p.isEmpty()) {
                    throw PyValues.typeError("reshape() takes exactly 1 argument (0 given)", "Give the new shape, such as a.reshape(3, 4).");
                }
                Object shape = p.size() == 1 ? p.get(0) : new PyValues.Tuple(p);
                return Reshaping.reshape(a, PyValues.shapeArgument(shape), order);
            };
            case "ravel" -> args -> Reshaping.ravel(a, order(args.bind(0, "order")[0], "CFAK", false));
            case "flatten" -> args -> {
                args.bind(0, "order");
                return Reshaping.flatten(a, "flatten() always copies", "flatten() makes new memory holding the "
                        + "values one after another, so its result is never a view of these bytes.");
            };
            case "copy" -> args -> {
                args.bind(0, "order");
                return copy(a, "copy()");
            };
            case "astype" -> args -> {
                Object[] p = args.bind(1, "dtype", "order", "casting", "subok", "copy");
                DType target = dtype(p[0]);
                boolean mayCopy = p[4] == Args.MISSING || truthy(p[4]);
                if (!mayCopy && target.str().equals(a.layout().dtype().str())) {
                    return a;
                }
                Layout l = a.layout();
                return a.copyTo(new Layout(target, l.shape(), Layout.cStrides(l.shape(), target.itemsize()), 0),
                        "astype() converts the values into a new array", "astype makes new memory holding each value "
                                + "converted to " + target.str() + "; a.view(...) reads the same bytes as another type instead.");
            };
            case "squeeze" -> args -> {
                Object axis = args.bind(0, "axis")[0];
                return a.derive(AxisViews.squeeze(a.layout(), Args.given(axis) ? axis : null));
            };
            case "diagonal" -> args -> {
                if (args.positional().size() > 3) {
                    throw PyValues.typeError("diagonal() takes at most 3 arguments (" + args.positional().size() + " given)",
                            "diagonal takes offset, axis1 and axis2.");
                }
                args.onlyKeywords("'%s' is an invalid keyword argument for diagonal()", "offset", "axis1", "axis2");
                Object[] p = args.bind(0, "offset", "axis1", "axis2");
                return diagonal(a, p[0], p[1], p[2]);
            };
            case "view" -> args -> {
                Object dtype = args.bind(0, "dtype", "type")[0];
                return Args.given(dtype) ? a.derive(TypeViews.view(a.layout(), dtype(dtype))) : a;
            };
            default -> null;
        };
        if (body == null) {
            Object other = NumpyNames.unsupported("ndarray", "a", name);
            if (other != null) {
                return other;
            }
            throw new StridescopeError("AttributeError", "'numpy.ndarray' object has no attribute '" + name + "'",
                    "NumPy arrays have no " + name + ". The view operations here are T, real, imag, transpose, "
                            + "swapaxes, reshape, ravel, flatten, squeeze, diagonal, view, copy and astype.");
        }
        return new PyFunction(name, body);
    }

    private static ArrayValue transpose(ArrayValue a, Object axes) {
        long[] perm = axes == PyValues.NONE ? null : PyValues.intTuple(axes);
        return a.derive(AxisViews.transpose(a.layout(), perm));
    }

    /** np.flip: reverse the given axes (all when None) by indexing with ::-1, as NumPy does. */
    private static ArrayValue flip(ArrayValue a, Object axis) {
        int n = a.layout().ndim();
        if (axis == PyValues.NONE) {
            return flipAxes(a, AxisViews.identity(n), false);
        }
        return flipAxes(a, Axes.normalizeAll(axis, n, null, Axes.repeatedAxis(null), false), false);
    }

    private static ArrayValue flipAxes(ArrayValue a, int[] axes, boolean trailingEllipsis) {
        int n = a.layout().ndim();
        Object[] index = new Object[n];
        PyValues.Slice all = new PyValues.Slice(PyValues.NONE, PyValues.NONE, PyValues.NONE);
        for (int k = 0; k < n; k++) {
            index[k] = all;
        }
        for (int k : axes) {
            index[k] = new PyValues.Slice(PyValues.NONE, PyValues.NONE, -1L);
        }
        List<Object> items = new ArrayList<>(List.of(index));
        if (trailingEllipsis) {
            items = List.of(index[0], PyValues.ELLIPSIS);
        }
        return Indexing.index(a, new PyValues.Tuple(items), "np.flip(...)");
    }

    private static ArrayValue diagonal(ArrayValue a, Object offset, Object axis1, Object axis2) {
        long off = offset == Args.MISSING ? 0 : PyValues.index(offset);
        return a.deriveReadOnly(AxisViews.diagonal(a.layout(), off, axis1 == Args.MISSING ? 0L : axis1,
                axis2 == Args.MISSING ? 1L : axis2));
    }

    /** np.rot90: a quarter turn in the plane of two axes is a flip and a transpose. */
    private static ArrayValue rot90(ArrayValue a, Object kArg, Object axesArg) {
        List<Object> axes = PyValues.items(axesArg);
        if (axes.size() != 2) {
            throw PyValues.valueError("len(axes) must be 2.", "A rotation turns the plane of two axes.");
        }
        int n = a.layout().ndim();
        long a0 = PyValues.index(axes.get(0));
        long a1 = PyValues.index(axes.get(1));
        if (a0 == a1 || Math.abs(a0 - a1) == n) {
            throw PyValues.valueError("Axes must be different.", "The two axes name the same axis of this " + n + "-d array.");
        }
        if (a0 >= n || a0 < -n || a1 >= n || a1 < -n) {
            throw PyValues.valueError("Axes=(" + a0 + ", " + a1 + ") out of range for array of ndim=" + n + ".",
                    "The array has " + n + " axes.");
        }
        double k = kArg instanceof Double d ? d : PyValues.index(kArg);
        k = k - 4 * Math.floor(k / 4);
        PyValues.Slice all = new PyValues.Slice(PyValues.NONE, PyValues.NONE, PyValues.NONE);
        if (k == 0) {
            return Indexing.index(a, all, "m[:]");
        }
        if (k == 2) {
            return flip(flip(a, a0), a1);
        }
        long[] perm = new long[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        int i0 = (int) (a0 < 0 ? a0 + n : a0);
        int i1 = (int) (a1 < 0 ? a1 + n : a1);
        perm[i0] = i1;
        perm[i1] = i0;
        if (k == 1) {
            ArrayValue flipped = flip(a, a1);
            return flipped.derive(AxisViews.transpose(flipped.layout(), perm));
        }
        return flip(a.derive(AxisViews.transpose(a.layout(), perm)), a1);
    }

    /** np.ascontiguousarray / np.asfortranarray: the array itself when already so ordered, else a copy. */
    private static ArrayValue contiguousArray(Args args, boolean fortran) {
        Object[] p = args.bind(1, "a", "dtype");
        ArrayValue a = array(args, p[0]);
        Layout l = a.layout();
        boolean sameType = !Args.given(p[1]) || dtype(p[1]).str().equals(l.dtype().str());
        Flags flags = FlagRules.of(l);
        if (sameType && (fortran ? flags.fContiguous() : flags.cContiguous())) {
            // NumPy gives at least one axis (ndmin=1).
            return l.ndim() > 0 ? a : a.derive(new Layout(l.dtype(), new long[] {1}, new long[] {l.dtype().itemsize()},
                    l.offset()));
        }
        DType target = sameType ? l.dtype() : dtype(p[1]);
        long[] shape = l.ndim() > 0 ? l.shape() : new long[] {1};
        String name = fortran ? "asfortranarray" : "ascontiguousarray";
        return a.copyTo(new Layout(target, shape, Reshaping.contiguous(shape, target.itemsize(), fortran), 0),
                "np." + name + "() copies this view", "The view is not " + (fortran ? "Fortran" : "C")
                        + "-contiguous" + (sameType ? "" : " in that type") + ", so NumPy copies its values into new "
                        + "memory laid out in that order.");
    }

    private static boolean truthy(Object v) {
        return !(v == PyValues.NONE || Boolean.FALSE.equals(v) || Long.valueOf(0).equals(v));
    }

    private static ArrayValue atLeast(ArrayValue a, int dims) {
        Layout l = a.layout();
        if (l.ndim() >= dims) {
            return a;
        }
        if (l.ndim() == 0) {
            long[] ones = new long[dims];
            Arrays.fill(ones, 1);
            return Reshaping.reshape(a, ones, 'C');
        }
        PyValues.Slice all = new PyValues.Slice(PyValues.NONE, PyValues.NONE, PyValues.NONE);
        List<Object> index = dims == 3 && l.ndim() == 2 ? List.of(all, all, PyValues.NONE)
                : dims == 3 ? List.of(PyValues.NONE, all, PyValues.NONE) : List.of(PyValues.NONE, all);
        return Indexing.index(a, new PyValues.Tuple(index), "atleast_" + dims + "d");
    }

    private static ArrayValue copy(ArrayValue a, String what) {
        Layout l = a.layout();
        long[] shape = l.shape();
        return a.copyTo(new Layout(l.dtype(), shape, Layout.cStrides(shape, l.dtype().itemsize()), 0),
                what + " always copies", what + " makes new memory holding the same values, so its result is never "
                        + "a view of these bytes.");
    }

    private static Object asStrided(Args args) {
        Object[] p = args.bind(1, "x", "shape", "strides", "subok", "writeable");
        ArrayValue x = array(args, p[0]);
        return x.derive(checkedSize(StrideTricks.asStrided(x.layout(), p[1], p[2])));
    }

    private static Object slidingWindowView(Args args) {
        Object[] p = args.bind(2, "x", "window_shape", "axis", "subok", "writeable");
        ArrayValue x = array(args, p[0]);
        return x.deriveReadOnly(StrideTricks.slidingWindowView(x.layout(), p[1], p[2] == Args.MISSING ? PyValues.NONE : p[2]));
    }

    /** NumPy refuses arrays whose byte size does not fit in 64 bits (zero-length axes aside). */
    private static Layout checkedSize(Layout l) {
        long bytes = l.dtype().itemsize();
        for (long d : l.shape()) {
            if (d == 0) {
                continue;
            }
            try {
                bytes = Math.multiplyExact(bytes, d);
            } catch (ArithmeticException e) {
                throw PyValues.valueError("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum "
                        + "possible size.", "The shape " + PyValues.tupleText(l.shape()) + " holds more bytes than a "
                        + "64-bit size can count.");
            }
        }
        return l;
    }

    private static ArrayValue array(Args args, Object value) {
        if (value instanceof ArrayValue a) {
            return a.asArray();
        }
        throw StridescopeError.inputError(args.function() + "() needs the array here, not a " + PyValues.typeName(value),
                "Only views of the array a can be shown: pass a, or an expression on a, as the array argument.");
    }

    /** NumPy's order argument: 'C', 'F', 'A' or 'K' (any case), None for the default. */
    private static char order(Object value, String allowed, boolean reshape) {
        if (value == Args.MISSING || value == PyValues.NONE) {
            return 'C';
        }
        if (!(value instanceof String s) || s.isEmpty() || "CFAK".indexOf(Character.toUpperCase(s.charAt(0))) < 0) {
            throw PyValues.valueError("order must be one of 'C', 'F', 'A', or 'K' (got " + pyRepr(value) + ")",
                    "'C' reads the last axis fastest, 'F' the first.");
        }
        char c = Character.toUpperCase(s.charAt(0));
        if (allowed.indexOf(c) < 0) {
            throw PyValues.valueError("order 'K' is not permitted for " + (reshape ? "reshaping" : "this operation"),
                    "Use 'C' or 'F'.");
        }
        return c;
    }

    static DType dtype(Object value) {
        if (value instanceof String s) {
            return DType.parse(s);
        }
        if (value instanceof PyValues.ScalarType t) {
            String code = ScalarTypeNames.code(t.name());
            return DType.parse(code != null ? code : t.name()); // ml_dtypes' types go by their names
        }
        if (value instanceof PyValues.DTypeValue d) {
            return d.dtype();
        }
        throw PyValues.typeError("Cannot interpret '" + pyRepr(value) + "' as a data type",
                "Give a dtype as a string such as '<i4' or a type such as np.float32.");
    }

    static String pyRepr(Object v) {
        if (v instanceof String s) {
            return "'" + s + "'";
        }
        if (v == PyValues.NONE) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return String.valueOf(v);
    }
}
