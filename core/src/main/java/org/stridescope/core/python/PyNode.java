package org.stridescope.core.python;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The part of Python that .npy headers, pasted NumPy code and view expressions are written in, as
 * {@link PythonReader} reads it. Nothing here is evaluated. Every node remembers where it starts
 * ({@code pos}, a 0-based character index of the text) so that errors can point at it.
 */
public sealed interface PyNode {
    int pos();

    /** A name: {@code a}, {@code np}, {@code s}. */
    record Name(String id, int pos) implements PyNode {
    }

    /** {@code True}, {@code False} or {@code None}. */
    record Constant(String name, int pos) implements PyNode {
    }

    /** An integer literal, exactly (Python 2's {@code 3L} included, as old .npy headers write it). */
    record Int(BigInteger value, int pos) implements PyNode {
        /**
         * The value as a long.
         *
         * @throws PythonTextError "the number N is too large" past 64 bits
         */
        public long longValue() {
            if (value.bitLength() > 63) {
                throw new PythonTextError(pos, "the number " + value + " is too large");
            }
            return value.longValue();
        }
    }

    /** A float literal, as written and as a double. */
    record Float(String text, double value, int pos) implements PyNode {
    }

    /** A str literal (adjacent literals joined), escapes resolved. */
    record Str(String value, int pos) implements PyNode {
    }

    /** A bytes literal (adjacent literals joined), escapes resolved: one char (0..255) per byte. */
    record Bytes(String latin1, int pos) implements PyNode {
        public byte[] bytes() {
            return latin1.getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    /** {@code ...} */
    record Ellipsis(int pos) implements PyNode {
    }

    /** {@code (x, y)} (a tuple) or, with {@code list}, {@code [x, y]}. */
    record Sequence(List<PyNode> items, boolean list, int pos) implements PyNode {
    }

    /** A dict literal; keys and values in the order written. */
    record Dict(List<PyNode> keys, List<PyNode> values, int pos) implements PyNode {
    }

    /** {@code target.name}; {@code pos} is where {@code target} starts. */
    record Attribute(PyNode target, String name, int pos) implements PyNode {
    }

    /** A keyword argument {@code name=value} of a call. */
    record Keyword(String name, PyNode value, int pos) {
    }

    /** {@code function(args, name=value)}; {@code pos} is where {@code function} starts. */
    record Call(PyNode function, List<PyNode> args, List<Keyword> keywords, int pos) implements PyNode {
    }

    /**
     * {@code target[items]}; {@code tupleForm} when written with a comma ({@code a[0,]}); from
     * {@code pos} (where {@code target} starts) to {@code end} (after the {@code ]}).
     */
    record Subscript(PyNode target, List<PyNode> items, boolean tupleForm, int pos, int end) implements PyNode {
    }

    /** {@code start:stop:step} inside brackets; absent parts are null. */
    record Slice(PyNode start, PyNode stop, PyNode step, int pos) implements PyNode {
    }

    /** {@code -x}, {@code +x} */
    record Unary(char op, PyNode operand, int pos) implements PyNode {
    }

    /** {@code x + y}, {@code x - y}, {@code x * y}, {@code x // y}; {@code pos} is where {@code x} starts. */
    record Binary(String op, PyNode left, PyNode right, int pos) implements PyNode {
    }

    /** A line of pasted code {@code target = value}. */
    record Assign(String target, PyNode value, int pos) implements PyNode {
    }

    /** {@code np.lib.stride_tricks} for names and attributes of names, else null. */
    static String dotted(PyNode node) {
        if (node instanceof Name n) {
            return n.id();
        }
        if (node instanceof Attribute a) {
            String target = dotted(a.target());
            return target == null ? null : target + "." + a.name();
        }
        return null;
    }

    /** An integer literal with any signs before it ({@code -1}, as literal_eval reads it), else null. */
    static BigInteger signedInt(PyNode node) {
        if (node instanceof Int i) {
            return i.value();
        }
        if (node instanceof Unary u) {
            BigInteger v = signedInt(u.operand());
            return v == null ? null : u.op() == '-' ? v.negate() : v;
        }
        return null;
    }

    /** What a node is, in words, for error messages: "a tuple", "the name s", "the integer -1". */
    static String describe(PyNode node) {
        BigInteger signed = signedInt(node);
        if (signed != null) {
            return "the integer " + signed;
        }
        String name = dotted(node);
        if (name != null) {
            return "the name " + name;
        }
        if (node instanceof Unary u && u.operand() instanceof Float f) {
            return "the number " + u.op() + f.text();
        }
        if (node instanceof Float f) {
            return "the number " + f.text();
        } else if (node instanceof Str s) {
            return "the string '" + s.value() + "'";
        } else if (node instanceof Bytes b) {
            return "the bytes '" + b.latin1() + "'";
        } else if (node instanceof Constant c) {
            return c.name();
        } else if (node instanceof Ellipsis) {
            return "...";
        } else if (node instanceof Sequence q) {
            return q.list() ? "a list" : "a tuple";
        } else if (node instanceof Dict) {
            return "a dict";
        } else if (node instanceof Call) {
            return "a call";
        } else if (node instanceof Subscript) {
            return "a subscript";
        } else if (node instanceof Slice) {
            return "a slice";
        } else if (node instanceof Assign) {
            return "an assignment";
        }
        return "an arithmetic expression";
    }
}
