package org.stridescope.core.expr;

import java.util.ArrayList;
import java.util.List;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.dtype.ByteOrder;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.FloatFormat;
import org.stridescope.core.dtype.FloatValue;
import org.stridescope.core.dtype.Kind;
import org.stridescope.core.dtype.Scalar;
import org.stridescope.core.format.ArrayRepr;
import org.stridescope.core.format.ScalarText;
import org.stridescope.core.layout.CIndexWalk;
import org.stridescope.core.layout.Layout;
import org.stridescope.core.python.PyNode;

/**
 * What NumPy computes where an expression makes a copy or a number instead of a view of the
 * bytes, computed from the same bytes and printed as NumPy 1.24 prints it: a reshape that must
 * copy ({@code a.T.reshape(20)}), indexing with a list of integers ({@code a[[0, 1]]}),
 * {@code + - *} with a number ({@code a + 1}, {@code 2.5 * a}) and {@code sum}, {@code mean},
 * {@code min}, {@code max} over all elements. Anything else is left to the view evaluator's
 * {@code CopyRequired} message ({@link #print} gives null).
 */
public final class CopiedValues {
    /** More elements than this are not copied (the console prints a summary of them anyway). */
    static final long LIMIT = 1_000_000;

    /** Values in C order with their dtype and shape: an array in memory of its own. */
    private record Values(DType dtype, long[] shape, List<Scalar> items) {
        Layout layout() {
            return new Layout(dtype, shape, Layout.cStrides(shape, dtype.itemsize()), 0);
        }
    }

    private final ByteSource source;
    private final String text; // the whole expression: parts of it are applied on their own

    private CopiedValues(ByteSource source, String text) {
        this.source = source;
        this.text = text;
    }

