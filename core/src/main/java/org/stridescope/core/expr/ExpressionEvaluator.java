package org.stridescope.core.expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.layout.Layout;
import org.stridescope.core.layout.Reach;
import org.stridescope.core.python.PyNode;
import org.stridescope.core.python.PythonTextError;

/**
 * Applies a NumPy expression to the array {@code a} and gives the view it makes of the same
 * bytes, or NumPy's error. Where NumPy would copy, a {@code CopyRequired} error says which step
 * and why; where a view (from {@code as_strided}) would read outside the buffer, a
 * {@code BoundsError} says which element reads where.
 */
public final class ExpressionEvaluator {
    private final String source;
    private final ArrayValue a;

    private ExpressionEvaluator(String source, Layout a) {
        this.source = source;
        this.a = ArrayValue.view(a);
    }

    /**
     * @param a            the array the expression calls {@code a}
     * @param bufferLength bytes in the buffer under {@code a}, to refuse views that reach outside it
     * @throws StridescopeError NumPy's error, or CopyRequired, BoundsError, InputError
     */
    public static Layout apply(Expression expression, Layout a, long bufferLength) {
        return evaluate(expression, a, bufferLength).layout();
    }

    /** Parses and applies in one step. */
    public static Layout apply(String expression, Layout a, long bufferLength) {
        return apply(Expression.parse(expression), a, bufferLength);
    }

    /** As {@link #apply(Expression, Layout, long)}, with NumPy's WRITEABLE flag of the result. */
    public static ExpressionResult evaluate(Expression expression, Layout a, long bufferLength) {
        ExpressionEvaluator evaluator = new ExpressionEvaluator(expression.text(), a);
        Object value;
        try {
            value = evaluator.eval(expression.root());
        } catch (PythonTextError e) {
            throw e.inExpression(expression.text());
        } catch (ArithmeticException e) {
            throw StridescopeError.inputError("a number in the expression is past 64 bits",
                    "Sizes, strides and indices are 64-bit integers; this arithmetic overflowed them ("
                            + e.getMessage() + ").");
        } catch (StackOverflowError e) {
            // the reader caps nesting (PythonReader.MAX_HEIGHT), so this is a last resort
            throw StridescopeError.inputError("the expression is too deeply nested",
                    "Evaluating it ran past what Stridescope handles: " + e.getClass().getSimpleName());
        }
        if (!(value instanceof ArrayValue result)) {
            throw StridescopeError.inputError("the expression gives a " + PyValues.typeName(value) + ", not an array",
                    "The expression must end in an array, such as a.T or a[::2]; it gives " + describe(value) + ".");
        }
        Layout layout = result.layout();
        if (result.isCopy() && layout.size() != 0) {
            throw new StridescopeError(StridescopeError.COPY_REQUIRED, result.copy().message(), result.copy().detail());
        }
        if (!result.isCopy()) {
            Reach.requireInside(layout, bufferLength, "NumPy's as_strided does no checks and would read memory that is"
                    + " not part of these bytes.");
        }
        return new ExpressionResult(layout, result.writeable());
    }

    private Object eval(PyNode node) {
        if (node instanceof PyNode.Name n) {
            return name(n);
        }
        if (node instanceof PyNode.Constant c) {
            return switch (c.name()) {
                case "True" -> Boolean.TRUE;
                case "False" -> Boolean.FALSE;
                default -> PyValues.NONE;
            };
        }
        if (node instanceof PyNode.Int i) {
            return i.longValue();
        }
        if (node instanceof PyNode.Float f) {
            return f.value();
        }
        if (node instanceof PyNode.Str s) {
            return s.value();
        }
        if (node instanceof PyNode.Ellipsis) {
            return PyValues.ELLIPSIS;
        }
        if (node instanceof PyNode.Sequence s) {
            List<Object> items = new ArrayList<>();
            for (PyNode item : s.items()) {
                items.add(eval(item));
            }
            return s.list() ? new PyValues.PyList(items) : new PyValues.Tuple(items);
        }
        if (node instanceof PyNode.Slice s) {
            return new PyValues.Slice(evalOrNone(s.start()), evalOrNone(s.stop()), evalOrNone(s.step()));
        }
        if (node instanceof PyNode.Attribute at) {
            return attribute(eval(at.target()), at.name());
        }
        if (node instanceof PyNode.Subscript s) {
            return subscript(s);
        }
        if (node instanceof PyNode.Call c) {
            return call(c);
        }
        if (node instanceof PyNode.Unary u) {
            return Arithmetic.unary(u.op(), eval(u.operand()));
        }
        if (node instanceof PyNode.Binary b) {
            return Arithmetic.binary(b.op(), eval(b.left()), eval(b.right()));
        }
        // bytes, dicts: Python, but no part of a view expression
        throw StridescopeError.inputError(PyNode.describe(node) + " (column " + (node.pos() + 1)
                        + ") has no place in a view expression",
                "View expressions use the array a, np, numbers, strings, tuples, lists and slices.");
    }

