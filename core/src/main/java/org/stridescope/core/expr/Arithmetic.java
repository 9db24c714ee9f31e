package org.stridescope.core.expr;

import java.util.ArrayList;
import java.util.List;
import org.stridescope.core.StridescopeError;

/** Python's integer and float arithmetic, for expressions such as {@code a[:a.shape[0] // 2]}. */
final class Arithmetic {
    /**
     * The most items a tuple made by {@code +} or {@code *} may have. Python has no such limit, but
     * NumPy refuses shapes and indices of more than 32 dimensions anyway, and joining huge tuples
     * over and over costs time and memory.
     */
    static final int MAX_TUPLE_ITEMS = 10_000;
    private Arithmetic() {
    }

    static Object unary(char op, Object v) {
        refuseArrays(v, null);
        if (v instanceof Double d) {
            return op == '-' ? -d : d;
        }
        long x = PyValues.index(number(v, op + ""));
        return op == '-' ? Math.negateExact(x) : x;
    }

    static Object binary(String op, Object l, Object r) {
        refuseArrays(l, r);
        if (l instanceof PyValues.Tuple || r instanceof PyValues.Tuple) {
            return tupleArithmetic(op, l, r);
        }
        Object x = number(l, op);
        Object y = number(r, op);
        if (x instanceof Double || y instanceof Double) {
            double p = toDouble(x);
            double q = toDouble(y);
            return switch (op) {
                case "+" -> p + q;
                case "-" -> p - q;
                case "*" -> p * q;
                default -> {
                    if (q == 0) {
                        throw zeroDivision("float floor division by zero");
                    }
                    yield Math.floor(p / q);
                }
            };
        }
        long p = PyValues.index(x);
        long q = PyValues.index(y);
        return switch (op) {
            case "+" -> Math.addExact(p, q);
            case "-" -> Math.subtractExact(p, q);
            case "*" -> Math.multiplyExact(p, q);
            default -> {
                if (q == 0) {
                    throw zeroDivision("integer division or modulo by zero");
                }
                yield Math.floorDiv(p, q);
            }
        };
    }

    /** {@code (None,) * 3} and {@code (1, 2) + (3,)}, as shapes and indices are sometimes written. */
    private static Object tupleArithmetic(String op, Object l, Object r) {
        if (op.equals("+") && l instanceof PyValues.Tuple x && r instanceof PyValues.Tuple y) {
            checkTupleSize((long) x.items().size() + y.items().size());
            List<Object> items = new ArrayList<>(x.items());
            items.addAll(y.items());
            return new PyValues.Tuple(items);
        }
        if (op.equals("*") && (l instanceof PyValues.Tuple ^ r instanceof PyValues.Tuple)) {
            PyValues.Tuple t = (PyValues.Tuple) (l instanceof PyValues.Tuple ? l : r);
            Object count = l instanceof PyValues.Tuple ? r : l;
            if (count instanceof Long || count instanceof Boolean) {
                long n = t.items().isEmpty() ? 0 : Math.max(0, PyValues.index(count));
                checkTupleSize(n > MAX_TUPLE_ITEMS ? n : n * t.items().size());
                List<Object> items = new ArrayList<>();
                for (long i = 0; i < n; i++) {
                    items.addAll(t.items());
                }
                return new PyValues.Tuple(items);
            }
        }
        throw PyValues.typeError("unsupported operand type(s) for " + op + ": '" + PyValues.typeName(l) + "' and '"
                + PyValues.typeName(r) + "'", "Tuples can be joined with + and repeated with * an integer.");
    }

    private static void checkTupleSize(long items) {
        if (items > MAX_TUPLE_ITEMS) {
            throw StridescopeError.inputError("the tuple would have " + items + " items, more than the "
                    + MAX_TUPLE_ITEMS + " allowed", "Tuples made with + and * are capped at " + MAX_TUPLE_ITEMS
                    + " items; NumPy takes at most 32 dimensions in a shape or an index anyway.");
        }
    }

    private static Object number(Object v, String op) {
        if (v instanceof Long || v instanceof Double || v instanceof Boolean) {
            return v;
        }
        throw PyValues.typeError("unsupported operand type for " + op + ": '" + PyValues.typeName(v) + "'",
                "Arithmetic works on numbers here, such as a.shape[0] // 2.");
    }

    private static double toDouble(Object v) {
        return v instanceof Double d ? d : (double) PyValues.index(v);
    }

    private static void refuseArrays(Object l, Object r) {
        if (l instanceof ArrayValue || r instanceof ArrayValue) {
            throw new StridescopeError(StridescopeError.COPY_REQUIRED, "arithmetic on an array makes a new array",
                    "Adding, multiplying or negating an array computes new values in new memory, so the result "
                            + "is not a view of these bytes.");
        }
    }

    private static StridescopeError zeroDivision(String message) {
        return new StridescopeError("ZeroDivisionError", message, "Division by zero.");
    }
}