    /**
     * NumPy's print-out of {@code expression} on {@code a} (a view of {@code source}), or null
     * when it is not one of the copies computed here.
     */
    public static String print(String expression, ByteSource source, Layout a) {
        try {
            Expression parsed = Expression.parse(expression);
            try {
                ExpressionEvaluator.apply(parsed, a, source.size());
                return null; // a view: the window shows it
            } catch (StridescopeError e) {
                if (!StridescopeError.COPY_REQUIRED.equals(e.type())) {
                    return null;
                }
            }
            Object result = new CopiedValues(source, parsed.text()).eval(parsed.root(), a);
            if (result instanceof Values v) {
                return ArrayRepr.repr(v.dtype(), v.shape(), k -> v.items().get((int) k));
            }
            return result instanceof Scalar s ? ScalarText.str(s) : null;
        } catch (StridescopeError | ArithmeticException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** Values or a scalar for {@code node}; null if not computed here. */
    private Object eval(PyNode node, Layout a) {
        try {
            // A view of the bytes under a (a[::2], a.T): its elements, copied in C order.
            Layout view = ExpressionEvaluator.apply(Expression.of(text, node), a, source.size());
            return gather(view);
        } catch (StridescopeError e) {
            if (!StridescopeError.COPY_REQUIRED.equals(e.type())) {
                return null;
            }
        }
        if (node instanceof PyNode.Binary b && List.of("+", "-", "*").contains(b.op())) {
            Double right = number(b.right());
            Double left = number(b.left());
            Elementwise done = null;
            Values v = null;
            if (right != null && left == null && eval(b.left(), a) instanceof Values x) {
                v = x;
                done = Elementwise.apply(v.dtype(), b.op(), v.items(), b.right(), false);
            } else if (left != null && right == null && eval(b.right(), a) instanceof Values x) {
                v = x;
                done = Elementwise.apply(v.dtype(), b.op(), v.items(), b.left(), true);
            }
            return done == null ? null : new Values(done.dtype(), v.shape(), done.items());
        }
        if (node instanceof PyNode.Call c && c.function() instanceof PyNode.Attribute at) {
            if (!(eval(at.target(), a) instanceof Values v)) {
                return null;
            }
            if (c.args().isEmpty() && c.keywords().isEmpty() && List.of("sum", "mean", "min", "max").contains(at.name())) {
                return Reductions.reduce(at.name(), v.dtype(), v.items());
            }
            // The target copied, the rest of the call is a view of the copy (a.T.reshape(20)).
            return onCopy(new PyNode.Call(new PyNode.Attribute(new PyNode.Name("a", 0), at.name(), at.pos()),
                    c.args(), c.keywords(), c.pos()), v);
        }
        if (node instanceof PyNode.Subscript s && s.items().size() == 1 && s.items().get(0) instanceof PyNode.Sequence list
                && list.list() && eval(s.target(), a) instanceof Values v && v.shape().length >= 1) {
            return pick(v, list);
        }
        return null;
    }

    /** {@code node} (written on {@code a}) as a view of the copy {@code v}. */
    private Object onCopy(PyNode node, Values v) {
        Layout copyLayout = v.layout();
        Layout view = ExpressionEvaluator.apply(Expression.of(text, node), copyLayout, copyLayout.nbytes());
        List<Scalar> items = new ArrayList<>();
        long n = view.size();
        for (long k = 0; k < n; k++) {
            long pos = view.byteOf(CIndexWalk.unravel(k, view.shape()));
            items.add(v.items().get((int) (pos / v.dtype().itemsize())));
        }
        return new Values(view.dtype(), view.shape(), items);
    }

    /** {@code x[[i, j, ...]]}: whole rows of the first axis, negative indices from the end, as NumPy. */
    private static Values pick(Values v, PyNode.Sequence list) {
        long rows = v.shape()[0];
        long rowSize = rows == 0 ? 0 : v.items().size() / rows;
        List<Scalar> items = new ArrayList<>();
        for (PyNode item : list.items()) {
            Double d = number(item);
            if (d == null || !(item instanceof PyNode.Int || item instanceof PyNode.Unary)) {
                return null;
            }
            long i = d.longValue();
            if (i < -rows || i >= rows) {
                throw new StridescopeError("IndexError", "index " + i + " is out of bounds for axis 0 with size " + rows, "");
            }
            long row = i < 0 ? i + rows : i;
            items.addAll(v.items().subList((int) (row * rowSize), (int) ((row + 1) * rowSize)));
        }
        long[] shape = v.shape().clone();
        shape[0] = list.items().size();
        return new Values(v.dtype(), shape, items);
    }

    private Values gather(Layout view) {
        if (view.size() > LIMIT) {
            return null;
        }
        List<Scalar> items = new ArrayList<>((int) view.size());
        for (long k = 0; k < view.size(); k++) {
            items.add(Scalar.read(view.dtype(), source, view.byteOf(CIndexWalk.unravel(k, view.shape()))));
        }
        return new Values(view.dtype(), view.shape(), items);
    }

    /** A literal number ({@code 1}, {@code -2.5}), or null. */
    static Double number(PyNode node) {
        if (node instanceof PyNode.Int i && i.value().bitLength() < 63) {
            return (double) i.value().longValue();
        }
        if (node instanceof PyNode.Float f) {
            return f.value();
        }
        if (node instanceof PyNode.Unary u && u.op() == '-' && number(u.operand()) != null) {
            return -number(u.operand());
        }
        return null;
    }

    /** The result dtype in the machine's byte order, as ufuncs give it. */
    static DType nativeOf(DType d) {
        return new DType(d.kind(), d.itemsize(), d.order() == ByteOrder.NOT_APPLICABLE ? d.order() : ByteOrder.NATIVE,
                d.unit(), d.longLong());
    }

    static Scalar floatScalar(DType d, double x) {
        return d.itemsize() == 4
                ? new Scalar.Float(new FloatValue(FloatFormat.SINGLE, Float.floatToRawIntBits((float) x) & 0xffffffffL))
                : new Scalar.Float(FloatValue.of(x));
    }

    /** Elementwise {@code x op number}: NumPy 1.24's result type for an array and a Python number. */
    private record Elementwise(DType dtype, List<Scalar> items) {
        static Elementwise apply(DType d, String op, List<Scalar> items, PyNode numberNode, boolean numberFirst) {
            double number = number(numberNode);
            boolean intNumber = !(numberNode instanceof PyNode.Float)
                    && !(numberNode instanceof PyNode.Unary u && u.operand() instanceof PyNode.Float);
            List<Scalar> out = new ArrayList<>(items.size());
            if ((d.kind() == Kind.INT || d.kind() == Kind.UINT) && intNumber) {
                long n = (long) number;
                if (!fits(d, n)) {
                    return null; // NumPy 1.24 would widen the type by the value; not worked out here
                }
                DType r = nativeOf(d);
                int bits = d.itemsize() * 8;
                for (Scalar s : items) {
                    long x = ((Scalar.Int) s).bits();
                    long y = switch (op) {
                        case "+" -> x + n;
                        case "-" -> numberFirst ? n - x : x - n;
                        default -> x * n;
                    };
                    out.add(new Scalar.Int(wrap(y, bits, d.kind() == Kind.UINT), d.kind() == Kind.UINT));
                }
                return new Elementwise(r, out);
            }
            DType r = floatResult(d, number, intNumber);
            if (r == null) {
                return null;
            }
            for (Scalar s : items) {
                double x = s.toFloat64();
                double y = switch (op) {
                    case "+" -> x + number;
                    case "-" -> numberFirst ? number - x : x - number;
                    default -> x * number;
                };
                out.add(floatScalar(r, r.itemsize() == 4 ? (float) y : y));
            }
            return new Elementwise(r, out);
        }

        /**
         * Float results: a float32/float64 array keeps its type; an integer array with a float
         * number becomes the smallest float holding both (1.24's value-based casting), of which
         * float16 is left out.
         */
        private static DType floatResult(DType d, double number, boolean intNumber) {
            if (d.kind() == Kind.FLOAT && (d.itemsize() == 4 || d.itemsize() == 8)
                    && (d.itemsize() == 8 || Math.abs(number) <= Float.MAX_VALUE || Double.isNaN(number))) {
                return nativeOf(d);
            }
            if ((d.kind() == Kind.INT || d.kind() == Kind.UINT) && !intNumber) {
                int forInts = d.itemsize() == 1 ? 2 : d.itemsize() == 2 ? 4 : 8;
                int forNumber = Math.abs(number) <= 65504 || Double.isNaN(number) ? 2 : Math.abs(number) <= Float.MAX_VALUE ? 4 : 8;
                int size = Math.max(forInts, forNumber);
                return size == 2 ? null : DType.parse("<f" + size);
            }
            return null;
        }

        private static boolean fits(DType d, long n) {
            int bits = d.itemsize() * 8;
            if (bits == 64) {
                return d.kind() == Kind.INT || n >= 0;
            }
            return d.kind() == Kind.UINT ? n >= 0 && n < (1L << bits) : n >= -(1L << (bits - 1)) && n < (1L << (bits - 1));
        }

        private static long wrap(long y, int bits, boolean unsigned) {
            if (bits == 64) {
                return y;
            }
            long mask = (1L << bits) - 1;
            long low = y & mask;
            return unsigned || (low >>> (bits - 1)) == 0 ? low : low | ~mask;
        }
    }

    /** sum, mean, min, max over all elements, with NumPy's result types. */
    private static final class Reductions {
        static Scalar reduce(String name, DType d, List<Scalar> items) {
            boolean ints = d.kind() == Kind.INT || d.kind() == Kind.UINT || d.kind() == Kind.BOOL;
            boolean floats = d.kind() == Kind.FLOAT && (d.itemsize() == 4 || d.itemsize() == 8);
            if (!ints && !floats) {
                return null;
            }
            if (items.isEmpty() && (name.equals("min") || name.equals("max"))) {
                throw StridescopeError.valueError("zero-size array to reduction operation " + (name.equals("min") ? "minimum" : "maximum")
                        + " which has no identity", "");
            }
            if (ints) {
                return integers(name, d, items);
            }
            return switch (name) {
                case "sum" -> floatScalar(d, Pairwise.sum(items, d.itemsize() == 4));
                case "mean" -> floatScalar(d, items.isEmpty() ? Double.NaN : Pairwise.sum(items, d.itemsize() == 4) / items.size());
                default -> {
                    double best = items.get(0).toFloat64();
                    for (Scalar s : items) {
                        double x = s.toFloat64();
                        if (Double.isNaN(x) || Double.isNaN(best)) {
                            best = Double.NaN;
                        } else if (name.equals("min") ? x < best : x > best) {
                            best = x;
                        }
                    }
                    yield floatScalar(d, best);
                }
            };
        }

        private static Scalar integers(String name, DType d, List<Scalar> items) {
            boolean unsigned = d.kind() == Kind.UINT;
            if (name.equals("min") || name.equals("max")) {
                Scalar best = items.get(0);
                for (Scalar s : items) {
                    int c = Double.compare(s.toFloat64(), best.toFloat64());
                    if (s instanceof Scalar.Int x && best instanceof Scalar.Int y) {
                        c = unsigned ? Long.compareUnsigned(x.bits(), y.bits()) : Long.compare(x.bits(), y.bits());
                    }
                    if (name.equals("min") ? c < 0 : c > 0) {
                        best = s;
                    }
                }
                return best;
            }
            long sum = 0;
            for (Scalar s : items) {
                sum += s instanceof Scalar.Int x ? x.bits() : (long) s.toFloat64(); // wraps as int64/uint64 do
            }
            if (name.equals("sum")) {
                return new Scalar.Int(sum, unsigned);
            }
            double total = unsigned ? Scalar.unsignedToDouble(sum) : (double) sum;
            if (Math.abs(total) >= 0x1p53) {
                return null; // float64 partial sums would round: not worked out here
            }
            return floatScalar(DType.parse("<f8"), items.isEmpty() ? Double.NaN : total / items.size());
        }
    }

    /** NumPy's pairwise summation of a contiguous run (8 accumulators, blocks of 128), in float or double. */
    static final class Pairwise {
        static double sum(List<Scalar> items, boolean single) {
            double[] x = new double[items.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = items.get(i).toFloat64();
            }
            return round(0.0 + sum(x, 0, x.length, single), single);
        }

        private static double round(double v, boolean single) {
            return single ? (float) v : v;
        }

        private static double sum(double[] a, int from, int n, boolean single) {
            if (n < 8) {
                double res = single ? -0.0f : -0.0;
                for (int i = 0; i < n; i++) {
                    res = round(res + a[from + i], single);
                }
                return res;
            }
            if (n <= 128) {
                double[] r = new double[8];
                System.arraycopy(a, from, r, 0, 8);
                int i;
                for (i = 8; i < n - (n % 8); i += 8) {
                    for (int j = 0; j < 8; j++) {
                        r[j] = round(r[j] + a[from + i + j], single);
                    }
                }
                double res = round(round(round(r[0] + r[1], single) + round(r[2] + r[3], single), single)
                        + round(round(r[4] + r[5], single) + round(r[6] + r[7], single), single), single);
                for (; i < n; i++) {
                    res = round(res + a[from + i], single);
                }
                return res;
            }
            int n2 = n / 2;
            n2 -= n2 % 8;
            return round(sum(a, from, n2, single) + sum(a, from + n2, n - n2, single), single);
        }
    }
}
