package org.stridescope.core.expr;

import java.util.Objects;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.python.PyNode;
import org.stridescope.core.python.PythonReader;
import org.stridescope.core.python.PythonTextError;

/**
 * A parsed NumPy expression on the array {@code a}, such as {@code np.flip(a[::2].T, 0)}, read by
 * {@link PythonReader}. Parse once, apply to any layout with {@link ExpressionEvaluator#apply}.
 */
public final class Expression {
    private final String text;
    private final PyNode root;

    private Expression(String text, PyNode root) {
        this.text = text;
        this.root = root;
    }

    /**
     * @throws StridescopeError an {@code InputError} whose message says what is wrong and at which
     *                          column, like Python's {@code SyntaxError}, with a caret under the text
     */
    public static Expression parse(String text) {
        Objects.requireNonNull(text);
        try {
            if (text.isBlank()) {
                throw new PythonTextError(text.length(), "the expression is empty; type something like a.T or a[::2]");
            }
            return new Expression(text, new PythonReader(text).readExpression());
        } catch (PythonTextError e) {
            throw e.inExpression(text);
        }
    }

    /** An already parsed part of an expression, applied on its own ({@link CopiedValues}). */
    static Expression of(String text, PyNode root) {
        return new Expression(text, root);
    }

    public String text() {
        return text;
    }

    public PyNode root() {
        return root;
    }

    @Override
    public String toString() {
        return text;
    }
}
