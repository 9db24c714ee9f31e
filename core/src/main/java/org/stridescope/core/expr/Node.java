package org.stridescope.core.expr;

import java.util.List;

/**
 * A piece of a parsed expression. Every node remembers the column (1-based) where it starts,
 * so that an error can point at the part of the text it is about.
 */
public sealed interface Node {
    int column();

    /** A name such as {@code a}, {@code np}, {@code None}. */
    record Name(String name, int column) implements Node {
    }

    record IntLiteral(long value, int column) implements Node {
    }

    record FloatLiteral(double value, int column) implements Node {
    }

    record StringLiteral(String value, int column) implements Node {
    }

    /** {@code ...} */
    record EllipsisLiteral(int column) implements Node {
    }

    /** {@code (x, y)} or, with {@code list} set, {@code [x, y]}. */
    record Sequence(List<Node> items, boolean list, int column) implements Node {
    }

    /** {@code start:stop:step} inside brackets; absent parts are null. */
    record SliceLiteral(Node start, Node stop, Node step, int column) implements Node {
    }

    /** {@code target.name} */
    record Attribute(Node target, String name, int column) implements Node {
    }

    /** {@code target[items]}; {@code tupleForm} when written with a comma, as in {@code a[0,]}. */
    record Subscript(Node target, List<Node> items, boolean tupleForm, int column) implements Node {
    }

    /** {@code callee(args, name=value)} */
    record Call(Node callee, List<Node> args, List<Keyword> keywords, int column) implements Node {
    }

    record Keyword(String name, Node value) {
    }

    /** {@code -x}, {@code +x} */
    record Unary(char op, Node operand, int column) implements Node {
    }

    /** {@code x + y}, {@code x - y}, {@code x * y}, {@code x // y} on integers. */
    record Binary(String op, Node left, Node right, int column) implements Node {
    }
}
