package org.stridescope.core.expr;

import java.util.Objects;
import org.stridescope.core.StridescopeError;

/**
 * A parsed NumPy expression on the array {@code a}, such as {@code np.flip(a[::2].T, 0)}.
 * Parse once, apply to any layout with {@link ExpressionEvaluator#apply}.
 */
public final class Expression {
    private final String text;
    private final Node root;

    private Expression(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    /**
     * @throws StridescopeError an {@code InputError} whose message says what is wrong and at which
     *                          column, like Python's {@code SyntaxError}
     */
    public static Expression parse(String text) {
        Objects.requireNonNull(text);
        try {
            return new Expression(text, new ExpressionParser(text).parseWhole());
        } catch (StackOverflowError e) {
            throw StridescopeError.inputError("the expression is nested too deeply",
                    "Brackets inside brackets go deeper than Stridescope reads; simplify the expression.");
        }
    }

    public String text() {
        return text;
    }

    public Node root() {
        return root;
    }

    @Override
    public String toString() {
        return text;
    }
}