    private Object evalOrNone(PyNode node) {
        return node == null ? PyValues.NONE : eval(node);
    }

    private Object name(PyNode.Name n) {
        switch (n.id()) {
            case "a":
                return a;
            case "np":
            case "numpy":
                return NumpyApi.NP;
            case "ml_dtypes":
                return NumpyApi.ML_DTYPES;
            case "as_strided":
            case "sliding_window_view":
                return NumpyApi.STRIDE_TRICKS.members().get(n.id());
            case "Ellipsis":
                return PyValues.ELLIPSIS;
            default:
                throw new StridescopeError("NameError", "name '" + n.id() + "' is not defined",
                        "The array is called a, NumPy np; '" + n.id() + "' (column " + (n.pos() + 1)
                                + ") is neither.");
        }
    }

    private static Object attribute(Object target, String name) {
        if (target instanceof ArrayValue array) {
            return NumpyApi.attribute(array, name);
        }
        if (target instanceof Namespace ns) {
            Object member = ns.members().get(name);
            if (member == null && ns == NumpyApi.NP) {
                member = NumpyNames.unsupported("np", "np", name);
            }
            if (member == null) {
                List<String> functions = ns.members().entrySet().stream().filter(e -> e.getValue() instanceof PyFunction)
                        .map(Map.Entry::getKey).sorted().toList();
                throw new StridescopeError("AttributeError", "module '" + ns.name() + "' has no attribute '" + name + "'",
                        functions.isEmpty() // ml_dtypes: types only
                                ? "Stridescope knows " + ns.name() + "." + String.join(", " + ns.name() + ".", ns.members().keySet()) + "."
                                : "NumPy has no " + ns.name() + "." + name + ". The view operations here are "
                                        + String.join(", ", functions) + ".");
            }
            return member;
        }
        throw new StridescopeError("AttributeError",
                "'" + PyValues.typeName(target) + "' object has no attribute '" + name + "'",
                "Only arrays and np have attributes here.");
    }

    private Object subscript(PyNode.Subscript s) {
        Object target = eval(s.target());
        List<Object> items = new ArrayList<>();
        for (PyNode item : s.items()) {
            items.add(eval(item));
        }
        Object index = items.size() == 1 && !s.tupleForm() ? items.get(0) : new PyValues.Tuple(items);
        if (target instanceof ArrayValue array) {
            return Indexing.index(array, index, source.substring(s.pos(), s.end()));
        }
        if (target instanceof PyValues.Tuple t) {
            return tupleItem(t.items(), index);
        }
        throw PyValues.typeError("'" + PyValues.typeName(target) + "' object is not subscriptable",
                "Only arrays and tuples can be indexed here.");
    }

    private static Object tupleItem(List<Object> items, Object index) {
        if (index instanceof PyValues.Slice slice) {
            long[] r = Indexing.sliceRange(slice, items.size());
            List<Object> out = new ArrayList<>();
            for (long k = 0, i = r[0]; k < r[2]; k++, i += r[1]) {
                out.add(items.get((int) i));
            }
            return new PyValues.Tuple(out);
        }
        if (!(index instanceof Long || index instanceof Boolean)) {
            throw PyValues.typeError("tuple indices must be integers or slices, not " + PyValues.typeName(index),
                    "Pick an item of the tuple with an integer, such as a.shape[0].");
        }
        long i = PyValues.index(index);
        long at = i < 0 ? i + items.size() : i;
        if (at < 0 || at >= items.size()) {
            throw PyValues.indexError("tuple index out of range", "The tuple has " + items.size() + " items.");
        }
        return items.get((int) at);
    }

    private Object call(PyNode.Call c) {
        Object callee = eval(c.function());
        List<Object> args = new ArrayList<>();
        for (PyNode arg : c.args()) {
            args.add(eval(arg));
        }
        Map<String, Object> keywords = new LinkedHashMap<>();
        for (PyNode.Keyword kw : c.keywords()) {
            keywords.put(kw.name(), eval(kw.value())); // the reader refuses a keyword given twice
        }
        if (!(callee instanceof PyFunction f)) {
            throw PyValues.typeError("'" + PyValues.typeName(callee) + "' object is not callable",
                    "Only functions and methods can be called with (...).");
        }
        return f.body().call(new Args(f.name(), args, keywords));
    }

    private static String describe(Object value) {
        if (value instanceof PyValues.Tuple t) {
            return "the tuple " + t.items();
        }
        return PyValues.typeName(value) + " " + NumpyApi.pyRepr(value);
    }
}
