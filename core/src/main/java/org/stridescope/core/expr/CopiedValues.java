package org.stridescope.core.expr;

import java.util.ArrayList;
import java.util.List;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.dtype.ByteOrder;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.dtype.Float16;
import org.stridescope.core.dtype.FloatFormat;
import org.stridescope.core.dtype.FloatValue;
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
 * {@code min}, {@code max} over all elements. Floats agree to the last digit: each copy keeps
 * the memory layout NumPy would give it, so sums add in NumPy's order ({@link Reductions}), and
 * arithmetic follows NumPy's result types and float16 rules ({@link Elementwise}). Anything else
 * is left to the view evaluator's {@code CopyRequired} message ({@link #print} gives null).
 */
public final class CopiedValues {
    /** More elements than this are not copied (the console prints a summary of them anyway). */
    static final long LIMIT = 1_000_000;

    /**
     * Values in C order with their dtype and shape, and the strides of the array they come from
     * (a view's own, a new array's), which set the order NumPy sums them in.
     */
    private record Values(DType dtype, long[] shape, long[] strides, List<Scalar> items) {
        Values(DType dtype, long[] shape, List<Scalar> items) { // a new array in C order
            this(dtype, shape, Layout.cStrides(shape, dtype.itemsize()), items);
        }

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
            // NumPy lays the result out in the memory order of the operand (order='K')
            return done == null ? null : new Values(done.dtype(), v.shape(),
                    IterationOrder.keepOrderStrides(v.shape(), v.strides(), done.dtype().itemsize()), done.items());
        }
        if (node instanceof PyNode.Call c && c.function() instanceof PyNode.Attribute at) {
            if (!(eval(at.target(), a) instanceof Values v)) {
                return null;
            }
            if (c.args().isEmpty() && c.keywords().isEmpty() && List.of("sum", "mean", "min", "max").contains(at.name())) {
                return Reductions.reduce(at.name(), v.dtype(), v.shape(), v.strides(), v.items());
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
        return new Values(view.dtype(), view.shape(), view.strides(), items);
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
        // The picked rows outermost, each laid out as the rows of v are (in memory order).
        long[] rowShape = java.util.Arrays.copyOfRange(shape, 1, shape.length);
        long[] rowStrides = IterationOrder.emptyLikeStrides(rowShape,
                java.util.Arrays.copyOfRange(v.strides(), 1, shape.length), v.dtype().itemsize());
        long[] strides = new long[shape.length];
        strides[0] = rowSize * v.dtype().itemsize();
        System.arraycopy(rowStrides, 0, strides, 1, rowStrides.length);
        return new Values(v.dtype(), shape, strides, items);
    }

    private Values gather(Layout view) {
        if (view.size() > LIMIT) {
            return null;
        }
        List<Scalar> items = new ArrayList<>((int) view.size());
        for (long k = 0; k < view.size(); k++) {
            items.add(Scalar.read(view.dtype(), source, view.byteOf(CIndexWalk.unravel(k, view.shape()))));
        }
        return new Values(view.dtype(), view.shape(), view.strides(), items);
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

    /** A float of {@code size} bytes holding {@code x} (already a value of that type). */
    static Scalar floatScalar(int size, double x) {
        return switch (size) {
            case 2 -> Float16.scalar(x);
            case 4 -> new Scalar.Float(new FloatValue(FloatFormat.SINGLE, Float.floatToRawIntBits((float) x) & 0xffffffffL));
            default -> new Scalar.Float(FloatValue.of(x));
        };
    }
}
