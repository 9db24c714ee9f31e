package org.stridescope.core.io;

import java.math.BigInteger;
import java.util.List;

/**
 * The small part of Python that .npy headers and pasted NumPy snippets are written in: literals,
 * tuples, lists, dicts, dotted names and calls. Every node remembers where it starts in the text
 * ({@code pos}, a character index) so errors can point at it.
 */
sealed interface Py {
    int pos();

    /** An integer literal, with any unary minus folded in. */
    record Int(BigInteger value, int pos) implements Py {
    }

    /** A float literal (kept as written: nothing here computes with floats). */
    record Float(String text, int pos) implements Py {
    }

    /** A str or bytes literal, escapes resolved; bytes hold one char per byte. */
    record Str(String value, boolean bytes, int pos) implements Py {
    }

    /** True, False or None. */
    record Const(String name, int pos) implements Py {
    }

    /** A name or a dotted name: {@code s}, {@code np.int32}. */
    record Name(String dotted, int pos) implements Py {
    }

    /** A tuple ({@code tuple} true) or a list. */
    record Seq(List<Py> items, boolean tuple, int pos) implements Py {
    }

    /** A dict literal; keys and values in the order written. */
    record Dict(List<Py> keys, List<Py> values, int pos) implements Py {
    }

    /** A keyword argument {@code name=value} of a call. */
    record Keyword(String name, Py value, int pos) {
    }

    /** A call: {@code np.frombuffer(s, dtype='>i4')}. */
    record Call(Py function, List<Py> args, List<Keyword> keywords, int pos) implements Py {
    }

    /** What a node is, in words, for error messages: "a tuple", "the name s". */
    static String describe(Py node) {
        if (node instanceof Int i) {
            return "the integer " + i.value();
        } else if (node instanceof Float f) {
            return "the number " + f.text();
        } else if (node instanceof Str s) {
            return (s.bytes() ? "the bytes " : "the string ") + "'" + s.value() + "'";
        } else if (node instanceof Const c) {
            return c.name();
        } else if (node instanceof Name n) {
            return "the name " + n.dotted();
        } else if (node instanceof Seq q) {
            return q.tuple() ? "a tuple" : "a list";
        } else if (node instanceof Dict) {
            return "a dict";
        } else {
            return "a call";
        }
    }
}
