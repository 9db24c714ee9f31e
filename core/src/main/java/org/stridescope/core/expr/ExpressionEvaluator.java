package org.stridescope.core.expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.layout.Layout;

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
        } catch (StackOverflowError | ArithmeticException e) {
            throw StridescopeError.inputError("the expression is too deeply nested or its numbers too large",
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
            ViewBounds.check(layout, bufferLength);
        }
        return new ExpressionResult(layout, result.writeable());
    }

    private Object eval(Node node) {
        if (node instanceof Node.Name n) {
            return name(n);
        }
        if (node instanceof Node.IntLiteral i) {
            return i.value();
        }
        if (node instanceof Node.FloatLiteral f) {
            return f.value();
        }
        if (node instanceof Node.StringLiteral s) {
            return s.value();
        }
        if (node instanceof Node.EllipsisLiteral) {
            return PyValues.ELLIPSIS;
        }
        if (node instanceof Node.Sequence s) {
            List<Object> items = new ArrayList<>();
            for (Node item : s.items()) {
                items.add(eval(item));
            }
            return s.list() ? new PyValues.PyList(items) : new PyValues.Tuple(items);
        }
        if (node instanceof Node.SliceLiteral s) {
            return new PyValues.Slice(evalOrNone(s.start()), evalOrNone(s.stop()), evalOrNone(s.step()));
        }
        if (node instanceof Node.Attribute at) {
            return attribute(eval(at.target()), at.name());
        }
        if (node instanceof Node.Subscript s) {
            return subscript(s);
        }
        if (node instanceof Node.Call c) {
            return call(c);
        }
        if (node instanceof Node.Unary u) {
            return Arithmetic.unary(u.op(), eval(u.operand()));
        }
        Node.Binary b = (Node.Binary) node;
        return Arithmetic.binary(b.op(), eval(b.left()), eval(b.right()));
    }

    private Object evalOrNone(Node node) {
        return node == null ? PyValues.NONE : eval(node);
    }

    private Object name(Node.Name n) {
        switch (n.name()) {
            case "a":
                return a;
            case "np":
            case "numpy":
                return NumpyApi.NP;
            case "as_strided":
            case "sliding_window_view":
                return NumpyApi.STRIDE_TRICKS.members().get(n.name());
            case "None":
                return PyValues.NONE;
            case "True":
                return Boolean.TRUE;
            case "False":
                return Boolean.FALSE;
            case "Ellipsis":
                return PyValues.ELLIPSIS;
            default:
                throw new StridescopeError("NameError", "name '" + n.name() + "' is not defined",
                        "The array is called a, NumPy np; '" + n.name() + "' (column " + n.column()
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
                throw new StridescopeError("AttributeError", "module '" + ns.name() + "' has no attribute '" + name + "'",
                        "NumPy has no " + ns.name() + "." + name + ". The view operations here are "
                                + String.join(", ", ns.members().entrySet().stream()
                                        .filter(e -> e.getValue() instanceof PyFunction)
                                        .map(Map.Entry::getKey).sorted().toList()) + ".");
            }
            return member;
        }
        throw new StridescopeError("AttributeError",
                "'" + PyValues.typeName(target) + "' object has no attribute '" + name + "'",
                "Only arrays and np have attributes here.");
    }

    private Object subscript(Node.Subscript s) {
        Object target = eval(s.target());
        List<Object> items = new ArrayList<>();
        for (Node item : s.items()) {
            items.add(eval(item));
        }
        Object index = items.size() == 1 && !s.tupleForm() ? items.get(0) : new PyValues.Tuple(items);
        if (target instanceof ArrayValue array) {
            return Indexing.index(array, index, source.substring(startColumn(s) - 1, endOf(s)));
        }
        if (target instanceof PyValues.Tuple t) {
            return tupleItem(t.items(), index);
        }
        throw PyValues.typeError("'" + PyValues.typeName(target) + "' object is not subscriptable",
                "Only arrays and tuples can be indexed here.");
    }

    /** Where the text of a node begins: postfix nodes remember their operator's column. */
    private static int startColumn(Node node) {
        if (node instanceof Node.Attribute at) {
            return startColumn(at.target());
        }
        if (node instanceof Node.Call c) {
            return startColumn(c.callee());
        }
        if (node instanceof Node.Subscript s) {
            return startColumn(s.target());
        }
        if (node instanceof Node.Binary b) {
            return startColumn(b.left());
        }
        return node.column();
    }

    /** The text of a subscript, for messages ({@code a[1, 2]}). */
    private int endOf(Node.Subscript s) {
        int depth = 0;
        for (int i = s.column() - 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i + 1;
            }
        }
        return source.length();
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

    private Object call(Node.Call c) {
        Object callee = eval(c.callee());
        List<Object> args = new ArrayList<>();
        for (Node arg : c.args()) {
            args.add(eval(arg));
        }
        Map<String, Object> keywords = new LinkedHashMap<>();
        for (Node.Keyword kw : c.keywords()) {
            if (keywords.put(kw.name(), eval(kw.value())) != null) {
                throw ExpressionParser.syntaxError(source, c.column(), "keyword argument repeated: " + kw.name());
            }
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
