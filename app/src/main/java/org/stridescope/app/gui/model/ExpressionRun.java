package org.stridescope.app.gui.model;

import org.stridescope.core.StridescopeError;

/**
 * One applied expression and what came of it: the array it shows, or why there is none
 * (exactly one of {@code array} and {@code error} is set). The console prints these. Where NumPy
 * copies or gives a number ({@code a + 1}, {@code a.sum()}), {@code copied} is what NumPy prints
 * for it, computed from the same bytes (null when not worked out).
 */
public record ExpressionRun(String expression, ShownArray array, StridescopeError error, String copied) {
    public ExpressionRun(String expression, ShownArray array, StridescopeError error) {
        this(expression, array, error, null);
    }

    /** The expression as typed at a Python prompt: a blank one is {@code a} itself. */
    public String asTyped() {
        return expression.isBlank() ? "a" : expression;
    }
}
